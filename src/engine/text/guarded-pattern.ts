/**
 * Patterns whose matches must not follow some text: a place not passed through ("via Doha"), a word
 * that starts a word of the text. Written as one regular expression that opens with a negative
 * look-behind, V8 runs the look-behind at every position of the text before it looks for the words,
 * and cannot skip ahead to where they could start: on a page, or for every sentence of one, that
 * costs several times the search itself. Here the words are searched for alone and the look-behind
 * is tested only where they match; a match it rules out is searched past by one character, as the
 * single pattern would do, so the matches are the single pattern's. (For a pattern that can match
 * the empty string, V8's single Unicode pattern may also find empty matches inside a surrogate pair,
 * which this search, stepping by whole characters, does not; no caller's pattern matches empty.)
 */
import { indexAfter } from './all-matches';

export interface GuardedPattern {
  /** What is searched for, without the look-behind (global). */
  scan: RegExp;
  /** What a match must not follow, tested at the match's start (sticky). */
  ruledOut: RegExp;
}

/** The pattern `(?<!notAfter)source` with `flags` (case and Unicode flags apply to both parts). */
export function guardedPattern(notAfter: string, source: string, flags: string): GuardedPattern {
  const shared = flags.replace(/[gy]/g, '');
  return { scan: new RegExp(source, `${shared}g`), ruledOut: new RegExp(`(?<=${notAfter})`, `${shared}y`) };
}

/** Every match, in order, as `allMatches` finds them with the single pattern. */
export function guardedMatches(text: string, pattern: GuardedPattern): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  for (let m = nextMatch(text, pattern, 0); m; m = nextMatch(text, pattern, endOf(text, m, pattern))) matches.push(m);
  return matches;
}

/** The first match at or after `from`, as the single pattern would find it searching from there. */
export function guardedMatchFrom(text: string, pattern: GuardedPattern, from: number): RegExpExecArray | undefined {
  return nextMatch(text, pattern, from);
}

/** Whether the text holds a match. */
export function guardedTest(text: string, pattern: GuardedPattern): boolean {
  return nextMatch(text, pattern, 0) !== undefined;
}

/** How many matches the text holds. */
export function guardedCount(text: string, pattern: GuardedPattern): number {
  let count = 0;
  for (let m = nextMatch(text, pattern, 0); m; m = nextMatch(text, pattern, endOf(text, m, pattern))) count++;
  return count;
}

/** Where the search goes on after a match: its end, or past it by one character when it is empty. */
function endOf(text: string, m: RegExpExecArray, { scan }: GuardedPattern): number {
  return m[0] === '' ? indexAfter(text, m.index, scan.unicode || scan.unicodeSets) : m.index + m[0].length;
}

/** The first match at or after `from`. Both patterns' `lastIndex` are left at 0. */
function nextMatch(text: string, { scan, ruledOut }: GuardedPattern, from: number): RegExpExecArray | undefined {
  const unicode = scan.unicode || scan.unicodeSets;
  let found: RegExpExecArray | undefined;
  scan.lastIndex = from;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    ruledOut.lastIndex = m.index;
    if (!ruledOut.test(text)) {
      found = m;
      break;
    }
    scan.lastIndex = indexAfter(text, m.index, unicode);
  }
  scan.lastIndex = 0;
  ruledOut.lastIndex = 0;
  return found;
}
