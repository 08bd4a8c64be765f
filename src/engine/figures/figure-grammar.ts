/**
 * The story's figure grammar, compiled from its data (seeds/facets.json): which facets exist, the cue
 * words that tell which facet a figure speaks about, and the facet flags the parsers need. The engine
 * holds no facet of its own; a second story brings its own grammar.
 */
import type { ClaimSpec, FacetCueSpec, FacetSpec, FacetsSpec, FigureShape, FigureValue, NumberMaskSpec, VenuesSpec } from '../../types';
import { wordAlternation } from '../text/word-alternation';
import { guardedMatches, guardedPattern, guardedTest, type GuardedPattern } from '../text/guarded-pattern';
import { allMatches } from '../text/all-matches';


/** A cue with its context resolved to words. */
export interface FacetCue extends Omit<FacetCueSpec, 'context'> {
  context?: readonly string[];
}

/** One cue with its patterns, built on first use. */
export interface CompiledCue {
  cue: FacetCue;
  /**
   * The single pattern of the cue's words: a label cue's hits are found with it; every other cue's
   * `hitsIn` finds what it would, faster (a test compares the two on every fixture sentence).
   */
  words: () => RegExp;
  /** Every match of `words` in a text, as `allMatches` finds them (searched for as `guardedPhrases` says why). */
  hitsIn: (text: string) => RegExpExecArray[];
  /** Whether the cue's context (its phrases, not as the first half of a qualifying compound) is in a text, tested the same way. */
  contextIn?: (text: string) => boolean;
  /** Whether a text holds one of the cue's `notIn` phrases (and none of its `unlessIn`). */
  elsewhereIn?: (text: string) => boolean;
  /**
   * The first words of the cue's phrases, lower-cased: a sentence without any of them holds no hit
   * of the cue, so its pattern need not run. Undefined where a phrase does not open with a plain word.
   */
  opens?: ReadonlySet<string>;
}

