import { nextVisibleText } from '../content/serialize-page';
import { foldWithOffsets } from './text-skeleton';

/** One text node's part of the skeleton. */
interface MapEntry {
  node: Text;
  /** Where this node's skeleton starts in the page skeleton. */
  start: number;
  /** For each of its skeleton characters, the offset in the node's data. */
  offsets: Int32Array;
}

/**
 * The page's visible text as one skeleton string (see fold-text.ts), and the way back from a
 * skeleton offset to (text node, offset). Built per node, so mapping back is a binary search.
 */
export interface PageTextMap {
  text: string;
  /** The text node and offset of skeleton character `at`; undefined outside the map. */
  locate(at: number): { node: Text; offset: number } | undefined;
}

/** Skeleton characters mapped at most: the article sits in what the background was sent. */
export const MAX_MAP_CHARS = 1_000_000;
/** Text nodes, and characters, folded between two yields. */
const NODES_PER_STEP = 300;
const CHARS_PER_STEP = 30_000;

/**
 * Walks the text under `root` in steps (skipping scripts, styles, form fields and editable regions),
 * yielding every few hundred nodes so no step is long even on a 50,000-node page.
 */
export function* buildPageTextMap(root: Node): Generator<void, PageTextMap, void> {
  const entries: MapEntry[] = [];
  const parts: string[] = [];
  let length = 0;
  let nodes = 0;
  let chars = 0;
  for (let node = nextVisibleText(root, root); node && length < MAX_MAP_CHARS; node = nextVisibleText(node, root)) {
    chars += node.length;
    if (++nodes >= NODES_PER_STEP || chars >= CHARS_PER_STEP) {
      nodes = chars = 0;
      yield;
      // Removed while we waited: the page is re-rendering, and its observer will ask for a rescan.
      if (!node.isConnected) break;
    }
    const data = node.data;
    const offsets = new Int32Array(data.length);
    const folded = foldWithOffsets(data, offsets);
    if (!folded) continue;
    entries.push({ node, start: length, offsets: offsets.subarray(0, folded.length) });
    parts.push(folded);
    length += folded.length;
  }
  return { text: parts.join(''), locate: (at) => locateIn(entries, at) };
}

function locateIn(entries: MapEntry[], at: number): { node: Text; offset: number } | undefined {
  let low = 0;
  let high = entries.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const entry = entries[mid];
    if (at < entry.start) high = mid - 1;
    else if (at >= entry.start + entry.offsets.length) low = mid + 1;
    else return { node: entry.node, offset: entry.offsets[at - entry.start] };
  }
  return undefined;
}
