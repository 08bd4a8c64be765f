import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { extractArticle } from '../../src/extract/extract-article';
import { htmlToArticle } from '../../src/extract/html-to-article';
import type { ArticleText } from '../../src/types';
import { CAPTION, CHROME_TEXTS, HEADLINE, newsPage, PARAGRAPHS, QUOTE, shortPage, STANDFIRST, SUBHEADING } from './pages';

const blockTexts = (article: ArticleText): string[] => article.blocks.map((b) => article.text.slice(b.start, b.end));

function expectConsistentOffsets(article: ArticleText): void {
  expect(blockTexts(article).join('\n\n')).toBe(article.text);
  for (const b of article.blocks) expect(article.text.slice(b.start, b.end)).toMatch(/^\S(.*\S)?$/);
}

describe.each([
  ['an <article> page', newsPage()],
  ['a page of classed divs', newsPage({ articleTag: false })],
])('htmlToArticle on %s', (_name, html) => {
  const article = htmlToArticle(html, 'https://news.example/eu-taliban');

  it('finds the headline as the title block', () => {
    expect(article.title).toBe(HEADLINE);
    expect(article.blocks[0]).toMatchObject({ kind: 'title' });
    expect(blockTexts(article)[0]).toBe(HEADLINE);
  });

  it('finds the standfirst right after the headline', () => {
    expect(article.blocks[1]).toMatchObject({ kind: 'standfirst' });
    expect(blockTexts(article)[1]).toBe(STANDFIRST);
  });

  it('keeps every body paragraph, in order', () => {
    const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph').map((b) => article.text.slice(b.start, b.end));
    expect(paragraphs).toEqual(PARAGRAPHS);
  });

  it('keeps the subheading, the quote and the caption with their kinds', () => {
    const byText = new Map(article.blocks.map((b) => [article.text.slice(b.start, b.end), b.kind]));
    expect(byText.get(SUBHEADING)).toBe('heading');
    expect(byText.get(QUOTE)).toBe('quote');
    expect(byText.get(CAPTION)).toBe('caption');
  });

  it.each(CHROME_TEXTS)('leaves out page furniture: %s', (chrome) => {
    expect(article.text).not.toContain(chrome);
  });

  it('has offsets that point at each block', () => {
    expectConsistentOffsets(article);
  });

  it('takes every block verbatim from the page, so it can be found in the DOM again', () => {
    const { document } = parseHTML(html);
    const pageText = (document.body.textContent ?? '').replace(/\s+/g, ' ');
    for (const text of blockTexts(article)) expect(pageText).toContain(text);
  });
});

describe('extractArticle', () => {
  it('works on a happy-dom document as on linkedom', () => {
    const window = new Window();
    const doc = new window.DOMParser().parseFromString(newsPage(), 'text/html') as unknown as Document;
    const fromHappyDom = extractArticle(doc);
    expect(fromHappyDom.text).toBe(htmlToArticle(newsPage()).text);
    window.close();
  });

  it('leaves the document it reads untouched', () => {
    const { document } = parseHTML(newsPage());
    const before = document.toString();
    extractArticle(document as unknown as Document);
    expect(document.toString()).toBe(before);
  });

  it('falls back to a plain walk on a short page', () => {
    const article = htmlToArticle(shortPage());
    expect(blockTexts(article)).toEqual(['Brief: talks in Brussels', 'EU and Taliban officials met today.', 'More talks may follow.']);
    expect(article.text).not.toMatch(/Home|Contact us/);
    expectConsistentOffsets(article);
  });

  it.each([
    ['an empty document', ''],
    ['a fragment with no text', '<div><img src="x.png" alt=""></div>'],
    ['an empty body', '<html><head><title>Nothing</title></head><body></body></html>'],
    ['only furniture', '<html><body><nav><a href="/">Home</a></nav><footer><p>© 2026</p></footer></body></html>'],
  ])('returns no blocks for %s', (_name, html) => {
    const article = htmlToArticle(html);
    expect(article.blocks).toEqual([]);
    expect(article.text).toBe('');
  });

  it('collapses whitespace inside a block without inventing words', () => {
    const html = `<html><body><article><h1>A  headline\n  here</h1><p>Some   text
      split over\tlines.</p></article></body></html>`;
    expect(blockTexts(htmlToArticle(html))).toEqual(['A headline here', 'Some text split over lines.']);
  });
});

