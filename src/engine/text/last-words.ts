/**
 * The last words of a text, as `(?:\S+\s+){0,n}\S*$` finds them, read back from the text's end. That
 * pattern is tried from every character until it reaches the end with few enough words, each try
 * reading the rest of the text: for the few hundred characters before every cue of every sentence,
 * that is most of reading the cue's context.
 */

/** Whether the character at `at` is one that `\s` matches. */
function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(text[at]);
}
const SPACE = /\s/;

/**
 * Where the match of `(?:\S+\s+){0,count}\S*$` in `text` starts. A start must be a non-space (or the
 * end), and from there the text may hold at most `count` runs of spaces: so it is right after the run
 * `count + 1` from the end, or, with fewer runs, the text's start (or the end of the spaces it opens with).
 */
export function lastWordsStart(text: string, count: number): number {
  let runs = 0;
  let runEnd = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if (!isSpace(text, i)) continue;
    // A run of spaces, from its last character back to its first.
    const end = i + 1;
    while (i > 0 && isSpace(text, i - 1)) i--;
    if (++runs > count) return end;
    runEnd = i === 0 ? end : runEnd;
  }
  return runEnd >= 0 ? runEnd : 0;
}
