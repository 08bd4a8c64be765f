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

  it("takes a <time> from a byline or header, never one in the story's text, which may date the meeting itself", () => {
    const byline = '<article><header><h1>Envoys</h1><p class="byline">By A. Writer, <time datetime="2021-09-03">3 September</time></p></header><p>Officials met a delegation.</p></article>';
    expect(dateOf(page('', byline))).toBe('2021-09-03');
    const inText = '<article><h1>Envoys</h1><p>The delegation came on <time datetime="2026-06-23">Tuesday</time> and met Commission officials.</p></article>';
    expect(dateOf(page('', inText))).toBeUndefined();
    expect(dateOf(page('', '<article><h1>Envoys</h1><p>Officials met.</p><time itemprop="datePublished" datetime="2024-07-01T09:00">1 July</time></article>'))).toBe('2024-07-01');
  });

  it('ignores values that name no calendar day', () => {
    for (const value of ['2021-02-30', 'yesterday', '03/09/2021', '', '2021']) expect(dateOf(page(`<meta name="date" content="${value}">`)), value).toBeUndefined();
  });

  it("falls back on a date in the page's address, and only when its metadata gives none", () => {
    expect(dateOf(page(''), 'https://news.example/world/europe/2021/09/03/eu-plans-return-to-kabul/')).toBe('2021-09-03');
    expect(dateOf(page('<meta name="date" content="2026-06-23">'), 'https://news.example/2021/09/03/story')).toBe('2026-06-23');
    expect(pathDate('https://news.example/2021-09-03-eu-plans')).toBe('2021-09-03');
    expect(pathDate('https://news.example/2021/09/eu-plans')).toBe('2021-09-01');
    // Numbers that are no date: an id, a month that does not exist, a day that does not.
    for (const url of ['https://news.example/article/2024-1234', 'https://news.example/2021/13/01/x', 'https://news.example/2021/02/30/x', 'https://news.example/story?date=2021/09/03', 'not a url']) {
      expect(pathDate(url), url).toBeUndefined();
    }
  });
});