describe('layout tables and fact boxes', () => {
  const item = (n: number, text: string) =>
    `<tr><td class="item"><table role="presentation"><tr><td>${n}</td><td><div class="head">Item ${n}</div><div class="copy">${text}</div></td></tr></table></td></tr>`;
  const ITEM = 'Envoys are due in the capital today for talks on returns, and the visas they hold are valid for one day only.';

  it('reads an email newsletter laid out in presentation tables', () => {
    const html = `<html><body><table role="presentation"><tr><td>Your morning briefing</td></tr>${item(1, ITEM)}${item(2, 'A heat alert is in force from noon across the region, with highs of 34 degrees.')}</table></body></html>`;
    const texts = blockTexts(htmlToArticle(html));
    expect(texts).toContain(ITEM);
    expect(texts.some((t) => t.includes('heat alert'))).toBe(true);
  });

  it('reads a headline and standfirst set in a table of one cell above the story', () => {
    const lede = 'The foreign ministry in Kabul calls the trip an opening; the Commission calls it a technical meeting on returns.';
    const html = `<html><head><title>Why the trip matters more to Kabul | The Post</title></head><body><table class="content"><tr><td>
      <table><tr><td class="title-cell"><p class="title">Why the trip matters more to Kabul</p><p class="lede">${lede}</p><div class="author">By A. Writer</div></td></tr></table>
      <div class="story"><p>${ITEM}</p><p>${ITEM.replace('today', 'tomorrow')}</p><p>${ITEM.replace('today', 'on Tuesday')}</p></div></td></tr></table></body></html>`;
    const article = htmlToArticle(html);
    expect(article.blocks.slice(0, 2).map((b) => b.kind)).toEqual(['title', 'standfirst']);
    expect(article.title).toBe('Why the trip matters more to Kabul');
    expect(blockTexts(article)).toContain(lede);
  });

  it("reads a newsletter's standfirst set in a cell of its own", () => {
    const lede = 'Brussels braces for a first: a Taliban delegation invited to talk returns with the Commission.';
    const html = `<html><head><title>Week ahead: Taliban in town</title></head><body><table class="issue"><tr><td class="title">Week ahead: Taliban in town</td></tr><tr><td class="standfirst">${lede}</td></tr>
      <tr><td><div id="article-body"><p>${ITEM}</p><p>${ITEM.replace('today', 'tomorrow')}</p><p>${ITEM.replace('today', 'on Tuesday')}</p></div></td></tr></table></body></html>`;
    const article = htmlToArticle(html);
    expect(article.blocks.find((b) => b.kind === 'standfirst') && article.text.slice(article.blocks[1].start, article.blocks[1].end)).toBe(lede);
  });

  it('takes no standfirst from an ad slot, a greeting before the headline, or a cell that holds the headline', () => {
    const story = `<div id="article-body"><p>${ITEM}</p><p>${ITEM.replace('today', 'tomorrow')}</p><p>${ITEM.replace('today', 'on Tuesday')}</p></div>`;
    const standfirst = (cells: string) => {
      const article = htmlToArticle(`<html><head><title>Week ahead: Taliban in town</title></head><body>${cells}<table class="issue"><tr><td class="title">Week ahead: Taliban in town</td></tr><tr><td>${story}</td></tr></table></body></html>`);
      const block = article.blocks.find((b) => b.kind === 'standfirst');
      return block && article.text.slice(block.start, block.end);
    };
    expect(standfirst('<table role="presentation" class="ad-slot"><tr><td class="summary">Sponsored: save half on your first year of our premium news service.</td></tr></table>')).toBeUndefined();
    expect(standfirst('<table><tr><td class="intro">Good morning. Here is what you need to know before the week begins.</td></tr></table>')).toBeUndefined();
  });

  it("reads a list item that holds a fact box as its blocks, and a teaser's item whole", () => {
    const story = `<li><h3>After the talks: quiet paperwork</h3><p>${ITEM}</p><div class="facts"><b>The meeting in numbers</b><ul><li>5 officials in the delegation</li><li>1 day: validity of the visas</li></ul></div></li>`;
    const teaser = '<li><div class="src">Brussels Ledger · 3h ago</div><a class="head" href="/x">Envoys meet Commission staff</a><p class="blurb">No pictures were released of the closed session on Tuesday afternoon.</p></li>';
    const html = `<html><body><article><h1>The week in Brussels</h1><ul class="items">${story}<li><h3>Budget</h3><p>${ITEM.replace('visas', 'budget lines')}</p></li></ul><ul class="trending">${teaser}</ul></article></body></html>`;
    const texts = blockTexts(htmlToArticle(html));
    expect(texts).toContain('5 officials in the delegation');
    expect(texts).toContain('1 day: validity of the visas');
    expect(texts.filter((t) => t.includes('5 officials in the delegation'))).toHaveLength(1);
    expect(texts.some((t) => t.startsWith('Brussels Ledger · 3h ago') && t.includes('No pictures were released'))).toBe(true);
  });

  it('still leaves out a data table of figures, and a table of one fact line', () => {
    const html = `<html><body><article><h1>Results</h1><p>${ITEM}</p><table><tr><td>Visas issued</td><td>5</td></tr></table></article></body></html>`;
    expect(htmlToArticle(html).text).not.toContain('Visas issued');
    const line = `<html><body><article><h1>Results</h1><p>${ITEM}</p><table><tr><th>Visas issued by Belgium in June 2026 to members of the delegation: 7</th></tr></table></article></body></html>`;
    expect(htmlToArticle(line).text).not.toContain('Visas issued');
  });

  it('reads a question-and-answer table of prose, and its headline in a cell, as the article', () => {
    const answers = [
      'Five, one for each member of the delegation that met Commission officials on the Tuesday to discuss returns.',
      'A single day: officials said they covered the day of the talks, so the visitors had to leave when it ended.',
      'Belgium alone, since they were visas of limited territorial validity that did not open the Schengen area.',
    ];
    const rows = answers.map((a, i) => `<tr><th>Question ${i + 1}?</th><td>${a}</td></tr>`).join('');
    const html = `<html><head><title>Explained: the visas of the delegation - The Courant</title></head><body><table role="presentation"><tr><td>
      <table class="box"><tr><td class="headline">The visas of the delegation</td></tr><tr><td><table class="qa">${rows}</table></td></tr></table>
      </td><td class="side"><ul><li>Tram line diverted for works</li><li>Rents up in a year</li></ul></td></tr></table></body></html>`;
    const article = htmlToArticle(html);
    expect(article.title).toBe('The visas of the delegation');
    expect(article.blocks[0]).toMatchObject({ kind: 'title' });
    for (const answer of answers) expect(blockTexts(article)).toContain(answer);
  });

  it('reads the lines of a block set with <br> between them as blocks of their own, and two lines as one block', () => {
    const turns = ['00:00 >> ANCHOR: good evening the envoys are in town', '00:14 >> REPORTER: five men arrived this morning on one-day visas', '00:41 >> ANCHOR: who asked for this'];
    const body = `<p>${ITEM}</p><p>${ITEM.replace('today', 'tomorrow')}</p>`;
    const html = `<html><body><article><h1>The visit</h1>${body}<div class="transcript"><span>${turns[0].slice(0, 5)}</span>${turns[0].slice(5)}<br>\n${turns[1]}<br>\n${turns[2]}<br></div><div class="addr">Rue de la Loi 200<br>Brussels</div></article></body></html>`;
    const texts = blockTexts(htmlToArticle(html));
    for (const turn of turns) expect(texts).toContain(turn);
    expect(texts).toContain('Rue de la Loi 200 Brussels');
  });

  it('reads text set loose between the blocks of a cell as paragraphs, and leaves out a run of links, scripts and controls', () => {
    const facts = 'On Monday afternoon the Belgian foreign ministry issued five visas to the members of the delegation, valid for one day.';
    const basis = 'Such visas fall under the <em>Visa Code</em>: they may be issued by way of exception, for one member state only.';
    const html = `<html><body><table><tr><td><h1>The visas of the delegation</h1>
      <h4>Facts</h4>\n${facts}\n<h4>Legal basis</h4>\n${basis}\n<script>var tracker = 'Taliban visas Brussels';</script>
      <h4>Also in this issue</h4>Item 2: <a href="#">Return rules: state of play</a><br>Item 3: <a href="#">A court annuls a refusal</a>
      <form><label>Your email</label><input type="email"></form></td></tr></table></body></html>`;
    const texts = blockTexts(htmlToArticle(html));
    expect(texts).toContain(facts);
    expect(texts).toContain(basis.replace(/<\/?em>/g, ''));
    expect(texts.join(' ')).not.toMatch(/tracker|Your email|Item 2/);
  });

  it('reads an infobox of label and value rows as one block per row', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>${ITEM} Paragraph ${i + 1} goes on with more words about the day's events and reactions.</p>`).join('');
    const box = '<table class="infobox"><caption>The meeting</caption><tr><th>Date</th><td>23 June 2026</td></tr><tr><th>Venue</th><td>Brussels, Belgium</td></tr></table>';
    const texts = blockTexts(htmlToArticle(`<html><body><main><h1>The visit</h1>${box}<div class="body">${body}</div></main></body></html>`));
    expect(texts).toEqual(expect.arrayContaining(['Date 23 June 2026', 'Venue Brussels, Belgium']));
  });

  it('finds the headline a title repeats after its kicker ("Q&A:", "Photo package:")', () => {
    const hed = 'The EU–Taliban meeting in Brussels: will I be deported now?';
    const body = Array.from({ length: 3 }, (_, i) => `<p>Answer ${i + 1} tells readers what the delegation's visit to the Commission changes for their asylum files.</p>`).join('');
    const article = htmlToArticle(`<html><head><title>Q&amp;A: The EU–Taliban meeting in Brussels. Will I be deported now?</title></head><body><div id="content"><h2 class="title">${hed}</h2>${body}</div></body></html>`);
    expect(article.blocks[0]).toMatchObject({ kind: 'title' });
    expect(blockTexts(article)[0]).toBe(hed);
  });

  it('finds the headline the document title repeats when both carry soft hyphens', () => {
    const hed = 'Tali&shy;ban envoys meet EU officials in Brus&shy;sels';
    const body = Array.from({ length: 3 }, (_, i) => `<p>Paragraph ${i + 1} tells how the delegation met Commission officials about returns, officials said.</p>`).join('');
    const article = htmlToArticle(`<html><head><title>${hed} | The Ledger</title></head><body><div class="top"><div>${hed}</div></div><main>${body}</main></body></html>`);
    expect(article.blocks[0]).toMatchObject({ kind: 'title' });
    expect(blockTexts(article)[0]).toBe('Taliban envoys meet EU officials in Brussels');
  });

  it('reads a fact box of label and value cells under a title row as one block per row', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>${ITEM} Paragraph ${i + 1} goes on with more words about the day's events and reactions.</p>`).join('');
    const box = '<table class="facts"><tr><th colspan="2">The visas at a glance</th></tr><tr><td>Number issued</td><td>Five, one per delegate</td></tr><tr><td>Valid for</td><td>One day</td></tr></table>';
    const texts = blockTexts(htmlToArticle(`<html><body><main><h1>The visit</h1><div class="body">${body}${box}</div></main></body></html>`));
    expect(texts).toEqual(expect.arrayContaining(['The visas at a glance', 'Number issued Five, one per delegate', 'Valid for One day']));
    // A table whose first cells are sentences is no fact box.
    const prose = '<table><tr><td>The delegation arrived on Tuesday.</td><td>Five men</td></tr><tr><td>They left that evening.</td><td>One day</td></tr></table>';
    expect(blockTexts(htmlToArticle(`<html><body><main><h1>The visit</h1><div class="body">${body}${prose}</div></main></body></html>`))).not.toContain('They left that evening. One day');
  });

  it('drops the soft hyphens and zero-width characters a reader never sees', () => {
    const html = '<html><body><article><h1>Tali&shy;ban en&shy;voys in Brus&shy;sels</h1><p>The five-man dele&shy;gation flew in by way of Tur&shy;key&#8203; on visas that Bel&shy;gium had issued on Monday afternoon.</p></article></body></html>';
    const article = htmlToArticle(html);
    expect(article.title).toBe('Taliban envoys in Brussels');
    expect(blockTexts(article)).toContain('The five-man delegation flew in by way of Turkey on visas that Belgium had issued on Monday afternoon.');
  });

  it('leaves out what a loose run nests that no reader reads, and teaser links in bold', () => {
    const said = 'Officials said on Monday that five visas had been issued to the members of the delegation.';
    const html = `<html><body><div><h1>The visas of the delegation</h1><h4>Facts</h4>
      <span>${said} <script>var x = "SCRIPTTEXT";</script><span hidden>HIDDENTEXT</span><button>BUTTONTEXT</button></span>
      <h4>Read next</h4><b><a href="#">Return rules: the state of play</a></b><br><b><a href="#">A court annuls a visa refusal</a></b>
      <h4>Notes</h4></div></body></html>`;
    const texts = blockTexts(htmlToArticle(html));
    expect(texts).toContain(said);
    expect(texts.join(' ')).not.toMatch(/SCRIPTTEXT|HIDDENTEXT|BUTTONTEXT|court annuls/);
  });

  it('reads a loose run set with <br> as a block per line, and keeps bold words that open loose text in it', () => {
    const lines = ['09:30 The delegation arrived at the Commission this morning.', '10:15 The session began behind closed doors.', '12:40 Protesters gathered outside the building.'];
    const html = `<html><body><div><h1>The day in Brussels</h1><h4>Live</h4>${lines.join('<br>')}<h4>Later</h4><strong>Kabul</strong> officials said the talks had been useful.<p>${ITEM}</p></div></body></html>`;
    const texts = blockTexts(htmlToArticle(html));
    for (const line of lines) expect(texts).toContain(line);
    expect(texts).toContain('Kabul officials said the talks had been useful.');
    expect(texts).not.toContain('Kabul');
  });

  it('gives back a question-and-answer box set in an aside, with the heading it opens with', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>${ITEM} Paragraph ${i + 1} goes on with more words about the day's events and reactions.</p>`).join('');
    const box = '<aside class="qa"><h3>Q&amp;A: the Brussels meeting</h3><dl><dt>Who is coming?</dt><dd>Five officials from the Taliban administration.</dd><dt>Where will they meet?</dt><dd>Undisclosed.</dd></dl></aside>';
    const texts = blockTexts(htmlToArticle(`<html><body><article><h1>The visit</h1><div class="body">${body}</div>${box}</article></body></html>`));
    expect(texts.slice(-5)).toEqual(['Q&A: the Brussels meeting', 'Who is coming?', 'Five officials from the Taliban administration.', 'Where will they meet?', 'Undisclosed.']);
  });

  it("gives back a box's own heading once, no heading inside it, and no Q&A box of the page's furniture", () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>${ITEM} Paragraph ${i + 1} goes on with more words about the day's events and reactions.</p>`).join('');
    const page = (extra: string) => blockTexts(htmlToArticle(`<html><body><article><h1>The visit</h1><div class="body">${body}</div>${extra}</article></body></html>`));
    const box = '<aside class="factbox"><h3>Key facts</h3><ul><li>Five Taliban officials came to Brussels.</li><li>Belgium issued visas for one day.</li></ul><h4>Further reading</h4><ul><li>A history of the visas, in three parts.</li></ul></aside>';
    const texts = page(box + box.replace('factbox', 'factbox mobile-copy'));
    expect(texts.filter((t) => t === 'Key facts')).toHaveLength(1);
    expect(texts).not.toContain('Further reading');
    expect(texts.filter((t) => t === 'Five Taliban officials came to Brussels.')).toHaveLength(1);
    // A reader Q&A invitation in a sidebar, or a help box, is no question-and-answer box of the article.
    expect(page('<div class="sidebar"><section><h3>Q&amp;A</h3><p>Join our live Q&amp;A with our Brussels correspondent at noon.</p></section></div>')).not.toContain('Join our live Q&A with our Brussels correspondent at noon.');
    expect(page('<aside><h3>Your questions answered</h3><p>How do I cancel my subscription? Write to our readers\' desk.</p></aside>')).not.toContain('Your questions answered');
  });

  it('reads a box set in an inline aside or the article header, its questions and dates, and no box of a sidebar', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>${ITEM} Paragraph ${i + 1} goes on with more words about the day's events and reactions.</p>`).join('');
    const page = (extra: string, lead = '') => blockTexts(htmlToArticle(`<html><body><div class="story"><header class="article-header"><h1>The visit</h1>${lead}</header><div class="body">${body}</div>${extra}</div></body></html>`));
    const facts = '<div class="box"><h3>Key facts</h3><ul><li>Five Taliban officials came to Brussels.</li><li>Belgium issued visas for one day.</li></ul></div>';
    expect(page(`<aside class="inline-element">${facts}</aside>`)).toContain('Five Taliban officials came to Brussels.');
    expect(page('', '<div class="key-points"><ul><li>Five Taliban officials came to Brussels on Tuesday.</li><li>Belgium issued visas valid for one day.</li></ul></div>')).toContain('Belgium issued visas valid for one day.');
    // A box named as one, in a block named as the page's sidebar, is the sidebar's.
    expect(page(`<div class="sidebar"><div class="factbox"><h3>Facts</h3><ul><li>Five Taliban officials came to Brussels.</li><li>Belgium issued visas for one day.</li></ul></div></div>`)).not.toContain('Five Taliban officials came to Brussels.');
    const qa = page('<aside class="qa"><h2>Q&amp;A: the visit</h2><h3>Who is coming?</h3><p>Five officials.</p><h3>Will they travel on?</h3><p>No.</p><h3>Will they stay the night?</h3><p>No.</p></aside>');
    expect(qa.slice(-7)).toEqual(['Q&A: the visit', 'Who is coming?', 'Five officials.', 'Will they travel on?', 'No.', 'Will they stay the night?', 'No.']);
    expect(page('<div class="timeline"><h3>Timeline</h3><h4>August 2021</h4><p>The Taliban take Kabul.</p><h4>June 2026</h4><p>Envoys meet Commission officials.</p></div>')).toContain('August 2021');
    // A question asked once, in bold inside its paragraph, is one question: a reader Q&A's invitation.
    expect(page('<section><h3>Q&amp;A</h3><p><strong>Do you have a question for our Brussels correspondent?</strong></p><p>Send it in.</p></section>')).not.toContain('Send it in.');
    expect(page('<section><h3>Q&amp;A</h3><p>Reader Q&amp;A: <strong>What do you want to know?</strong></p><p>Send it in.</p></section>')).not.toContain('Send it in.');
  });

  it("reads a box in a wrapper named like furniture that holds the article, its bold lead-in, its headings on the subject, and a mobile copy once", () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>${ITEM} Paragraph ${i + 1} goes on with more words about the day's events and reactions.</p>`).join('');
    const facts = '<ul><li>Five Taliban officials came to Brussels.</li><li>Belgium issued visas for one day.</li></ul>';
    const page = (wrapper: string, extra: string) => blockTexts(htmlToArticle(`<html><body><div class="${wrapper}"><h1>The visit</h1><div class="body">${body}</div>${extra}</div></body></html>`));
    for (const wrapper of ['story-sidebar-layout', 'layout has-sidebar', 'article-content js-share-container']) {
      expect(page(wrapper, `<div class="factbox"><h3>Key facts</h3>${facts}</div>`), wrapper).toContain('Five Taliban officials came to Brussels.');
    }
    expect(page('story', `<div class="factbox"><strong>Key dates:</strong>${facts}</div>`)).toContain('Key dates:');
    expect(page('story', `<aside class="factbox"><h3>Key facts</h3>${facts}<h4>Topics on the table</h4><ul><li>Identity checks of the people to be returned.</li></ul></aside>`)).toContain('Topics on the table');
    const copies = page('story', `<aside class="factbox"><h3>Key facts</h3>${facts}</aside><aside class="factbox mobile"><h3>Key facts (tap)</h3>${facts}</aside>`);
    expect(copies.filter((t) => t === 'Five Taliban officials came to Brussels.')).toHaveLength(1);
  });

  it('gives back a fact box written as a definition list after the body', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>${ITEM} Paragraph ${i + 1} goes on with more words about the day's events and reactions.</p>`).join('');
    const html = `<html><body><article><h1>The visit</h1><div class="body">${body}</div><dl class="side-facts"><dt>In brief</dt><dd>Five delegates held talks on Tuesday.</dd></dl></article></body></html>`;
    const texts = blockTexts(htmlToArticle(html));
    expect(texts.at(-1)).toBe('Five delegates held talks on Tuesday.');
  });

  it('gives back an "In short" list opened by a bold lead-in, before the body', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>${ITEM} Paragraph ${i + 1} goes on with more words about the day's events and reactions.</p>`).join('');
    const box = '<div class="summary"><strong>In short</strong><ul><li>Belgium issued five visas, valid for one day.</li><li>The talks were technical.</li></ul></div>';
    const texts = blockTexts(htmlToArticle(`<html><body><main><h1>The visit</h1>${box}<div class="body">${body}</div></main></body></html>`));
    expect(texts).toEqual(expect.arrayContaining(['Belgium issued five visas, valid for one day.', 'The talks were technical.']));
    expect(texts.indexOf('The talks were technical.')).toBeLessThan(texts.findIndex((t) => t.includes('Paragraph 1')));
    // Bold text that names no summary box makes no box of a related-stories list.
    const related = '<div class="more"><strong>More on this</strong><ul><li>Five things about the heat alert in the region.</li></ul></div>';
    expect(blockTexts(htmlToArticle(`<html><body><main><h1>The visit</h1><div class="body">${body}</div>${related}</main></body></html>`))).not.toContain('Five things about the heat alert in the region.');
  });

  it('gives back a "Background" box set in an <aside> after the body', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>${ITEM} Paragraph ${i + 1} goes on with more words about the day's events and reactions.</p>`).join('');
    const box = '<aside class="side"><h3>Background: why the bloc talks to Kabul</h3><ul><li>Officials went to Kabul in January for a first round.</li></ul></aside>';
    const texts = blockTexts(htmlToArticle(`<html><body><article><h1>The visit</h1><div class="body">${body}</div>${box}</article></body></html>`));
    expect(texts.at(-1)).toBe('Officials went to Kabul in January for a first round.');
    // A heading that only starts with the words is no such box.
    for (const heading of ['Backgrounds for your phone', 'Background-checks on envoys', 'The numbers game', 'Timelines of other crises']) {
      const other = `<aside class="side"><h3>${heading}</h3><ul><li>Download our wallpapers of the Atomium today.</li></ul></aside>`;
      expect(blockTexts(htmlToArticle(`<html><body><article><h1>The visit</h1><div class="body">${body}</div>${other}</article></body></html>`))).not.toContain('Download our wallpapers of the Atomium today.');
    }
  });

  it('gives back a list of short questions and answers under any class name, but not a list of links', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>${ITEM} Paragraph ${i + 1} goes on with more words about the day's events and reactions.</p>`).join('');
    const facts = '<dl class="kort"><dt>Where valid?</dt><dd>Only in Belgium.</dd><dt>How long?</dt><dd>One day.</dd></dl>';
    const texts = blockTexts(htmlToArticle(`<html><body><article><h1>The visit</h1><div class="body">${body}</div>${facts}</article></body></html>`));
    expect(texts.slice(-4)).toEqual(['Where valid?', 'Only in Belgium.', 'How long?', 'One day.']);
    const links = '<dl class="more"><dt>Read next</dt><dd><a href="/a">Heat alert in the region</a></dd><dt>Also</dt><dd><a href="/b">Trains cancelled</a></dd></dl>';
    expect(blockTexts(htmlToArticle(`<html><body><article><h1>The visit</h1><div class="body">${body}</div>${links}</article></body></html>`))).not.toContain('Heat alert in the region');
  });

  it('keeps apart the words of a label and its value set in elements of their own', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>${ITEM} Paragraph ${i + 1} goes on with more words about the day's events and reactions.</p>`).join('');
    const box = '<div class="facts"><div class="row"><span>When</span>Tuesday 23 June</div><div class="row"><span>Who</span>Five envoys</div></div>';
    const caption = '<p class="cap"><span class="n">1/5</span>Protesters outside the Commission.</p>';
    const texts = blockTexts(htmlToArticle(`<html><body><article><h1>The visit</h1><div class="body">${body}${caption}</div>${box}</article></body></html>`));
    expect(texts).toEqual(expect.arrayContaining(['1/5 Protesters outside the Commission.']));
    const page = htmlToArticle(`<html><body><article><h1>The visit</h1><div class="body">${body}<p>${box}</p></div></article></body></html>`);
    expect(page.text).toContain('When Tuesday 23 June');
    expect(page.text).not.toContain('WhenTuesday');
    // A drop cap or a word split by markup stays one word.
    const split = htmlToArticle(`<html><body><article><h1>The visit</h1><div class="body">${body}<p><span class="dropcap">T</span>he envoys reached Brus<b>sels</b> at dawn.</p></div></article></body></html>`);
    expect(split.text).toContain('The envoys reached Brussels at dawn.');
  });

  it("reads a fact box's value with its label, and a question apart from its answer", () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>${ITEM} Paragraph ${i + 1} goes on with more words about the day's events and reactions.</p>`).join('');
    const facts = '<dl><dt>Valid how long</dt><dd>A single day</dd><div><dt>Who invited</dt><dd>European Commission</dd></div><dt>Who came?</dt><dd>Five men.</dd></dl>';
    const html = `<html><body><article><h1>The visit</h1><div class="body">${body}</div><div class="fact-box">${facts}</div></article></body></html>`;
    const texts = blockTexts(htmlToArticle(html));
    expect(texts).toEqual(expect.arrayContaining(['Valid how long A single day', 'Who invited European Commission', 'Who came?', 'Five men.']));
  });

  it("marks where a fact box row's label ends, unless the label is a figure of its own", () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>${ITEM} Paragraph ${i + 1} goes on with more words about the day's events and reactions.</p>`).join('');
    const labels = (box: string) => {
      const page = htmlToArticle(`<html><body><article><h1>The visit</h1><div class="body">${body}</div><div class="fact-box">${box}</div></article></body></html>`);
      return page.blocks.filter((b) => b.kind === 'list-item').map((b) => [page.text.slice(b.start, b.end), b.label]);
    };
    expect(labels('<dl><dt>Visas  issued</dt><dd>Seven, for one day</dd><dt>Who invited</dt><dd>European Commission</dd></dl>')).toEqual([
      ['Visas issued Seven, for one day', 'Visas issued'.length],
      ['Who invited European Commission', 'Who invited'.length],
    ]);
    const table = '<table><tr><th>Visas issued</th><td>Seven</td></tr><tr><th>1</th><td>day those visas were valid for</td></tr></table>';
    // A row of column heads above the rows names the columns: the rows are the box's facts still.
    const headed = '<table><caption>The numbers</caption><tr><th>Figure</th><th>What it measures</th></tr><tr><td>5</td><td>Taliban officials in the delegation</td></tr><tr><td>1 day</td><td>Validity of the visas</td></tr></table>';
    expect(labels(headed)).toEqual([['5 Taliban officials in the delegation', undefined], ['1 day Validity of the visas', undefined]]);
    // A data table's heads say what its numbers mean: without them its rows say nothing, so it is not read as a box.
    const data = '<table><tr><th>Country</th><th>Afghan asylum applications, 2024</th></tr><tr><td>Germany</td><td>50,000</td></tr><tr><td>Austria</td><td>12,000</td></tr></table>';
    expect(labels(data)).toEqual([]);
    expect(labels(table)).toEqual([['Visas issued Seven', 'Visas issued'.length], ['1 day those visas were valid for', undefined]]);
  });
});

