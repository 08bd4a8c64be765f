/**
 * Finds the figures of a sentence — counts, dates, date ranges, durations and the meeting venue —
 * and the facet each speaks about. Finders run in a fixed order and each claims its text: a later
 * finder cannot read a number inside a span an earlier one took ("23" in "23 June" is no count).
 */
import type { PageFigure } from '../types';
import { attributeFacets } from './attribute-facet';
import { DEFAULT_YEAR, type FigureContext, type FigureFinder, type FigureSpan } from './figure-span';
import { DATELINE_FINDER, FOOTNOTE_FINDER, MASK_FINDERS } from './figure-masks';
import { COUNT_FINDERS } from './parse-counts';
import { DATE_FINDERS, LOOSE_DATE_FINDERS } from './parse-dates';
import { DURATION_FINDERS } from './parse-durations';
import { PLACE_FINDERS } from './parse-places';
import { WARM_INPUT } from './lazy-pattern';
import { SEASON_FINDERS } from './parse-seasons';

/**
 * Every finder, in claiming order. Footnotes come first so "[23] June" stays a footnote, then a wire
 * dateline ("BRUSSELS, June 24 (AFP) –") so its filing date is no meeting date; full dates
 * before the masks so "2026-06-23" is not read as a year range; durations before loose dates and
 * counts so "one-day" is a length, and years before counts so "in 2021" is no count of 2021.
 */
export const FIGURE_FINDERS: readonly FigureFinder[] = [
  FOOTNOTE_FINDER,
  DATELINE_FINDER,
  ...DATE_FINDERS,
  ...SEASON_FINDERS,
  ...MASK_FINDERS,
  ...DURATION_FINDERS,
  ...LOOSE_DATE_FINDERS,
  ...COUNT_FINDERS,
  ...PLACE_FINDERS,
];

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
export function claimSpans(sentence: string, year: number, finders: readonly FigureFinder[] = FIGURE_FINDERS): FigureSpan[] {
  const claimed: FigureSpan[] = [];
  for (const find of finders) {
    for (const span of find(sentence, year)) {
      if (span.end <= span.start) continue;
      const at = firstEndingAfter(claimed, span.start);
      if (at === claimed.length || claimed[at].start >= span.end) claimed.splice(at, 0, span);
    }
  }
  return claimed;
}

let findersWarmed = false;
/** Finders warmed between two yields: each idle step is a wait, and a page in the background waits long. */
const FINDERS_PER_STEP = 4;

/**
 * Runs every finder on a sample sentence (twice, for V8's tier-up), a few finders per step, once per
 * page: the finders' regular expressions compile on first use, and together they would make one long
 * task of the first sentence analysed.
 */
export function* warmFigureFinders(): Generator<void, void, void> {
  if (findersWarmed) return;
  findersWarmed = true;
  for (const [i, find] of FIGURE_FINDERS.entries()) {
    find(WARM_INPUT, DEFAULT_YEAR);
    find(WARM_INPUT, DEFAULT_YEAR);
    if (i % FINDERS_PER_STEP === FINDERS_PER_STEP - 1) yield;
  }
  parseFigures(WARM_INPUT);
}

/**
 * The figures of one sentence, in text order, with offsets into the sentence and a facet where the
 * words around a figure say what it is about. Dates without a year take `ctx.year` (default 2026).
 */
export function parseFigures(sentence: string, ctx: FigureContext = {}): PageFigure[] {
  const year = ctx.year ?? DEFAULT_YEAR;
  const figures = claimSpans(sentence, year)
    .filter((span): span is Required<FigureSpan> => span.value !== undefined)
    .sort((a, b) => a.start - b.start);
  return attributeFacets(sentence, figures);
}
