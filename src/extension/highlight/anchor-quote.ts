import { foldText, type PageTextMap } from './page-text-map';

/** Where a quote sits in a page: a span of a text node, in document order. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

/** How many skeleton characters of each end of a quote to try when the whole quote is not found. */
const EDGE_LENGTH = 32;
/** How much longer than the quote the page's version may be when anchored by its two ends. */
const STRETCH = 1.25;

/** A quote found in the page: its span in the skeleton text, and the text-node segments it covers. */
export interface AnchoredQuote {
  start: number;
  end: number;
  segments: TextSegment[];
}

/**
 * Finds `quote` in the page, or returns null when it is not there.
 * `expectedRatio` (0..1) is where the quote sat in the extracted article; among several occurrences
 * the one nearest that point wins. Exact skeleton match first; then the quote's two ends, for pages
 * whose text differs a little inside the sentence (an inline ad, a footnote marker).
 */
export function anchorQuote(map: PageTextMap, quote: string, expectedRatio: number): AnchoredQuote | null {
  const needle = foldText(quote);
  if (!needle) return null;
  const expected = expectedRatio * map.text.length;
  const span = findExact(map.text, needle, expected) ?? findByEnds(map.text, needle, expected);
  return span ? { ...span, segments: segmentsOf(map, span.start, span.end) } : null;
}

interface Span {
  start: number;
  end: number;
}

function findExact(haystack: string, needle: string, expected: number): Span | undefined {
  const start = nearest(occurrences(haystack, needle), expected);
  return start === undefined ? undefined : { start, end: start + needle.length };
}

function findByEnds(haystack: string, needle: string, expected: number): Span | undefined {
  if (needle.length < EDGE_LENGTH * 2) return undefined;
  const head = needle.slice(0, EDGE_LENGTH);
  const tail = needle.slice(-EDGE_LENGTH);
  const spans: Span[] = [];
  for (const start of occurrences(haystack, head)) {
    const limit = start + Math.ceil(needle.length * STRETCH);
    const tailAt = haystack.indexOf(tail, start + EDGE_LENGTH);
    if (tailAt !== -1 && tailAt + EDGE_LENGTH <= limit) spans.push({ start, end: tailAt + EDGE_LENGTH });
  }
  const best = nearest(spans.map((s) => s.start), expected);
  return spans.find((s) => s.start === best);
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function nearest(positions: number[], expected: number): number | undefined {
  let best: number | undefined;
  for (const position of positions) {
    if (best === undefined || Math.abs(position - expected) < Math.abs(best - expected)) best = position;
  }
  return best;
}

/** Turns a skeleton span into per-node segments, merging consecutive characters of one node. */
export function segmentsOf(map: PageTextMap, start: number, end: number): TextSegment[] {
  const segments: TextSegment[] = [];
  for (let i = start; i < end; i++) {
    const node = map.nodes[map.nodeIndex[i]];
    const offset = map.offsets[i];
    const last = segments[segments.length - 1];
    if (last?.node === node) last.end = offset + 1;
    else segments.push({ node, start: offset, end: offset + 1 });
  }
  return segments;
}