describe('a headline without an h1, and the summary points under it', () => {
  const body = Array.from({ length: 8 }, (_, i) => `<p>Envoys held talks on returns in the capital, paragraph ${i + 1}, with more words about the day's events, the visas, the protests outside and the reactions to them in the member states.</p>`).join('');
  const HED = 'EU hosts Taliban envoys for returns talks';
  const POINTS = ['First delegation received since the 2021 takeover', 'Belgium issued five single-day visas'];
  const page = (points: string) =>
    `<html><head><title>${HED} - Example Wire</title></head><body><div id="menu"><a href="/">Top news</a></div><div id="story"><div class="slug">EU-MIGRATION (WRAPUP 2)</div><div class="hed">${HED}</div>${points}<div class="byl">By A Reporter</div><div class="txt article-body">${body}</div></div></body></html>`;

  it('finds the headline where the document title repeats it', () => {
    // A class no rule knows, so that the title alone finds it.
    const article = htmlToArticle(page('').replace('<div class="hed">', '<div class="x-top">'));
    expect(article.title).toBe(HED);
    expect(article.blocks[0]).toMatchObject({ kind: 'title' });
    expect(blockTexts(article)[0]).toBe(HED);
  });


  it('finds a headline classed as one where the document title says something else, and its summary line', () => {
    const hed = 'Belgium’s one-day visas for the Taliban delegation, in practice';
    const summary = 'What the Belgian authorities issued and the rules the visas fall under.';
    const html = page('').replace(`<div class="hed">${HED}</div>`, `<span class="headline">${hed}</span><span class="summary">${summary}</span>`).replace(`${HED} - Example Wire`, 'Practice Brief, No. 26 | Example Law Firm');
    const article = htmlToArticle(html);
    expect(article.title).toBe(hed);
    expect(article.blocks.slice(0, 2).map((b) => b.kind)).toEqual(['title', 'standfirst']);
    expect(blockTexts(article)[1]).toBe(summary);
    // Read once each, not again as loose text.
    expect(blockTexts(article).filter((t) => t.includes(hed) || t.includes(summary))).toHaveLength(2);
  });

  it('finds a standfirst classed as a lead under a headline Readability keeps as a paragraph', () => {
    const lead = 'Limited territorial validity and limited duration; date of visit not disclosed';
    const html = page('').replace(`<div class="hed">${HED}</div>`, `<div class="pr-title">${HED}</div><div class="pr-lead">${lead}</div>`);
    const article = htmlToArticle(html);
    expect(blockTexts(article)).toContain(lead);
    expect(article.blocks.find((b) => article.text.slice(b.start, b.end) === lead)).toMatchObject({ kind: 'standfirst' });
  });

  it('reads a news card\'s linked headline with the snippet under it, and drops a linked heading alone', () => {
    const card = (h: string, snippet: string) => `<div class="card"><div class="src"><b>Ledger</b> · 2 h ago</div><h3><a href="/r/x">${h}</a></h3>${snippet}</div>`;
    const cards = [
      card('Taliban envoys sit down with EU officials in Brussels', '<p>A five-man team from Kabul spent Tuesday at the Commission discussing how Afghans could be sent home.</p>'),
      card('Visas for the Taliban team are good for one day', '<p>The foreign ministry signed off the five visas late on Monday after security checks raised no objection.</p>'),
      card('Twenty governments pushed the Commission to act', '<p>The meeting follows a Belgian-led letter, co-signed by nineteen other states, asking Brussels to find ways to deport.</p>'),
    ].join('');
    const html = `<html><head><title>Taliban in Brussels: latest coverage</title></head><body><main><h1>Taliban in Brussels: latest coverage</h1>${cards}<h3><a href="/r/y">Heatwave grips southern Europe</a></h3></main></body></html>`;
    const texts = blockTexts(htmlToArticle(html));
    expect(texts).toEqual(expect.arrayContaining(['Taliban envoys sit down with EU officials in Brussels', 'Visas for the Taliban team are good for one day']));
    expect(texts).not.toContain('Heatwave grips southern Europe');
    // A linked heading over a time stamp, not prose, is a teaser still.
    const timed = html.replace('</main>', '<h3><a href="/r/z">Germany deports 28 Afghans on charter flight</a></h3><p><time>2 hours ago</time></p></main>');
    expect(blockTexts(htmlToArticle(timed))).not.toContain('Germany deports 28 Afghans on charter flight');
  });

  it('takes a class ending in "lead" for a standfirst, not one starting with it', () => {
    const caption = 'Photo: the Berlaymont building in Brussels on the morning of the visit. Credit: Agency';
    const html = page('').replace(`<div class="hed">${HED}</div>`, `<div class="lead-media"><p>${caption}</p></div><div class="hed">${HED}</div>`);
    expect(htmlToArticle(html).blocks.filter((b) => b.kind === 'standfirst').map((b) => htmlToArticle(html).text.slice(b.start, b.end))).not.toContain(caption);
  });

  it('takes no ticker, list item or subhead classed as a headline for the headline', () => {
    const ticker = '<header><div class="ticker"><a href="#"><span class="headline">Breaking: floods hit the south of the country</span></a></div></header>';
    const trending = '<ul class="list"><li><h3 class="headline">Heat alert for the whole region this weekend</h3></li></ul>';
    const sub = '<h3 class="sub-hed">What the ministers had to say about it</h3>';
    for (const before of [ticker, trending, sub]) expect(htmlToArticle(page('').replace('<div id="menu">', `${before}<div id="menu">`)).title).toBe(HED);
  });

  it('finds a heading that says the title in other words as the headline', () => {
    const hed = 'Press Release on the Visit of the Delegation of the Islamic Emirate of Afghanistan to Brussels';
    const html = page('').replace(`<div class="hed">${HED}</div>`, `<h2>${hed}</h2>`).replace(`${HED} - Example Wire`, 'Press Release on the Visit of the Islamic Emirate Delegation to Brussels | Ministry');
    expect(htmlToArticle(html).title).toBe(hed);
  });

  it('finds a line of text set as a heading that says the title in other words, but not one in a link', () => {
    const hed = 'Netherlands among fifteen EU countries at the table with Taliban in Brussels';
    const title = 'Netherlands among fifteen EU countries at Taliban talks in Brussels - The Lowlands Post';
    const html = page('').replace(`<div class="hed">${HED}</div>`, `<div class="lp-kop">${hed}</div>`).replace(`${HED} - Example Wire`, title);
    expect(htmlToArticle(html).title).toBe(hed);
    const linked = page('').replace(`<div class="hed">${HED}</div>`, `<a href="/more"><div class="teaser">${hed}</div></a>`).replace(`${HED} - Example Wire`, title);
    expect(htmlToArticle(linked).title).not.toBe(hed);
  });

  it('finds a headline that holds a separator of the title, before the site’s name', () => {
    const hed = 'Ep. 112 – A Day Pass for the Taliban';
    const html = page('').replace(`<div class="hed">${HED}</div>`, `<h2 class="ep">${hed}</h2>`).replace(`${HED} - Example Wire`, `${hed} | Borderline, a podcast from Example Audio`);
    expect(htmlToArticle(html).title).toBe(hed);
    expect(htmlToArticle(html).blocks[0]).toMatchObject({ kind: 'title' });
  });
  it('gives back a short list under the headline, before the body', () => {
    const texts = blockTexts(htmlToArticle(page(`<ul class="bul">${POINTS.map((p) => `<li>${p}</li>`).join('')}</ul>`)));
    expect(texts).toEqual(expect.arrayContaining(POINTS));
    expect(texts.indexOf(POINTS[1])).toBeLessThan(texts.findIndex((t) => t.includes('paragraph 1')));
  });

  it("does not take the site's name or section, from the title's other parts, for the headline", () => {
    const html = page('').replace('<div id="menu">', '<header><span class="logo">Example Wire Service</span></header><div class="kicker">Europe and the World</div><div id="menu">').replace(`${HED} - Example Wire`, `${HED} | Europe and the World | Example Wire Service`);
    expect(htmlToArticle(html).title).toBe(HED);
  });

  it('finds a headline wrapped in a link or bold text', () => {
    expect(htmlToArticle(page('').replace(`<div class="hed">${HED}</div>`, `<h2 class="hed"><a href="/story">${HED}</a></h2>`)).title).toBe(HED);
    expect(htmlToArticle(page('').replace(`<div class="hed">${HED}</div>`, `<div class="hed"><strong>${HED}</strong></div>`)).title).toBe(HED);
  });

  it('leaves out a byline list under the headline', () => {
    const meta = '<ul class="meta"><li>By A Reporter</li><li>Published 22 June 2026</li><li>4 min read</li></ul>';
    expect(blockTexts(htmlToArticle(page(meta)))).not.toContain('Published 22 June 2026');
  });

  it('leaves out a list of links under the headline', () => {
    const links = `<ul class="bul">${POINTS.map((p) => `<li><a href="/x">${p}</a></li>`).join('')}</ul>`;
    expect(blockTexts(htmlToArticle(page(links)))).not.toContain(POINTS[0]);
  });
});

