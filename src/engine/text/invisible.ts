/**
 * Characters a reader never sees: the soft hyphen a print layout sets inside words
 * ("repre&shy;sen&shy;tatives"), zero-width spaces and joiners, the word joiner and the byte-order
 * mark. Left in, they break words for every pattern the engine reads, so the article's text
 * (build-article-text.ts) has none and the page's anchoring (text-skeleton.ts) drops them too.
 */

/** The invisible characters, anywhere in a text. */
export const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** The same, for a test (no `lastIndex` to reset between calls). */
export const HAS_INVISIBLE = new RegExp(INVISIBLE.source);

/** True for the code unit of an invisible character (the same set as `INVISIBLE`). */
export function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** Text as a reader sees it: invisible characters removed (before whitespace is read: `\s` takes in U+FEFF), runs of whitespace one space. */
export function asRead(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
