/**
 * The anchoring "skeleton" of text: whitespace, soft hyphens and zero-width characters dropped,
 * curly quotes and dashes folded, letters lower-cased, one character in for at most one out.
 * Dropping whitespace (rather than collapsing it) lets a quote match even where the page splits
 * words with <br> or the extractor joined lines with a space.
 */
import { isInvisible } from '../../engine/text/invisible';

const FOLDED: Record<number, string> = {
  0x2018: "'", 0x2019: "'", 0x201a: "'", 0x2032: "'", 0x60: "'",
  0x201c: '"', 0x201d: '"', 0x201e: '"', 0x2033: '"', 0xab: '"', 0xbb: '"',
  0x2010: '-', 0x2011: '-', 0x2012: '-', 0x2013: '-', 0x2014: '-', 0x2212: '-',
};

/** True for a code unit the skeleton drops: whitespace, and the characters nobody sees (invisible.ts). */
export function isDropped(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || isInvisible(code)
  );
}

/**
 * Folds `text` into its skeleton; when `offsets` is given (at least `text.length` long), writes there
 * the source offset of every skeleton character, in order. Lower-cases the whole text once and reads
 * it code unit by code unit: this runs over every text node of a page, so no per-character strings.
 */
export function foldWithOffsets(text: string, offsets?: Int32Array): string {
  const lower = text.toLowerCase();
  // Where lower-casing changes the length (rare: "İ"), fold from the original so offsets stay 1:1.
  const source = lower.length === text.length ? lower : text;
  let out = '';
  let runStart = -1;
  let count = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    const folded = code < 0x60 || (code > 0x7a && code < 0xab) ? undefined : FOLDED[code];
    if (folded !== undefined || isDropped(code)) {
      if (runStart !== -1) out += source.slice(runStart, i);
      runStart = -1;
      if (folded !== undefined) out += folded;
      else continue;
    } else if (runStart === -1) runStart = i;
    if (offsets) offsets[count] = i;
    count++;
  }
  if (runStart !== -1) out += source.slice(runStart);
  return out;
}

/** The skeleton of a quote, for searching a page's skeleton. */
export function textSkeleton(text: string): string {
  return foldWithOffsets(text);
}