describe('comment sections in flat markup', () => {
  const body = Array.from({ length: 4 }, (_, i) => `<p>Envoys from Kabul held talks in Brussels on returns; paragraph ${i + 1} goes on with the day's events and reactions.</p>`).join('');
  const page = (tail: string) => `<html><body><div class="show"><h1>Episode 212: the visit</h1>${body}<h3>Listener comments</h3><p><b>hb</b>: Great episode. I thought they had a two-day visa.<br><b>fz</b>: It was one day.</p>${tail}</div></body></html>`;

  it('leaves out what follows a comments heading among its siblings', () => {
    const text = htmlToArticle(page('')).text;
    expect(text).toContain('paragraph 4');
    expect(text).not.toContain('Listener comments');
    expect(text).not.toContain('two-day visa');
  });

  it("leaves out a section the audience's messages open", () => {
    const html = `<html><body><div class="show"><h1>Episode 212: the visit</h1>${body}<section class="audience"><h3>Listener messages</h3><div class="c"><strong>Dimitri via app</strong>: One-day visa, Belgium only.</div></section></div></body></html>`;
    const text = htmlToArticle(html).text;
    expect(text).toContain('paragraph 4');
    expect(text).not.toContain('One-day visa');
  });

  it('leaves out what follows a comments heading set as a plain bold line', () => {
    const html = `<html><body><div class="show"><h1>Episode 212: the visit</h1>${body}<div style="font-weight:bold">Reactions (3)</div><div class="reac"><b>jan.vdb</b>: A visa for one day and the whole country talks about nothing else.</div><h2>Background</h2><p>The talks were the first of their kind held in the Belgian capital, officials said afterwards.</p></div></body></html>`;
    const text = htmlToArticle(html).text;
    expect(text).toContain('paragraph 4');
    expect(text).not.toContain('whole country talks');
    expect(text).toContain('first of their kind');
  });

  it('reads on after the next heading of the same rank', () => {
    const text = htmlToArticle(page('<h3>Transcript</h3><p>The delegation left Brussels on Tuesday evening after eight hours of talks.</p>')).text;
    expect(text).not.toContain('two-day visa');
    expect(text).toContain('eight hours of talks');
  });
});

