/**
 * The anchoring "skeleton" of text: whitespace, soft hyphens and zero-width characters dropped,
 * curly quotes and dashes folded, letters lower-cased, one character in for at most one out.
 * Dropping whitespace (rather than collapsing it) lets a quote match even where the page splits
 * words with <br> or the extractor joined lines with a space.
 */

const FOLDED: Record<number, string> = {
  0x2018: "'", 0x2019: "'", 0x201a: "'", 0x2032: "'", 0x60: "'",
  0x201c: '"', 0x201d: '"', 0x201e: '"', 0x2033: '"', 0xab: '"', 0xbb: '"',
  0x2010: '-', 0x2011: '-', 0x2012: '-', 0x2013: '-', 0x2014: '-', 0x2212: '-',
};

/** True for a code unit the skeleton drops. */
export function isDropped(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0xad || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x2060 || code === 0x3000 || code === 0xfeff
  );
}

/** The skeleton form of one code unit (never dropped: test `isDropped` first). */
export function foldCode(text: string, i: number): string {
  const folded = FOLDED[text.charCodeAt(i)];
  if (folded) return folded;
  const lower = text[i].toLowerCase();
  return lower.length === 1 ? lower : text[i]; // keep offsets 1:1 where lower-casing would grow a char
}

/**
 * Folds `text`, calling `keep(i)` with the source offset of every skeleton character, in order.
 * Returns the skeleton.
 */
export function foldWithOffsets(text: string, keep?: (offset: number) => void): string {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isDropped(text.charCodeAt(i))) continue;
    out.push(foldCode(text, i));
    keep?.(i);
  }
  return out.join('');
}

/** The skeleton of a quote, for searching a page's skeleton. */
export function foldText(text: string): string {
  return foldWithOffsets(text);
}
