import type { GateWords } from '../build/gate-words-plugin';
import { nextVisibleText } from './serialize-page';
import { HAS_INVISIBLE, INVISIBLE } from '../../engine/text/invisible';

/** Characters lower-cased and searched per step: well under a millisecond each. */
export const CHUNK = 200_000;
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
  const whole = pageTextAtOnce(doc);
  if (whole !== undefined) return void (yield whole);
  const root = doc.body!;
  // The title rides with the first piece: one idle task for an ordinary page, not two.
  let piece = `${doc.title}\n`;
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
 * The title and text of a page of ordinary size (or without a body) in one piece, or undefined for
 * a page large enough to be walked a piece at a time (see `pageTextPieces`).
 */
export function pageTextAtOnce(doc: Document): string | undefined {
  const title = `${doc.title}\n`;
  const root = doc.body;
  if (!root) return title;
  return root.getElementsByTagName('*').length <= READ_AT_ONCE_ELEMENTS ? title + (root.textContent ?? '') : undefined;
}

/**
 * Text as the word check searches it: lower-cased, without the characters a reader never sees
 * (invisible.ts: a print layout's soft hyphens, "Tali&shy;ban", and zero-width marks), as the
 * article's text has none. Most pages have none, so most pay one search for them.
 */
export function searchable(text: string): string {
  const lowered = text.toLowerCase();
  return HAS_INVISIBLE.test(lowered) ? lowered.replace(INVISIBLE, '') : lowered;
}

/**
 * The always-on gate: which required signals of the story the text never mentions, by the same
 * plain substring test the engine's own first pass uses. `pieces` is the text in order (e.g.
 * `pageTextPieces`); it is read and searched a chunk at a time with a yield between chunks, so a
 * 5 MB page costs many sub-millisecond steps instead of one long one. An empty result means
 * "worth reading".
 */
export function* missingRequiredWords(pieces: Iterable<string>, gate: GateWords): Generator<void, string[], void> {
  let pending = gate.required;
  const overlap = Math.max(0, ...pending.flatMap((s) => s.words.map((w) => w.length))) - 1;
  let tail = '';
  let first = true;
  for (const piece of pieces) {
    for (let at = 0; at < piece.length && pending.length > 0; at += CHUNK) {
      if (!first) yield;
      first = false;
      // Each chunk reaches back by the longest word, so a word cut by a chunk or node edge is still seen.
      const lowered = searchable(tail + piece.slice(at, at + CHUNK));
      tail = overlap > 0 ? lowered.slice(-overlap) : '';
      pending = signalsMissingFrom(lowered, pending);
    }
    if (pending.length === 0) break;
  }
  return pending.map((s) => s.label);
}

/**
 * The signals none of whose words `lowered` contains. Plain `includes` calls: a regular expression
 * alternation of the same words is compiled to machine code on its first run over a long text, which
 * cost an off-topic page about 0.3 ms more (Chromium, traced).
 */
export function signalsMissingFrom(lowered: string, signals: GateWords['required']): GateWords['required'] {
  return signals.filter((signal) => lacks(lowered, signal));
}

/** The first of the signals `lowered` lacks (see `signalsMissingFrom`): the signals after it are not searched. */
export function firstMissingSignal(lowered: string, signals: GateWords['required']): GateWords['required'][number] | undefined {
  return signals.find((signal) => lacks(lowered, signal));
}

function lacks(lowered: string, signal: GateWords['required'][number]): boolean {
  return !signal.words.some((word) => lowered.includes(word));
}