describe('section titles that only look like comment headings', () => {
  it('keeps an article section called "Reactions" with its paragraphs', () => {
    const body = Array.from({ length: 3 }, (_, i) => `<p>Envoys from Kabul held talks in Brussels on returns; paragraph ${i + 1} tells the day's events.</p>`).join('');
    const html = `<html><body><article><h1>The visit</h1>${body}<h2>Reactions</h2><p>Amnesty called the meeting a betrayal of Afghan women.</p><p>The Commission said the talks were technical.</p></article></body></html>`;
    const text = htmlToArticle(html).text;
    expect(text).toContain('betrayal of Afghan women');
    expect(text).toContain('the talks were technical');
  });
});

describe('notes and promoted clips', () => {
  const body = Array.from({ length: 4 }, (_, i) => `<p>Envoys from Kabul held talks in Brussels on returns; paragraph ${i + 1} goes on with the day's events.<sup><a href="#n${i + 1}">${i + 1}</a></sup></p>`).join('');
  const notes = '<div class="endmatter"><b>Notes</b><ol><li id="n1">Belga, "Envoys due in Brussels for one day", 22 June 2026.</li><li id="n2">Euractiv, 22 June 2026.</li></ol></div>';

  it('leaves out the notes that in-text markers point to, and keeps a list no marker points to', () => {
    const list = '<ul><li id="points">The delegation stayed one day.</li></ul>';
    const text = htmlToArticle(`<html><body><article><h1>The visit</h1>${body}${list}${notes}</article></body></html>`).text;
    expect(text).toContain('paragraph 4');
    expect(text).toContain('The delegation stayed one day.');
    expect(text).not.toContain('Envoys due in Brussels for one day');
    expect(text).not.toContain('Euractiv, 22 June 2026');
  });

  it('leaves out a promoted clip ("▶ Listen: …", "Watch: …") but keeps a sentence that begins with "Watch"', () => {
    const clips = '<div class="clip">▶ Listen: our correspondent on why the talks are called technical (1:04)</div><p>Watch: the delegation arrives at the Commission</p><p>Watchdogs said the talks were technical.</p>';
    const text = htmlToArticle(`<html><body><article><h1>The visit</h1>${body}${clips}</article></body></html>`).text;
    expect(text).not.toContain('our correspondent on why');
    expect(text).not.toContain('the delegation arrives at the Commission');
    expect(text).toContain('Watchdogs said the talks were technical.');
  });
});

