// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { missingRequiredWords, pageTextPieces } from '@/src/extension/content/page-precheck';
import { serializePage } from '@/src/extension/content/serialize-page';
import { htmlToArticle } from '@/src/extract/html-to-article';
import { anchorQuote, rangeOf, withoutOverlaps } from '@/src/extension/highlight/anchor-quote';
import { textSkeleton } from '@/src/extension/highlight/text-skeleton';
import { buildPageTextMap } from '@/src/extension/highlight/page-text-map';
import { build, type Spec } from './dom-shape';

const run = <R>(steps: Generator<void, R, void>): R => {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
};
const GATE = { story: { id: 's', title: 'S' }, required: [{ label: 'A', words: ['alpha', 'aleph'] }, { label: 'B', words: ['beta'] }], threshold: 1 };

afterEach(() => document.body.replaceChildren());

describe('the always-on word check', () => {
  it.each([
    ['Alpha and BETA', []],
    ['aleph only', ['B']],
    ['nothing here', ['A', 'B']],
    // A print layout's soft hyphens inside words are invisible to the reader, and to the check.
    ['Al\u00adpha and be\u00adta', []],
    ['Al\u200bpha and be\ufeffta', []],
    ['', ['A', 'B']],
  ])('%j misses %j', (text, missing) => expect(run(missingRequiredWords([text], GATE))).toEqual(missing));

  it('sees a word cut by a chunk edge, and yields between chunks of a long text', () => {
    const text = `${'x'.repeat(200_000 - 2)}alpha ${'y'.repeat(500_000)} beta`;
    const steps = missingRequiredWords([text], GATE);
    let yields = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThan(1);
    expect(run(missingRequiredWords([text], GATE))).toEqual([]);
  });

  it('reads an ordinary page whole: its title and body text in one piece', () => {
    document.title = 'About alpha';
    build(document.body, ['p', {}, 'be', ['b', {}, 'ta']]);
    expect([...pageTextPieces(document)]).toEqual(['About alpha\nbeta']);
    // One piece is one step: the check of an ordinary page is one idle task, without a yield.
    const steps = missingRequiredWords(pageTextPieces(document), GATE);
    expect(steps.next()).toEqual({ done: true, value: [] });
    document.title = '';
    expect(run(missingRequiredWords(pageTextPieces(document), GATE))).toEqual(['A']);
  });

  it('walks a large page for its prose only: no scripts, styles or editors, words cut by a node edge still seen', () => {
    document.title = '';
    const filler = Array.from({ length: 3100 }, () => ['i', {}, '.'] as Spec);
    build(document.body, ...filler, ['p', {}, 'al', ['b', {}, 'pha']], ['script', {}, 'var beta'], ['style', {}, '.beta{}'], ['div', { contenteditable: 'true' }, 'beta draft']);
    expect([...pageTextPieces(document)].join('')).toBe(`\n${'.'.repeat(3100)}alpha`);
    expect(run(missingRequiredWords(pageTextPieces(document), GATE))).toEqual(['B']);
  });

  it('reads a page of many small nodes a bounded piece at a time, yielding between pieces', () => {
    build(document.body, ...Array.from({ length: 5000 }, (_, i) => ['span', {}, `w${i} `] as Spec), ['p', {}, 'alpha beta']);
    const pieces = [...pageTextPieces(document)];
    expect(pieces.length).toBeGreaterThan(2);
    const steps = missingRequiredWords(pageTextPieces(document), GATE);
    let yields = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThan(1);
    expect(run(missingRequiredWords(pageTextPieces(document), GATE))).toEqual([]);
  });
});

describe('page serialisation', () => {
  it('keeps text and structure, drops scripts, form fields and editors, and escapes what it keeps', () => {
    build(
      document.body,
      ['article', { class: 'story', onclick: 'x()' }, ['p', {}, 'Fish & <chips>'], ['script', {}, 'secret()']],
      ['div', { contenteditable: 'true' }, 'My draft'],
      ['textarea', {}, 'typed'],
    );
    const html = run(serializePage(document))!;
    expect(html).toContain('<article class="story"><p>Fish &amp; &lt;chips&gt;</p></article>');
    for (const absent of ['secret', 'My draft', 'typed', 'onclick']) expect(html).not.toContain(absent);
  });

  it('reads the same article from a saved page (the CLI) as from the live page (the extension)', () => {
    const prose = (n: number) => `Paragraph ${n} says the Taliban delegation met Commission officials in Brussels to discuss returns of Afghans.`;
    // A head with more than a title: the extension sends the title alone, so the CLI reads no more.
    const head = '<title>Envoys in Brussels</title><meta property="og:title" content="Taliban envoys meet EU officials in Brussels"><script type="application/ld+json">{"headline":"Taliban envoys meet EU officials"}</script>';
    const saved = `<!doctype html><html><head>${head}</head><body><article>
      <p>${prose(1)} <svg><title>Opens in a new window</title></svg><button>Share</button></p>
      <p>${prose(2)}<script>track("x")</script></p><div contenteditable="true">My unsent reply</div><p>${prose(3)}</p></article></body></html>`;
    document.title = 'Envoys in Brussels';
    document.body.replaceChildren(...new DOMParser().parseFromString(saved, 'text/html').body.childNodes);
    const live = htmlToArticle(run(serializePage(document))!);
    const cli = htmlToArticle(saved);
    expect(cli.text).toBe(live.text);
    expect(cli.title).toBe(live.title);
    for (const absent of ['new window', 'Share', 'track', 'unsent']) expect(cli.text).not.toContain(absent);
    expect(cli.text).toContain(prose(3));
  });
});