/** First words of the phrases; undefined if a phrase opens with anything but a plain ASCII word. */
function openingWords(phrases: readonly string[]): Set<string> | undefined {
  const opens = new Set<string>();
  for (const phrase of phrases) {
    const first = /^([a-z0-9]+)(?![^\s\-'’])/i.exec(phrase);
    if (!first) return undefined;
    opens.add(first[1].toLowerCase());
  }
  return opens;
}

/** Everything figure attribution and the grammar-bound finders need, compiled once per grammar. */
export interface FigureGrammar {
  facets: readonly FacetSpec[];
  cues: readonly CompiledCue[];
  /** More words than any cue's pull can make up for: hits further away cannot win. */
  windowWords: number;
  /** The facet a venue (a place figure) speaks about, if the story has one. */
  placeFacet?: string;
  /** Facets that count a whole ("two of the five envoys" is a part, no figure for them). */
  wholes: ReadonlySet<string>;
  /** Facets whose claims are facts even without their figure ("Belgium issued the visas"). */
  statedWithoutFigure: ReadonlySet<string>;
  /**
   * For facets with `periodMonths`: the month spans (as month numbers, see `monthNumber`) within that
   * many months of some claim's value for the facet (see `FacetSpec.periodMonths`).
   */
  periods: ReadonlyMap<string, readonly MonthSpan[]>;
  /** Count nouns whose absence a report states as a figure ("no visa requests"), longest first. */
  zeroNouns: readonly string[];
  /** Facets marked `countsZero`: the only ones a count of none speaks about. */
  zeroFacets: ReadonlySet<string>;
  venues?: VenuesSpec;
  masks?: readonly NumberMaskSpec[];
  /** Whether a text names the story's city (`venues.city.words`); never without venues. */
  namesCity: (text: string) => boolean;
}

/** Cues further than this many words from a figure do not speak about it. */
export const MAX_CUE_DISTANCE = 12;

/** An alternation of whole phrases, a space also matching a hyphen; `after` is a lookahead each must pass. */
export function phrasePattern(phrases: readonly string[], flags: string, after = ''): RegExp {
  return new RegExp(`(?<!${PHRASE_NOT_AFTER})(?:${wordAlternation(phrases)})(?![\\p{L}\\p{N}])${after}`, flags);
}

/** What a phrase of `phrasePattern` must not follow: a letter or a digit. */
const PHRASE_NOT_AFTER = '[\\p{L}\\p{N}]';

/**
 * `phrasePattern`'s matches, searched for without its opening look-behind, which is tested where the
 * phrases match (see guarded-pattern.ts): every cue of the story is searched for in every sentence
 * with a figure, and with the look-behind tried at every character that costs several times the search.
 */
export function guardedPhrases(phrases: readonly string[], flags: string, after = ''): GuardedPattern {
  return guardedPattern(PHRASE_NOT_AFTER, `(?:${wordAlternation(phrases)})(?![\\p{L}\\p{N}])${after}`, flags);
}

/** Where a label cue's words must stand: first in the line, a bullet or a few marks before them ("• When"); bounded, so a long run of marks is not scanned back from every position. */
const LINE_OPENING = '(?<=^[^\\p{L}\\p{N}]{0,8})';
/** And what must follow them: the label's colon, not a clock time's ("When: Tuesday", not "10:30"). */
const LABEL_COLON = '(?=\\s*:(?!\\d))';

/**
 * A context word that only qualifies someone else ("Taliban-appointed officials" in German consulates,
 * "Taliban-era decrees") gives no context: those are not the Taliban's delegates. "Taliban-run" and
 * "Taliban-led" do not qualify this way: a Taliban-run ministry's officials are the Taliban's.
 */
export const QUALIFIER_COMPOUND = '(?![-‐](?:appointed|approved|backed|linked|allied|era|style)(?![\\p{L}\\p{N}]))';

function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const grammars = new WeakMap<FacetsSpec, FigureGrammar>();

/** Compiles (once per spec) a story's figure grammar; `claims` give the facets' periods. */
export function figureGrammarOf(spec: FacetsSpec, claims: readonly Pick<ClaimSpec, 'facet' | 'value'>[] = []): FigureGrammar {
  let grammar = grammars.get(spec);
  if (!grammar) grammars.set(spec, (grammar = compileGrammar(spec, claims)));
  return grammar;
}

/** First and last month a date covers, as month numbers. */
export interface MonthSpan {
  first: number;
  last: number;
}

/** "2026-06" (or "2026-06-23") as a month number, so that months can be added and compared. */
function monthNumber(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + (iso.length >= 7 ? Number(iso.slice(5, 7)) - 1 : 0);
}

/** The first month (0-based) of each third of a year. */
export const YEAR_PART_FIRST_MONTH = { early: 0, mid: 4, late: 8 } as const;

/** The months a date value covers ("2026" is all of 2026); undefined for a value that is no date. */
export function monthSpanOf(value: FigureValue): MonthSpan | undefined {
  const [from, to] = value.kind === 'date' ? [value.iso, value.iso] : value.kind === 'date-range' ? [value.from, value.to] : [];
  if (from === undefined || to === undefined) return undefined;
  if (value.kind === 'date' && value.iso.length === 4 && value.part) {
    // A third of the year: "early 2026" is January to April.
    const first = monthNumber(from) + YEAR_PART_FIRST_MONTH[value.part];
    return { first, last: first + 3 };
  }
  return { first: monthNumber(from), last: monthNumber(to) + (to.length === 4 ? 11 : 0) };
}

function claimPeriods(facets: readonly FacetSpec[], claims: readonly Pick<ClaimSpec, 'facet' | 'value'>[]): Map<string, MonthSpan[]> {
  const periods = new Map<string, MonthSpan[]>();
  for (const facet of facets) {
    if (facet.periodMonths === undefined) continue;
    const margin = facet.periodMonths;
    const spans = claims.flatMap((c) => (c.facet === facet.key && c.value ? [monthSpanOf(c.value)] : [])).filter((s) => s !== undefined);
    if (spans.length) periods.set(facet.key, spans.map((s) => ({ first: s.first - margin, last: s.last + margin })));
  }
  return periods;
}

/** Resolves a cue's `context`: a list of words, or `@name` of one of the spec's `lists`. */
export function contextWords(spec: FacetsSpec, context: FacetCueSpec['context']): readonly string[] | undefined {
  if (context === undefined) return undefined;
  return typeof context === 'string' ? spec.lists?.[context.slice(1)] : context;
}

function compileGrammar(spec: FacetsSpec, claims: readonly Pick<ClaimSpec, 'facet' | 'value'>[]): FigureGrammar {
  const cues: FacetCue[] = spec.cues.map((cue) => ({ ...cue, context: contextWords(spec, cue.context) }));
  const zeroFacets = new Set(spec.facets.filter((f) => f.countsZero).map((f) => f.key));
  return {
    facets: spec.facets,
    cues: cues.map(compileCue),
    windowWords: MAX_CUE_DISTANCE + Math.max(0, ...cues.map((cue) => cue.pull ?? 0)) + 2,
    placeFacet: spec.facets.find((f) => f.kinds.includes('place'))?.key,
    wholes: new Set(spec.facets.filter((f) => f.whole).map((f) => f.key)),
    statedWithoutFigure: new Set(spec.facets.filter((f) => f.statedWithoutFigure).map((f) => f.key)),
    periods: claimPeriods(spec.facets, claims),
    venues: spec.venues,
    namesCity: phraseTest(spec.venues?.city.words ?? []),
    masks: spec.masks,
    zeroNouns: [...new Set(cues.filter((c) => c.facet !== null && zeroFacets.has(c.facet)).flatMap((c) => c.words))].sort((a, b) => b.length - a.length),
    zeroFacets,
  };
}

/**
 * What a cue that names people (`FacetCueSpec.names`) must not be followed by: a verb of speech,
 * whose subject it then is. "Talks were held in Brussels on 23 June, officials in Kabul said": the
 * officials in Kabul are who speaks, not the mission that met them there.
 */
const NOT_SPEAKING = '(?!\\s+(?:(?:have|has|had)\\s+)?(?:said|say|says|told|tell|tells|announced|confirmed|stated|reported|added|insisted|noted|claimed)(?![\\p{L}\\p{N}]))';

/** A cue's patterns; a label cue, whose words must also open the line, is searched for with its single pattern. */
function compileCue(cue: FacetCue): CompiledCue {
  const after = cue.names ? NOT_SPEAKING : '';
  const words = lazy(() => (cue.label ? new RegExp(LINE_OPENING + phrasePattern(cue.words, 'giu', LABEL_COLON).source, 'giu') : phrasePattern(cue.words, 'giu', after)));
  const guardedWords = lazy(() => guardedPhrases(cue.words, 'iu', after));
  // A context's phrases count except as the first half of a qualifying compound.
  const { context } = cue;
  const guardedContext = context && lazy(() => guardedPhrases(context, 'iu', QUALIFIER_COMPOUND));
  return {
    cue,
    words,
    hitsIn: cue.label ? (text) => allMatches(text, words()) : (text) => guardedMatches(text, guardedWords()),
    ...(guardedContext && { contextIn: (text: string) => guardedTest(text, guardedContext()) }),
    ...(cue.notIn && { elsewhereIn: cue.unlessIn ? unlessHeld(phraseTest(cue.notIn), phraseTest(cue.unlessIn)) : phraseTest(cue.notIn) }),
    opens: openingWords(cue.words),
  };
}

/** Whether a text holds one of `elsewhere`'s phrases and none of `home`'s (`FacetCueSpec.unlessIn`). */
function unlessHeld(elsewhere: (text: string) => boolean, home: (text: string) => boolean): (text: string) => boolean {
  return (text) => elsewhere(text) && !home(text);
}

/** Whether a text holds one of `phrases` (none: never), its pattern compiled on first use. */
function phraseTest(phrases: readonly string[]): (text: string) => boolean {
  if (phrases.length === 0) return () => false;
  const pattern = lazy(() => phrasePattern(phrases, 'iu'));
  return (text) => pattern().test(text);
}

/** A grammar with no facets: figures are found, none is attributed (parsing without a story). */
export const NO_FACETS: FacetsSpec = { facets: [], cues: [] };

/** Shapes a cue may apply to, for the validator. */
export const FIGURE_SHAPES: readonly FigureShape[] = ['count', 'duration', 'year', 'year-part', 'month', 'day', 'range', 'place'];
