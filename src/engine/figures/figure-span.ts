/**
 * The common shape of every figure finder: a function from sentence text to spans. A span without
 * a value is a mask: text that looks numeric but is not a figure (footnotes, "COVID-19", year ranges),
 * claimed early so that later finders cannot read numbers inside it.
 */
import type { FigureValue } from '../../types';
import { patternOf, type LazyPattern } from '../text/lazy-pattern';
import type { FigureGrammar } from './figure-grammar';
import { allMatches } from '../text/all-matches';

/** Options shared by the figure parsers. */
export interface FigureContext {
  /** Year for dates written without one ("23 June"); defaults to `DEFAULT_YEAR`. */
  year?: number;
  /** The story's figure grammar (facets and cues); without one, no figure gets a facet. */
  grammar?: FigureGrammar;
  /** Whether the text is a headline or subhead, read in headline grammar (see `placeFinders`). */
  headline?: boolean;
  /**
   * The sentence before: where this one's subject is a pronoun for it ("They were restricted to a
   * single day"), a cue's context may be found there (see `cueHits`).
   */
  referent?: string;
  /**
   * The text is a fact box's row read as a line (`asFactLine`): its label ends at this offset, where a
   * colon was set between label and value ("Countries behind the push: 20 signatories").
   */
  label?: number;
}

/**
 * The year dates without one fall in when a caller gives none (tests, one-off parsing). The analysis
 * always passes its story's own `year` from seeds/story.json.
 */
export const DEFAULT_YEAR = 2026;

/** A stretch of the sentence claimed by a finder; offsets into the sentence. */
export interface FigureSpan {
  start: number;
  end: number;
  /** Absent for masks. */
  value?: FigureValue;
}

/**
 * A finder of figures (or masks) of one shape. One with a `trigger` (see `needing`) finds nothing in
 * text the trigger does not match, so a sentence without it is not searched with the finder.
 */
export type FigureFinder = ((text: string, year: number) => FigureSpan[]) & { readonly trigger?: RegExp };

/**
 * Marks a finder with a cheap pattern that every text it finds something in matches: a digit for
 * "23 June" or "COVID-19", a number word for counts, a season's name. Most sentences of an article
 * have no digit and no season, and a finder they skip costs nothing. A unit test checks each trigger
 * against every fixture sentence.
 */
export function needing(trigger: RegExp, find: (text: string, year: number) => FigureSpan[]): FigureFinder {
  if (trigger.global || trigger.sticky) throw new TypeError(`a trigger is tested, so it must not be global or sticky: /${trigger.source}/${trigger.flags}`);
  return Object.assign(find, { trigger });
}

/** A digit: what most dates and every mask of a code, a time or an amount hold. */
export const DIGIT = /\d/;

/** Marks a finder whose every match holds a digit (see `needing`). */
export function needingDigit(find: (text: string, year: number) => FigureSpan[]): FigureFinder {
  return needing(DIGIT, find);
}

/**
 * Runs a global regex over text and maps each match to a span, dropping matches the mapper rejects.
 * `group` picks a capture group whose range becomes the span (needs the `d` flag); 0 is the whole match.
 */
export function spansOf(
  text: string,
  pattern: RegExp | LazyPattern,
  toValue: (match: RegExpExecArray) => FigureValue | undefined | 'mask',
  group = 0,
): FigureSpan[] {
  const spans: FigureSpan[] = [];
  for (const match of allMatches(text, patternOf(pattern))) {
    const value = toValue(match);
    if (value === undefined) continue;
    const [start, end] = group === 0 ? [match.index, match.index + match[0].length] : match.indices![group];
    spans.push(value === 'mask' ? { start, end } : { start, end, value });
  }
  return spans;
}

/** Zero-padded two-digit form for ISO dates. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
