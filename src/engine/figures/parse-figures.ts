/**
 * Finds the figures of a sentence — counts, dates, date ranges, durations and the meeting venue —
 * and the facet each speaks about. Finders run in a fixed order and each claims its text: a later
 * finder cannot read a number inside a span an earlier one took ("23" in "23 June" is no count).
 */
import type { PageFigure } from '../../types';
import { attributeFacets } from './attribute-facet';
import { DEFAULT_YEAR, type FigureContext, type FigureFinder, type FigureSpan } from './figure-span';
import { DATELINE_FINDER, DENIED_ALTERNATIVE_FINDER, FOOTNOTE_FINDER, MASK_FINDERS, maskFinders, WEB_ADDRESS_FINDER } from './figure-masks';
import { COUNT_FINDERS, zeroCountFinder } from './parse-counts';
import { figureGrammarOf, NO_FACETS, type FigureGrammar } from './figure-grammar';
import { DATE_FINDERS, LOOSE_DATE_FINDERS } from './parse-dates';
import { DURATION_FINDERS } from './parse-durations';
import { placeFinders } from './parse-places';
import { WARM_INPUT } from '../text/lazy-pattern';
import { SEASON_FINDERS } from './parse-seasons';

/**
 * Every finder, in claiming order, for a story's grammar. A web address comes first (its path is no
 * date), then footnotes so "[23] June" stays a footnote, then a wire dateline ("BRUSSELS, June 24 (AFP) –") so its filing date is no meeting date,
 * then a figure the sentence denies ("not 24 June as first reported") so that it is masked whole;
 * full dates before the masks so "2026-06-23" is not read as a year range; durations before loose
 * dates and counts so "one-day" is a length, and years before counts so "in 2021" is no count of 2021.
 */
export function figureFinders(grammar: FigureGrammar, headline = false): readonly FigureFinder[] {
  const cache = headline ? headlineFindersByGrammar : findersByGrammar;
  let finders = cache.get(grammar);
  if (!finders) {
    finders = [
      WEB_ADDRESS_FINDER,
      FOOTNOTE_FINDER,
      DATELINE_FINDER,
      DENIED_ALTERNATIVE_FINDER,
      ...DATE_FINDERS,
      ...SEASON_FINDERS,
      ...MASK_FINDERS,
      ...maskFinders(grammar.masks),
      ...DURATION_FINDERS,
      ...LOOSE_DATE_FINDERS,
      ...COUNT_FINDERS,
      zeroCountFinder(grammar.zeroNouns),
      ...placeFinders(grammar.venues, headline),
    ];
    cache.set(grammar, finders);
  }
  return finders;
}
const findersByGrammar = new WeakMap<FigureGrammar, readonly FigureFinder[]>();
const headlineFindersByGrammar = new WeakMap<FigureGrammar, readonly FigureFinder[]>();

/** Index of the first claimed span that ends after `position`; `claimed` is sorted and non-overlapping. */
function firstEndingAfter(claimed: readonly FigureSpan[], position: number): number {
  let [low, high] = [0, claimed.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (claimed[middle].end <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Runs the finders in order, keeping each span that does not overlap one already claimed. The
 * claimed spans stay sorted, so a sentence with thousands of numbers is not checked pair by pair.
 */
export function claimSpans(sentence: string, year: number, finders: readonly FigureFinder[]): FigureSpan[] {
  const claimed: FigureSpan[] = [];
  // Several finders share a trigger (most need a digit): each is tested once.
  const triggered = new Map<RegExp, boolean>();
  for (const find of finders) {
    const { trigger } = find;
    if (trigger) {
      let holds = triggered.get(trigger);
      if (holds === undefined) triggered.set(trigger, (holds = trigger.test(sentence)));
      if (!holds) continue;
    }
    for (const span of find(sentence, year)) {
      if (span.end <= span.start) continue;
      const at = firstEndingAfter(claimed, span.start);
      if (at === claimed.length || claimed[at].start >= span.end) claimed.splice(at, 0, span);
    }
  }
  return claimed;
}

const warmedGrammars = new WeakSet<FigureGrammar>();
/** Finders warmed between two yields: each idle step is a wait, and a page in the background waits long. */
const FINDERS_PER_STEP = 4;

/**
 * Runs every finder and cue pattern on a sample sentence (twice, for V8's tier-up), a few per step,
 * once per grammar: the regular expressions compile on first use, and together they would make one
 * long task of the first sentence analysed.
 */
export function* warmFigureFinders(grammar: FigureGrammar): Generator<void, void, void> {
  if (warmedGrammars.has(grammar)) return;
  warmedGrammars.add(grammar);
  for (const [i, find] of figureFinders(grammar).entries()) {
    find(WARM_INPUT, DEFAULT_YEAR);
    find(WARM_INPUT, DEFAULT_YEAR);
    if (i % FINDERS_PER_STEP === FINDERS_PER_STEP - 1) yield;
  }
  for (const [i, { hitsIn, contextIn }] of grammar.cues.entries()) {
    hitsIn(WARM_INPUT);
    contextIn?.(WARM_INPUT);
    if (i % FINDERS_PER_STEP === FINDERS_PER_STEP - 1) yield;
  }
  parseFigures(WARM_INPUT, { grammar });
}

/**
 * The figures of one sentence, each with the facet it speaks about under `ctx.grammar` (the story's,
 * from `index.figureGrammar`); without a grammar, figures are found and none is attributed.
 */
export function parseFigures(sentence: string, ctx: FigureContext = {}): PageFigure[] {
  const year = ctx.year ?? DEFAULT_YEAR;
  const grammar = ctx.grammar ?? figureGrammarOf(NO_FACETS);
  const figures = claimSpans(sentence, year, figureFinders(grammar, ctx.headline))
    .filter((span): span is Required<FigureSpan> => span.value !== undefined)
    .sort((a, b) => a.start - b.start);
  return attributeFacets(sentence, figures, grammar, ctx.referent, ctx.label);
}
