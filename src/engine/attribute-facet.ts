/**
 * Decides which facet a figure speaks about from the cue words nearest to it. Each figure takes the
 * facet of the closest cue that fits its shape, so "five visas valid for one day for the 23 June
 * meeting" gives visas.issued 5, visas.validity 1 day and meeting.date 2026-06-23.
 */
import type { Facet, FigureValue, PageFigure } from '../types';
import { FACET_CUES, type FacetCue, type FigureShape } from './facet-cues';
import { lazyPattern } from './lazy-pattern';

/** A figure to attribute: where it is and what it is. */
export type LocatedFigure = Pick<PageFigure, 'start' | 'end' | 'value'>;

/** Cues further than this many words from a figure do not speak about it. */
export const MAX_CUE_DISTANCE = 12;
/** Counted nouns follow their number ("five visas"): a cue after the figure is slightly closer. */
const AFTER_BONUS = 0.5;
/** A cue beyond another figure most likely belongs to that figure. */
const FIGURE_BETWEEN_PENALTY = 4;
/**
 * A lone "one" is as often an article or pronoun as a count ("one report suggested…"), so it takes
 * a facet only from a cue right after it ("one visa", "one delegate").
 */
const LONE_ONE = /^(?:one|1)$/i;
const LONE_ONE_MAX_DISTANCE = 1 - AFTER_BONUS;

/** A cue across a clause break (";", ":", a dash) is less likely to be about the figure. */
const CLAUSE_BREAK_PENALTY = 3;

const CLAUSE_BREAK = /[;:—]|\s–\s/g;
const WORD = /[\p{L}\p{N}]+/gu;

function alternation(phrases: readonly string[], flags: string): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, '[\\s-]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/** The cue patterns, each compiled on first use (the content script loads on every page, most never analysed). */
const COMPILED = FACET_CUES.map((cue) => ({
  cue,
  words: lazyPattern(() => alternation(cue.words, 'giu')),
  context: cue.context && lazyPattern(() => alternation(cue.context!, 'iu')),
}));

/** The shape of a figure, used to pick the cues that can apply to it. */
export function figureShape(value: FigureValue): FigureShape {
  switch (value.kind) {
    case 'date':
      return value.iso.length === 4 ? 'year' : value.iso.length === 7 ? 'month' : 'day';
    case 'date-range':
      return 'range';
    default:
      return value.kind;
  }
}

interface CueHit {
  cue: FacetCue;
  order: number;
  start: number;
  end: number;
}

/** Every cue occurrence in the sentence whose context condition holds. */
function cueHits(sentence: string): CueHit[] {
  const hits: CueHit[] = [];
  COMPILED.forEach(({ cue, words, context }, order) => {
    if (context && !context().test(sentence)) return;
    for (const m of sentence.matchAll(words())) hits.push({ cue, order, start: m.index, end: m.index + m[0].length });
  });
  return hits;
}

function countIn(pattern: RegExp, text: string): number {
  return [...text.matchAll(pattern)].length;
}

/** How far a cue is from a figure, in words, with the penalties above; lower is closer. */
function cueDistance(sentence: string, figure: LocatedFigure, hit: CueHit, others: readonly LocatedFigure[]): number {
  const after = hit.start >= figure.end;
  const [from, to] = after ? [figure.end, hit.start] : [hit.end, figure.start];
  if (to < from) return Infinity; // the cue overlaps the figure itself
  const between = sentence.slice(from, to);
  const figuresBetween = others.filter((o) => o !== figure && o.start >= from && o.end <= to).length;
  return (
    countIn(WORD, between) -
    (after ? AFTER_BONUS : 0) -
    (hit.cue.pull ?? 0) +
    figuresBetween * FIGURE_BETWEEN_PENALTY +
    countIn(CLAUSE_BREAK, between) * CLAUSE_BREAK_PENALTY
  );
}

/**
 * The facet one figure of a sentence speaks about, or undefined when no cue is close enough.
 * `figures` are all figures of the sentence, so that a cue nearer to another figure goes to that one.
 */
export function attributeFacet(sentence: string, figure: LocatedFigure, figures: readonly LocatedFigure[] = [figure]): Facet | undefined {
  if (figure.value.kind === 'place') return 'meeting.venue';
  const shape = figureShape(figure.value);
  const loneOne = shape === 'count' && LONE_ONE.test(sentence.slice(figure.start, figure.end));
  const maxDistance = loneOne ? LONE_ONE_MAX_DISTANCE : MAX_CUE_DISTANCE;
  let best: { facet: Facet | null; score: number; order: number } | undefined;
  for (const hit of cueHits(sentence)) {
    if (!hit.cue.shapes.includes(shape)) continue;
    const score = cueDistance(sentence, figure, hit, figures);
    if (score > maxDistance || (loneOne && hit.start < figure.end)) continue;
    if (!best || score < best.score || (score === best.score && hit.order < best.order)) {
      best = { facet: hit.cue.facet, score, order: hit.order };
    }
  }
  return best?.facet ?? undefined;
}

/**
 * Attributes every figure of a sentence. "N others" / "N more" takes the facet of the count before
 * it ("three visa requests … and two others"), since its noun is that count's noun.
 */
export function attributeFacets(sentence: string, figures: readonly LocatedFigure[]): PageFigure[] {
  const result: PageFigure[] = [];
  for (const figure of figures) {
    const facet = addsToEarlierCount(figure, result) ?? attributeFacet(sentence, figure, figures);
    result.push({ ...figure, raw: sentence.slice(figure.start, figure.end), ...(facet && { facet }) });
  }
  return result;
}

function addsToEarlierCount(figure: LocatedFigure, earlier: readonly PageFigure[]): Facet | undefined {
  if (figure.value.kind !== 'count' || figure.value.note !== 'others') return undefined;
  return earlier.findLast((f) => f.value.kind === 'count' && f.facet)?.facet;
}
