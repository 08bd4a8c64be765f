/**
 * Patterns of the shape `(?:\b(HEDGE)\s+)?REST`: a figure with the hedge that may stand before it
 * ("nearly 20", "more than 80 groups", "up to two weeks"). V8 tries the optional hedge at every
 * character of the text, and REST opens with a look-behind (a number must not continue a word), so
 * it cannot skip ahead to where a figure could start: on a page's sentences that costs several times
 * the search for the figures alone.
 *
 * Here REST is searched for alone, without its look-behind (see guarded-pattern.ts). Where it starts,
 * a look-behind reads the hedge back from it, and the single pattern is run, sticky, from where its
 * match must then start: the hedge's start, or REST's own. A look-behind tries the hedge's phrases in
 * their order, longest first, and the phrases that end at the same place are the words of one another's
 * ends, so the first found is the longest, the one the single pattern, searching forward, meets first.
 * That holds while no REST can start inside a hedge (no hedge holds a number word): a test checks it.
 */
import { guardedMatchFrom, guardedPattern, type GuardedPattern } from './guarded-pattern';
import { indexAfter } from './all-matches';
import { lazyPattern } from './lazy-pattern';

export interface HedgedPattern {
  /** Where REST can start: its pattern without the look-behind, and the look-behind's text. */
  rest: GuardedPattern;
  /** The hedge and the spaces after it, ending where it is tested (sticky); group 1 is both. */
  hedgeBefore: RegExp;
  /** The single pattern, run where its match starts (sticky). */
  at: RegExp;
  /** The single pattern (global): what is matched, and the fallback when the hedge found starts too early. */
  whole: RegExp;
}

/**
 * The pattern `(?:\b(hedge)\s+)?rest` with `flags`, where `rest` matches exactly where
 * `(?<!restNotAfter)(?:restScan)` does. `hedge` must hold no capturing group of its own.
 */
export function hedgedPattern(hedge: string, rest: string, restScan: string, restNotAfter: string, flags: string): HedgedPattern {
  const shared = flags.replace(/[gy]/g, '');
  const whole = `(?:\\b(${hedge})\\s+)?${rest}`;
  return {
    rest: guardedPattern(restNotAfter, restScan, shared),
    hedgeBefore: new RegExp(`(?<=\\b((?:${hedge})\\s+))`, `${shared}y`),
    at: new RegExp(whole, `${shared}y`),
    whole: new RegExp(whole, `${shared}g`),
  };
}

/** Every match of the single pattern, in order, as `allMatches` finds them. Every pattern's `lastIndex` is left at 0. */
export function hedgedMatches(text: string, pattern: HedgedPattern): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  const unicode = pattern.whole.unicode || pattern.whole.unicodeSets;
  for (let from = 0, rest = guardedMatchFrom(text, pattern.rest, 0); rest; rest = guardedMatchFrom(text, pattern.rest, from)) {
    const m = matchBefore(text, pattern, rest.index, from);
    if (!m) break;
    matches.push(m);
    from = m[0] === '' ? indexAfter(text, m.index, unicode) : m.index + m[0].length;
  }
  return matches;
}

/** The single pattern's first match at or after `from`, given that REST starts at `restStart` and nowhere before it. */
function matchBefore(text: string, { hedgeBefore, at, whole }: HedgedPattern, restStart: number, from: number): RegExpExecArray | null {
  hedgeBefore.lastIndex = restStart;
  const hedge = hedgeBefore.exec(text);
  hedgeBefore.lastIndex = 0;
  const start = hedge ? restStart - hedge[1].length : restStart;
  // A hedge starting inside the previous match is searched past by the single pattern itself, which
  // may find a shorter one after it.
  if (start >= from) {
    at.lastIndex = start;
    const m = at.exec(text);
    at.lastIndex = 0;
    if (m) return m;
  }
  whole.lastIndex = from;
  const m = whole.exec(text);
  whole.lastIndex = 0;
  return m;
}

/** A hedged pattern built on first use, its patterns registered to be warmed with the others (see `warmPatterns`). */
export function lazyHedgedPattern(make: () => HedgedPattern): () => HedgedPattern {
  let pattern: HedgedPattern | undefined;
  const get = () => (pattern ??= make());
  lazyPattern(() => get().rest.scan);
  lazyPattern(() => get().rest.ruledOut);
  lazyPattern(() => get().hedgeBefore);
  lazyPattern(() => get().at);
  lazyPattern(() => get().whole);
  return get;
}