describe("the page's date", () => {
  it('is sent with the page (its dating metas only) and read from it as from the saved page', () => {
    const saved = `<!doctype html><html><head><title>Envoys</title><meta name="description" content="A page about envoys">
      <meta property="article:published_time" content="2021-09-03T08:00:00Z"><meta name="DC.date.issued" content="2021-09-02"></head>
      <body><article><h1>Envoys</h1><p>EU ministers agreed in Brussels to talk to the Taliban about Afghans who worked for Europe.</p></article></body></html>`;
    const parsed = new DOMParser().parseFromString(saved, 'text/html');
    document.head.replaceChildren(...parsed.head.childNodes);
    document.body.replaceChildren(...parsed.body.childNodes);
    const html = run(serializePage(document))!;
    expect(html).toContain('<meta property="article:published_time" content="2021-09-03T08:00:00Z">');
    expect(html).not.toContain('description');
    // A meta named for two readers keeps both names; a page of thousands of metas sends twenty.
    const meta = (attributes: Record<string, string>) => {
      const el = document.createElement('meta');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      return el;
    };
    document.head.replaceChildren(
      meta({ name: 'twitter:data1', property: 'article:published_time', content: '2021-09-03' }),
      ...Array.from({ length: 5 }, () => meta({ name: 'date', content: '2026-06-23' })),
      ...Array.from({ length: 100 }, (_, i) => meta({ name: 'date', content: `2021-09-${String((i % 28) + 1).padStart(2, '0')}` })),
    );
    const many = run(serializePage(document))!;
    expect(many).toContain('<meta name="twitter:data1" property="article:published_time" content="2021-09-03">');
    expect(many.match(/<meta /g)).toHaveLength(20);
    expect(htmlToArticle(many).pageDate).toBe('2026-06-23');
    // Linked data, which the walk leaves out with the page's scripts, is sent as metas.
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = '{"@type":"NewsArticle","datePublished":"2020-01-05"}';
    document.head.replaceChildren(script);
    const linked = run(serializePage(document))!;
    expect(linked).toContain('<meta itemprop="datePublished" content="2020-01-05">');
    expect(linked).not.toContain('NewsArticle');
    expect(htmlToArticle(linked).pageDate).toBe('2020-01-05');
    expect(htmlToArticle(html).pageDate).toBe('2021-09-03');
    expect(htmlToArticle(saved).pageDate).toBe('2021-09-03');
    document.head.replaceChildren();
  });
});

describe('anchoring', () => {
  it('drops every character the article text drops as invisible, so a quote of it anchors', () => {
    const hidden = '\u00ad\u200b\u200c\u200d\u2060\ufeff';
    for (const c of hidden) expect(textSkeleton(`Tali${c}ban`)).toBe('taliban');
    const title = [...hidden].map((c) => `Tali${c}ban`).join(' ');
    expect(htmlToArticle(`<html><body><article><h1>${title}</h1></article></body></html>`).title).toBe(Array(hidden.length).fill('Taliban').join(' '));
  });


  it('maps a quote split over elements back to a DOM range', () => {
    build(document.body, ['p', {}, 'The Taliban ', ['b', {}, 'delegation'], '  met on \u201cTuesday\u201d.']);
    const map = run(buildPageTextMap(document.body));
    const span = anchorQuote(map.text, 'the Taliban delegation met on "Tuesday".', 0)!;
    expect(rangeOf(document, map, span)!.toString()).toBe('The Taliban delegation  met on \u201cTuesday\u201d.');
  });

  it("anchors a fact box's label and value, which the article reads as one block", () => {
    build(document.body, ['dl', {}, ['dt', {}, 'Valid how long'], ['dd', {}, 'A single day']]);
    const map = run(buildPageTextMap(document.body));
    const span = anchorQuote(map.text, 'Valid how long A single day', 0)!;
    expect(rangeOf(document, map, span)!.toString()).toBe('Valid how longA single day');
  });

  it('skips editors and form fields', () => {
    build(document.body, ['div', { contenteditable: '' }, 'Hidden sentence.'], ['p', {}, 'Shown sentence.']);
    const map = run(buildPageTextMap(document.body));
    expect(map.text).toBe(textSkeleton('Shown sentence.'));
  });

  it('finds the copy of a repeated sentence nearest its place in the article, with a few searches each', () => {
    const text = textSkeleton('Filler words here. The same sentence. '.repeat(5000));
    const first = anchorQuote(text, 'The same sentence.', 0)!;
    const late = anchorQuote(text, 'The same sentence.', 0.8)!;
    expect(first.start).toBeLessThan(100);
    expect(late.start / text.length).toBeGreaterThan(0.78);
  });

  it('keeps the first of two overlapping spans, in page order', () => {
    expect(withoutOverlaps([{ start: 10, end: 20 }, { start: 0, end: 12 }, { start: 20, end: 25 }])).toEqual([
      { start: 0, end: 12 },
      { start: 20, end: 25 },
    ]);
  });
});

describe('the word check with words that look like patterns', () => {
  it('reads every word literally', () => {
    const gate = { story: { id: 's', title: 'S' }, required: [{ label: 'Dots', words: ['a.b', '(x)'] }], threshold: 1 };
    expect(run(missingRequiredWords(['aXb'], gate))).toEqual(['Dots']);
    expect(run(missingRequiredWords(['say (x) now'], gate))).toEqual([]);
  });
});
