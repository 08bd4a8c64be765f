import { textSkeleton } from './text-skeleton';
import type { PageTextMap } from './page-text-map';

/** A quote found in the page skeleton: [start, end) of `PageTextMap.text`. */
export interface SkeletonSpan {
  start: number;
  end: number;
}

/** How many skeleton characters of each end of a quote to try when the whole quote is not found. */
const EDGE_LENGTH = 32;
/** How much longer than the quote the page's version may be when anchored by its two ends. */
const STRETCH = 1.25;
/** How far before the expected position the first search starts: a repeated sentence finds its own copy. */
const LEAD_IN = 2000;
/** Half-width of the window around the expected position searched next, as a share of the page. */
const WINDOW_SHARE = 0.1;
const MIN_WINDOW = 4000;

/**
 * Finds `quote` in the page skeleton, or null. `expectedRatio` (0..1) is where the quote sat in the
 * extracted article: the window around that point is searched first, then the whole page from the
 * start, so each quote costs at most a few `indexOf` calls whatever the page's size or how often the
 * quote repeats. Exact skeleton match first; then the quote's two ends, for pages whose text differs
 * a little inside the sentence (an inline ad, a footnote marker).
 */
export function anchorQuote(text: string, quote: string, expectedRatio: number): SkeletonSpan | null {
  const needle = textSkeleton(quote);
  if (!needle) return null;
  const expected = Math.floor(expectedRatio * text.length);
  const half = Math.max(MIN_WINDOW, text.length * WINDOW_SHARE);
  const windowEnd = expected + half;
  const starts = [Math.max(0, expected - LEAD_IN), Math.max(0, Math.floor(expected - half)), 0];
  for (const [i, from] of starts.entries()) {
    if (i > 0 && from >= starts[i - 1]) continue; // the same search again
    const last = from === 0;
    const exact = text.indexOf(needle, from);
    if (exact !== -1 && (last || exact <= windowEnd)) return { start: exact, end: exact + needle.length };
    const byEnds = findByEnds(text, needle, from);
    if (byEnds && (last || byEnds.start <= windowEnd)) return byEnds;
  }
  return null;
}

function findByEnds(text: string, needle: string, from: number): SkeletonSpan | null {
  if (needle.length < EDGE_LENGTH * 2) return null;
  const head = text.indexOf(needle.slice(0, EDGE_LENGTH), from);
  if (head === -1) return null;
  const tail = needle.slice(-EDGE_LENGTH);
  const tailAt = text.indexOf(tail, head + EDGE_LENGTH);
  const end = tailAt + EDGE_LENGTH;
  return tailAt !== -1 && end - head <= Math.ceil(needle.length * STRETCH) ? { start: head, end } : null;
}

/** A DOM Range over a skeleton span, or null when the page no longer has those nodes. */
export function rangeOf(doc: Document, map: PageTextMap, span: SkeletonSpan): Range | null {
  const first = map.locate(span.start);
  const last = map.locate(span.end - 1);
  if (!first || !last || !first.node.isConnected || !last.node.isConnected) return null;
  if (first.offset > first.node.length || last.offset + 1 > last.node.length) return null;
  const range = doc.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}

/** Keeps spans that do not overlap an earlier-kept one, in page order: sorting, not pairwise checks. */
export function withoutOverlaps<T extends SkeletonSpan>(spans: T[]): T[] {
  const kept: T[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}
