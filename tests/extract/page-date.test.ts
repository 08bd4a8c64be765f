import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '@/src/extract/html-to-article';
import { pathDate } from '@/src/extract/page-date';

const BODY = '<article><h1>Envoys in Brussels</h1><p>Officials met a delegation from Kabul to talk about sending people back.</p></article>';
const page = (head: string, body = BODY) => `<!doctype html><html><head><title>Envoys</title>${head}</head><body>${body}</body></html>`;
const dateOf = (html: string, url?: string) => htmlToArticle(html, url).pageDate;

describe("a page's date", () => {
  it('is read from the metas news sites date their pages with, whatever their case', () => {
    expect(dateOf(page('<meta property="article:published_time" content="2021-09-03T08:12:00+02:00">'))).toBe('2021-09-03');
    expect(dateOf(page('<meta name="DC.date.issued" content="2022-10-25">'))).toBe('2022-10-25');
    expect(dateOf(page('<meta itemprop="datePublished" content="2026-06-23">'))).toBe('2026-06-23');
    expect(dateOf(page('<meta name="description" content="2021-09-03 was a Friday">'))).toBeUndefined();
  });

  it('is the latest of its publication and update dates: an old page updated for the story is of its update', () => {
    const head = '<meta property="article:published_time" content="2021-08-16"><meta property="article:modified_time" content="2026-06-24T10:00:00Z">';
    expect(dateOf(page(head))).toBe('2026-06-24');
  });

  it("takes a <time> from the article's byline, never one of its text, standfirst, timeline or furniture", () => {
    const byline = '<article><header><h1>Envoys</h1><p class="byline">By A. Writer, <time datetime="2021-09-03">3 September</time></p></header><p>Officials met a delegation.</p></article>';
    expect(dateOf(page('', byline))).toBe('2021-09-03');
    expect(dateOf(page('', '<article><h1>Envoys</h1><p>Officials met.</p><time itemprop="datePublished" datetime="2024-07-01T09:00">1 July</time></article>'))).toBe('2024-07-01');
    // Dates of the story itself: the meeting in the text, the takeover in a standfirst, a timeline's, an event's.
    for (const body of [
      '<article><h1>Envoys</h1><p>The delegation came on <time datetime="2026-06-23">Tuesday</time> and met Commission officials.</p></article>',
      '<article><header><h1>Envoys</h1><p class="standfirst">The first talks since the <time datetime="2021-08-15">fall of Kabul</time>.</p></header><p>Officials met.</p></article>',
      '<article><h1>Envoys</h1><p>Officials met.</p><div class="timeline"><span class="date"><time datetime="2024-06-30">June 2024</time></span> Doha talks.</div></article>',
      '<article><h1>Envoys</h1><p>Officials met. <span class="event-date"><time datetime="2021-09-03">3 September</time></span></p></article>',
    ]) expect(dateOf(page('', body)), body).toBeUndefined();
    // A related story's card, a comment, the site's masthead: the page's furniture, not its date.
    const old = '<p class="byline">By A. Writer, <time datetime="2021-09-03">3 September 2021</time></p><p>Officials met a delegation.</p>';
    expect(dateOf(page('', `<header class="site-header"><time datetime="2026-06-24">Today</time></header><article><h1>Envoys</h1>${old}<aside class="related-stories"><article><p class="byline"><time datetime="2026-06-20">20 June</time></p></article></aside><div class="comments"><p class="byline">reader1 <time datetime="2026-06-01">1 June</time></p></div></article>`))).toBe('2021-09-03');
  });

  it('is the latest date any source gives, so no old date outweighs a newer one', () => {
    expect(dateOf(page('<meta property="article:published_time" content="2021-09-03">', '<article><h1>Envoys</h1><p class="byline"><time datetime="2026-06-24">24 June</time></p><p>Officials met.</p></article>'))).toBe('2026-06-24');
    // An explainer first published in 2025 and updated for the talks; a site's update time only makes a page newer.
    expect(dateOf(page('<meta property="article:published_time" content="2025-11-20"><meta property="og:updated_time" content="2026-06-21">'))).toBe('2026-06-21');
    expect(dateOf(page('<meta property="article:published_time" content="2021-09-03">'), 'https://news.example/2026/06/23/envoys')).toBe('2026-06-23');
  });

  it("reads the byline of the headline's article, whatever the bylines are named, and no teaser card's or timeline's date", () => {
    const story = '<div id="primary"><h1>Envoys in Brussels</h1><p class="live-meta">Updated <time datetime="2026-06-24T09:00">24 June</time></p><div class="entry-content"><p>Officials met a delegation.</p>' +
      '<ol class="timeline"><li><span class="timestamp"><time datetime="2021-08-15">15 August 2021</time></span> Kabul falls.</li><li><span class="timestamp"><time datetime="2024-06-30">30 June 2024</time></span> Doha talks.</li></ol></div></div>';
    const teaser = '<div class="top-stories"><article class="card"><p><time class="entry-date published" datetime="2021-08-15">15 August 2021</time></p></article></div>';
    expect(dateOf(page('', teaser + story))).toBe('2026-06-24');
    expect(dateOf(page('', teaser + story.replace(/<p class="live-meta">.*?<\/p>/, '')))).toBeUndefined();
    expect(dateOf(page('', '<article><h1>Envoys</h1><div class="episode-meta"><time datetime="2026-06-24">24 June</time></div><p>Officials met.</p></article>'))).toBe('2026-06-24');
  });

  it("reads the article's dates from its linked data, and no other item's", () => {
    const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
    expect(dateOf(page(ld('{"@context":"https://schema.org","@type":"NewsArticle","headline":"Envoys","datePublished":"2021-09-03T08:00:00Z"}')))).toBe('2021-09-03');
    expect(dateOf(page(ld('{"@graph":[{"@type":"WebSite","name":"News"},{"@type":["NewsArticle"],"datePublished":"2021-09-03","dateModified":"2026-06-24T10:00:00Z"}]}')))).toBe('2026-06-24');
    // A list of related stories' items, a broken block, a non-article type: no date of this page.
    expect(dateOf(page(ld('{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","datePublished":"2021-09-03"}]}')))).toBeUndefined();
    expect(dateOf(page(ld('{"@type":"NewsArticle","datePublished":"2021-09-03"') + ld('{"@type":"Event","startDate":"2021-09-03","datePublished":"2021-09-03"}')))).toBeUndefined();
    // The head's metas and the linked data are read together, the latest winning.
    expect(dateOf(page(`<meta property="article:published_time" content="2021-09-03">${ld('{"@type":"NewsArticle","dateModified":"2026-06-24"}')}`))).toBe('2026-06-24');
  });

  it('ignores values that name no calendar day', () => {
    for (const value of ['2021-02-30', 'yesterday', '03/09/2021', '', '2021']) expect(dateOf(page(`<meta name="date" content="${value}">`)), value).toBeUndefined();
  });

  it("falls back on a date in the page's address, and only when its metadata gives none", () => {
    expect(dateOf(page(''), 'https://news.example/world/europe/2021/09/03/eu-plans-return-to-kabul/')).toBe('2021-09-03');
    expect(dateOf(page('<meta name="date" content="2026-06-23">'), 'https://news.example/2021/09/03/story')).toBe('2026-06-23');
    expect(pathDate('https://news.example/2021-09-03-eu-plans')).toBe('2021-09-03');
    expect(pathDate('https://news.example/2021/09/eu-plans')).toBe('2021-09-01');
    expect(pathDate('https://news.example/2021/09/x-1')).toBe('2021-09-01');
    // Numbers that are no date: an id, a month or day that does not exist, a slug's numbers, a query, a later segment.
    for (const url of ['https://news.example/article/2024-1234', 'https://news.example/2021/13/01/x', 'https://news.example/2021/02/30/x', 'https://news.example/story?date=2021/09/03', 'not a url',
      'https://news.example/2024-10-point-plan-on-returns', 'https://news.example/reports/2019-04/afghanistan-returns-2026', 'https://news.example/news/2026/2021-09-04-anniversary']) {
      expect(pathDate(url), url).toBeUndefined();
    }
  });
});