describe('a dateline that opens a paragraph', () => {
  it('stays in the paragraph, where Readability would take it for the byline and drop it', () => {
    // Long enough for Readability's first pass to keep the article (a retry would keep the dateline anyway).
    const body = Array.from({ length: 8 }, (_, i) => `<p>Envoys from Kabul held talks in Brussels on returns; paragraph ${i + 1} goes on with the day's events, the officials' remarks and what the rights groups said outside.</p>`).join('');
    const html = `<html><body><article><h1>The visit</h1><p><span class="dateline">Brussels, 23 June 2026</span> — A rights group condemned the meeting with the Taliban envoys today.</p>${body}</article></body></html>`;
    expect(htmlToArticle(html).text).toContain('Brussels, 23 June 2026 — A rights group condemned the meeting');
  });
});

describe("a digest item's bold head beside its paragraph", () => {
  const item = (kicker: string, head: string, text: string) =>
    `<tr class="item"><td><span class="kicker">${kicker}</span> <strong class="head">${head}</strong><p>${text}</p></td></tr>`;
  const filler = (topic: string) => `${topic} took up the rest of the morning, with officials, ministers and diplomats trading statements across several capitals of the bloc.`;
  const html = `<html><head><title>The Morning Digest</title></head><body><table role="presentation">${[
    item('1 · Migration', 'Taliban envoys hold talks in Brussels', 'A five-member delegation met Commission officials on Tuesday to discuss returns of Afghans with no right to stay.'),
    item('2 · Weather', 'Heat tightens its grip', filler('The heatwave')),
    item('3 · Money', 'Budget haggling resumes', filler('The budget')),
  ].join('')}</table></body></html>`;

  it('reads the head as a line of its own before its paragraph, where before it was dropped', () => {
    const texts = blockTexts(htmlToArticle(html));
    const head = texts.indexOf('Taliban envoys hold talks in Brussels');
    expect(head).toBeGreaterThanOrEqual(0);
    expect(texts[head + 1]).toMatch(/^A five-member delegation/);
  });

  it('leaves bylines, credits, reading times and share labels out', () => {
    const furniture = '<span class="date">23 June 2026, 10:30 CET</span><strong>Share this article</strong><em>Additional reporting by Sam Lee</em><strong>5 min read</strong>';
    const texts = blockTexts(htmlToArticle(html.replace('<tr class="item"><td>', `<tr class="item"><td>${furniture}`)));
    for (const junk of ['23 June 2026, 10:30 CET', 'Share this article', 'Additional reporting by Sam Lee', '5 min read']) expect(texts).not.toContain(junk);
    expect(texts).toContain('Taliban envoys hold talks in Brussels');
  });

  it('leaves bold words inside a paragraph in the paragraph', () => {
    const texts = blockTexts(htmlToArticle(html.replace('A five-member delegation', '<strong>A five-member delegation</strong>')));
    expect(texts).toContainEqual(expect.stringMatching(/^A five-member delegation met Commission officials/));
    expect(texts).not.toContain('A five-member delegation');
  });
});
