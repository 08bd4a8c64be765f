/**
 * Every match of a global pattern in a text, like `[...text.matchAll(pattern)]` but on the pattern
 * itself: `matchAll` copies the pattern on every call, which costs more than the search on a short
 * sentence, and the figure finders run dozens of patterns on every sentence of a page.
 *
 * All matches are collected before any is returned, so a caller may run the same pattern again
 * while it reads them. The pattern's `lastIndex` is left at 0.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    matches.push(m);
    // An empty match would be found again at the same place.
    if (m[0] === '') pattern.lastIndex = indexAfter(text, pattern.lastIndex, pattern.unicode || pattern.unicodeSets);
  }
  pattern.lastIndex = 0;
  return matches;
}

/** The index after the character at `at`: a whole surrogate pair in a Unicode pattern, as `matchAll` steps. */
export function indexAfter(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
