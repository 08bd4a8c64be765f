/**
 * Splits text into sentences with offsets. Intl.Segmenter does the Unicode work; on top of it we undo
 * the splits English news text does not want: after abbreviations ("Mr.", "U.S.", "e.g.") and
 * initials ("J. Smith"), before a lower-case continuation ('"Ready?" he asked'), and inside footnote
 * markers ("talks.[5] Then"). A line break always ends a sentence, and so does an inline bullet.
 */
import type { Sentence } from '../../types';
import { allMatches } from '../text/all-matches';

/** Abbreviations after which a sentence never ends (lower case, without the final stop). */
export const ALWAYS_JOINED = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'ft', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt',
  'rev', 'fr', 'hon', 'pres', 'supt', 'insp', 'e.g', 'i.e', 'vs', 'v', 'cf', 'approx', 'fig', 'ca', 'messrs',
];

/**
 * Abbreviations that may also end a sentence ("…moved to the U.S. The talks…"): joined unless the
 * next word is a usual sentence opener, and always before a number ("Jan. 5", "No. 10").
 */
export const USUALLY_JOINED = [
  'u.s', 'u.k', 'u.n', 'e.u', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'al', 'dept', 'est', 'op',
];

/** Abbreviations only of a number's label ("No. 10", "Nos. 4 and 5"): before anything else "no." is the word ending a sentence ("…would say no. Earlier…"). */
export const NUMBER_LABELS = ['no', 'nos'];

/** Words that usually open a sentence, so an ambiguous abbreviation before them ends one. */
export const SENTENCE_OPENERS = [
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'this', 'that', 'these', 'those',
  'in', 'on', 'at', 'his', 'her', 'their', 'its', 'there', 'then', 'however', 'meanwhile', 'after', 'before',
  'when', 'while', 'yet', 'so', 'still', 'also', 'officials', 'critics', 'if', 'as', 'for', 'what', 'why', 'how',
];

