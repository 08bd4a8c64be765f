/**
 * Article text from an HTML string, for Node (the CLI, the tests, the benchmark): linkedom parses
 * the page, `extractArticle` does the rest, exactly as in the browser.
 */
import { parseHTML } from 'linkedom';
import type { ArticleText } from '../types';
import { extractArticle } from './extract-article';
import { isUnread, UNREAD_SELECTOR } from './unread-elements';
import { DATE_META_SELECTOR, linkedDataDates } from './page-date';

/**
 * Parses `html` and extracts its article. `url` becomes the document's base URL when the page has
 * none, so Readability can resolve the page's relative links while it reads, and dates a page whose
 * metadata does not (see page-date.ts).
 */
export function htmlToArticle(html: string, url?: string): ArticleText {
  // linkedom builds no <html>, <head> or <body> for a fragment, and then fails on document.body.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  if (url && document.head && !document.querySelector('base[href]')) {
    const base = document.createElement('base');
    base.setAttribute('href', url);
    document.head.prepend(base);
  }
  // What the browser's reading of a page leaves out, left out here too: the head but its title, the
  // metas that date it (see page-date.ts) and the base URL set above, and the body's unread elements
  // (see unread-elements.ts). Readability would otherwise take a title from meta tags the extension never sends.
  const linked = linkedDataDates(document as unknown as Document);
  for (const el of [...(document.head?.children ?? [])]) if (!['title', 'base'].includes(el.localName) && !el.matches(DATE_META_SELECTOR)) el.remove();
  // The article's dates in its linked data, as metas, as the extension sends them (see serialize-page.ts).
  for (const { itemprop, content } of linked) {
    const meta = document.createElement('meta');
    meta.setAttribute('itemprop', itemprop);
    meta.setAttribute('content', content);
    document.head?.append(meta);
  }
  for (const el of [...(document.body?.querySelectorAll(`${UNREAD_SELECTOR}, [contenteditable]`) ?? [])]) if (isUnread(el as unknown as Element)) el.remove();
  return extractArticle(document as unknown as Document, url);
}
