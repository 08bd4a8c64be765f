import type { GateWords } from '../build/gate-words-plugin';
import { nextVisibleText } from './serialize-page';

/** Characters lower-cased and searched per step: well under a millisecond each. */
const CHUNK = 200_000;
/** Text nodes read per step, so a page of many small nodes is read in steps too. */
const NODES_PER_PIECE = 2000;
/**
 * Pages with at most this many elements are read at once, with `textContent`: one native call of
 * about half a millisecond on an ordinary page, where the walk below costs 2–5 ms of cold script
 * (Chromium, a 2,500-character page). Its text is still searched a chunk at a time.
 */
const READ_AT_ONCE_ELEMENTS = 3000;

/**
 * The page's title and body text. A page of ordinary size comes as one piece (its `textContent`,
 * scripts and editors included: the word check only decides whether to load the reader, which reads
 * the page properly). A larger one is walked a piece at a time, without scripts, styles, form fields
 * or editors (see `nextVisibleText`): at most CHUNK characters or NODES_PER_PIECE text nodes each,
 * read from the live DOM only when the next piece is asked for, because `textContent` on a 5 MB page
 * is one task of 25–45 ms (Chromium, measured). Nodes are joined as textContent joins them.
 */
export function* pageTextPieces(doc: Document): Generator<string, void, void> {
  const title = `${doc.title}\n`;
  const root = doc.body;
  if (!root) return void (yield title);
  // The title rides with the first piece: one idle task for an ordinary page, not two.
  if (root.getElementsByTagName('*').length <= READ_AT_ONCE_ELEMENTS) return void (yield title + (root.textContent ?? ''));
  let piece = title;
  let nodes = 0;
  for (let node = nextVisibleText(root, root); node; node = nextVisibleText(node, root)) {
    piece += node.data;
    if (++nodes >= NODES_PER_PIECE || piece.length >= CHUNK) {
      yield piece;
      piece = '';
      nodes = 0;
    }
  }
  if (piece) yield piece;
}

/**
 * The always-on gate: which required signals of the story the text never mentions, by the same
 * plain substring test the engine's own first pass uses. `pieces` is the text in order (e.g.
 * `pageTextPieces`); it is read and searched a chunk at a time with a yield between chunks, so a
 * 5 MB page costs many sub-millisecond steps instead of one long one. An empty result means
 * "worth reading".
 */
export function* missingRequiredWords(pieces: Iterable<string>, gate: GateWords): Generator<void, string[], void> {
  // One literal alternation per signal: a single scan of the text instead of one per word (4× faster).
  const pending = gate.required.map((signal) => ({ label: signal.label, pattern: new RegExp(signal.words.map(escapeRegExp).join('|')) }));
  const overlap = Math.max(0, ...gate.required.flatMap((s) => s.words.map((w) => w.length))) - 1;
  let tail = '';
  let first = true;
  for (const piece of pieces) {
    for (let at = 0; at < piece.length && pending.length > 0; at += CHUNK) {
      if (!first) yield;
      first = false;
      // Each chunk reaches back by the longest word, so a word cut by a chunk or node edge is still seen.
      const lowered = (tail + piece.slice(at, at + CHUNK)).toLowerCase();
      tail = overlap > 0 ? lowered.slice(-overlap) : '';
      for (let i = pending.length - 1; i >= 0; i--) {
        if (pending[i].pattern.test(lowered)) pending.splice(i, 1);
      }
    }
    if (pending.length === 0) break;
  }
  return gate.required.filter((signal) => pending.some((p) => p.label === signal.label)).map((s) => s.label);
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