const LAST_WORD = /(?:^|[\s(["'“‘])((?:\p{L}+\.)*\p{L}+)\.\s*$/u;
const FIRST_WORD = /^[\s"'“‘([]*([\p{L}\p{N}]+)/u;
/** What ICU leaves at the start of the next piece when it splits "talks.[5] Then" or "talks. [5] Then". */
const FOOTNOTE_HEAD = /^(?:\[\s*)?\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*\]\s*/;

// Created on first use: building a segmenter loads ICU break data, which no off-topic page should pay for.
let segmenter: Intl.Segmenter | undefined;

/** Whether the break between two pieces of text is not a sentence end. */
export function continuesSentence(before: string, after: string): boolean {
  if (/\n\s*$/.test(before) || after.startsWith('\n')) return false;
  const first = FIRST_WORD.exec(after)?.[1] ?? '';
  if (/^\p{Ll}/u.test(first)) return true;
  const last = LAST_WORD.exec(before)?.[1];
  if (!last) return false;
  const word = last.toLowerCase();
  if (ALWAYS_JOINED.includes(word)) return true;
  // A single capital is an initial: "J. Smith", "George W. Bush".
  if (/^\p{Lu}$/u.test(last)) return /^\p{Lu}/u.test(first);
  if (NUMBER_LABELS.includes(word)) return /^\d/.test(first);
  if (USUALLY_JOINED.includes(word)) return /^\d/.test(first) || !SENTENCE_OPENERS.includes(first.toLowerCase());
  return false;
}

/**
 * How much text ICU is given at once. V8's sentence iterator slows down with the length of the text
 * it walks (a 100 KB paragraph takes seconds), so long text goes to it in chunks cut where ICU
 * would break anyway.
 */
export const ICU_CHUNK_LENGTH = 2000;

/** Where ICU always breaks: after a line break, and after a sentence stop and spaces before a capital. */
const SURE_BREAK = /\n|[.!?]["'”’)\]]*[ \t]+(?=\p{Lu})/gu;

/** The end of the chunk starting at `from`: the last sure break within the chunk length, else the next one. */
function chunkEnd(text: string, from: number): number {
  if (text.length - from <= ICU_CHUNK_LENGTH) return text.length;
  let last = -1;
  for (const m of text.slice(from, from + ICU_CHUNK_LENGTH).matchAll(SURE_BREAK)) last = from + m.index + m[0].length;
  if (last > from) return last;
  SURE_BREAK.lastIndex = from + ICU_CHUNK_LENGTH;
  const next = SURE_BREAK.exec(text);
  SURE_BREAK.lastIndex = 0;
  return next ? next.index + next[0].length : text.length;
}

/** ICU's pieces, as [start, end) pairs covering the whole text. */
function icuPieces(text: string): [number, number][] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const pieces: [number, number][] = [];
  for (let from = 0, to = 0; from < text.length; from = to) {
    to = chunkEnd(text, from);
    for (const s of segmenter.segment(text.slice(from, to))) {
      for (const [a, b] of splitAtBullets(text, from + s.index, from + s.index + s.segment.length)) pieces.push(...splitAfterNoteNumbers(text, a, b));
    }
  }
  return pieces;
}

/** A bullet written inline between items ("Key facts • 5 visas … • 20 countries …"), between spaces. */
const INLINE_BULLET = /(?<=^|\s)[•▪◦‣⁃](?=\s)/gu;

/**
 * Fact boxes and "at a glance" lists often reach the text as one line of items joined by bullets; each
 * item is a statement of its own, so a bullet ends a sentence (the bullet itself belongs to neither).
 */
function splitAtBullets(text: string, from: number, to: number): [number, number][] {
  return splitWhere(text, from, to, INLINE_BULLET, BULLET_MARK, 'dropped');
}
/** A bullet's mark: what every match of `INLINE_BULLET` holds. */
const BULLET_MARK = /[•▪◦‣⁃]/;

/**
 * Cuts [from, to) at every match of `pattern`: the match belongs to neither piece ('dropped', a
 * bullet) or ends the piece before it ('kept', a note number). `trigger` is a plain test that every
 * match passes (a bullet's mark, a digit): most pieces have neither, and are not searched with the
 * pattern, whose look-behind would be tried at each of their characters.
 */
function splitWhere(text: string, from: number, to: number, pattern: RegExp, trigger: RegExp, match: 'dropped' | 'kept'): [number, number][] {
  const piece = text.slice(from, to);
  if (!trigger.test(piece)) return [[from, to]];
  const pieces: [number, number][] = [];
  let at = from;
  for (const m of allMatches(piece, pattern)) {
    const start = from + m.index;
    const end = start + m[0].length;
    pieces.push([at, match === 'kept' ? end : start]);
    at = end;
  }
  pieces.push([at, to]);
  return pieces;
}

/**
 * A note number set right after a sentence's stop ("…only 435 had been enforced.3 Whatever one
 * thinks…", a superscript that reaches the text as a plain digit): ICU reads ".3" as a decimal and
 * runs on. The number ends the sentence it follows when a capital opens the next.
 */
const NOTE_NUMBER = /(?<=\p{Ll}[.!?]["'”’)]*)\d{1,3}(?=\s+["'“‘(]*\p{Lu})/gu;

function splitAfterNoteNumbers(text: string, from: number, to: number): [number, number][] {
  return splitWhere(text, from, to, NOTE_NUMBER, /\d/, 'kept');
}

/**
 * Moves a footnote marker that ICU put at the start of the next piece back to the sentence it
 * belongs to: "talks.[" + "5] Then" → "talks.[5] " + "Then".
 */
function reattachFootnotes(text: string, pieces: [number, number][]): [number, number][] {
  for (let i = 1; i < pieces.length; i++) {
    const before = text.slice(...pieces[i - 1]);
    const head = FOOTNOTE_HEAD.exec(text.slice(...pieces[i]));
    const opened = before.endsWith('[') || (head?.[0].startsWith('[') && /[.!?]["'”’)]*\s*$/.test(before));
    if (!head || !opened || /\n\s*$/.test(before)) continue;
    pieces[i - 1][1] += head[0].length;
    pieces[i][0] += head[0].length;
  }
  return pieces.filter(([s, e]) => e > s);
}

/** How much of the sentence so far `continuesSentence` needs to see: its last word and what follows. */
const TAIL_LENGTH = 100;

/**
 * The end of a sentence being built. Handing over the whole of it made a long run of "Mr. Mr. …" or
 * initials quadratic, since every merge tested the patterns against everything merged before.
 */
function tailOf(text: string, [from, to]: [number, number]): string {
  return text.slice(Math.max(from, to - TAIL_LENGTH), to);
}

/**
 * The sentences of `text`, trimmed, with offsets into `text` plus `start` (so a block's sentences
 * can carry offsets into the whole article).
 */
export function segmentSentences(text: string, start = 0): Sentence[] {
  const merged: [number, number][] = [];
  for (const piece of reattachFootnotes(text, icuPieces(text))) {
    const previous = merged.at(-1);
    if (previous && continuesSentence(tailOf(text, previous), text.slice(...piece))) previous[1] = piece[1];
    else merged.push([...piece]);
  }
  const sentences: Sentence[] = [];
  for (const [from, to] of merged) {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) sentences.push({ start: start + from + lead, end: start + from + lead + body.length, text: body });
  }
  return sentences;
}
