import { withinOneEdit } from '../text/one-edit';
import type { LoadedIndex } from '../../index/hydrate-index';
import { forEachWord, PARTICLES, particleStem, stem as stemWord, STOPWORDS } from '../text/normalize';
import { isNegated, NEGATION_STEM } from '../text/polarity';
import { guardedPhrases } from '../figures/figure-grammar';
import { guardedMatches, type GuardedPattern } from '../text/guarded-pattern';
import { allMatches } from '../text/all-matches';
import { WEB_ADDRESS, WEB_ADDRESS_MARK } from '../text/web-address';

/** Page words shorter than this are never corrected: too many short words are one edit apart. */
const MIN_FUZZY_LENGTH = 5;
/** Fuse score (0 exact … 1 anything) under which a misspelt page word is read as a vocabulary word. */
const MAX_FUZZY_SCORE = 0.15;

const corrections = new WeakMap<LoadedIndex, Map<string, string | null>>();

/** A sentence's stems, and where each stands in it (the numbers of its words, stopwords counted). */
export interface SentenceTerms {
  stems: ReadonlySet<string>;
  /** Stem → the positions of the words it comes from; `NEGATION_STEM` has none. */
  positions: ReadonlyMap<string, readonly number[]>;
  /** Stems the sentence has only inside idioms (`Story.idioms`): no one-word wording reads them. */
  bound?: ReadonlySet<string>;
}

/**
 * The set of stems a sentence contains, with misspellings and variant spellings of vocabulary
 * words ("Taleban", "deportaton") mapped onto the vocabulary through Fuse.
 */
export function sentenceStems(text: string, index: LoadedIndex): ReadonlySet<string> {
  return sentenceTerms(text, index).stems;
}

/** `sentenceStems` with each stem's positions, for wordings of several words (see `wordingsFound`). */
export function sentenceTerms(text: string, index: LoadedIndex): SentenceTerms {
  // A sentence is read twice in a row: as itself, then as the context of the next one.
  if (recent?.text === text && recent.index === index) return recent.terms;
  const stems = new Set<string>();
  const positions = new Map<string, number[]>();
  // Positions count words as written: the parts of one word, and a possessive's "s"
  // ("movement's"), share its position.
  let position = -1;
  let wordStart = -1;
  /** The content word just before, which a particle makes a phrase with ("called" in "called on"); position -1 when there is none. */
  let beforeStem = '';
  let beforePosition = -1;
  const generic = genericMeetingNouns(index);
  const names = nameSpans(text, index);
  const idioms = idiomSpans(text, index);
  /** The idioms' words met inside one of their idioms, and the same words met outside. */
  const inIdiom = idioms.length > 0 ? new Set<string>() : undefined;
  const outside = inIdiom && new Set<string>();
  const known = correctionsOf(index);
  // Read without a token object for each word: every sentence of a page passes here.
  forEachWord(text, (parts, start) => {
    const named = names.length > 0 && insideSpan(names, start);
    for (const stem of parts) {
      if (start !== wordStart && !(stem === 's' && POSSESSIVE_MARK.test(text[start - 1] ?? ''))) position++;
      wordStart = start;
      if (named) {
        beforePosition = -1;
        continue;
      }
      if (beforePosition >= 0 && PARTICLES.has(stem) && beforePosition === position - 1) addAt(stems, positions, particleStem(beforeStem, stem), beforePosition);
      beforePosition = -1;
      if (STOPWORDS.has(stem)) continue;
      if (generic.has(stem) && GENERIC_BEFORE.test(text.slice(Math.max(0, start - GENERIC_LOOK_BACK), start))) continue;
      beforeStem = stem;
      beforePosition = position;
      if (inIdiom) {
        const idiom = idioms.find((i) => i.stem === stem);
        if (idiom) (insideSpan(idiom.spans, start) ? inIdiom : outside!).add(stem);
      }
      addAt(stems, positions, stem, position);
      const corrected = correct(stem, index, known);
      if (corrected) addAt(stems, positions, corrected, position);
    }
  });
  if (isNegated(text)) stems.add(NEGATION_STEM);
  const bound = inIdiom && [...inIdiom].filter((stem) => !outside!.has(stem));
  const terms: SentenceTerms = bound?.length ? { stems, positions, bound: new Set(bound) } : { stems, positions };
  recent = { text, index, terms };
  return terms;
}

/** Records that `stem` stands at `position`. */
function addAt(stems: Set<string>, positions: Map<string, number[]>, stem: string, position: number): void {
  stems.add(stem);
  const list = positions.get(stem);
  if (list) list.push(position);
  else positions.set(stem, [position]);
}

/** Whether `at` lies in one of the [start, end) spans. */
function insideSpan(spans: readonly [number, number][], at: number): boolean {
  for (const [from, to] of spans) if (from <= at && at < to) return true;
  return false;
}

const POSSESSIVE_MARK = /['’]/;

/**
 * "every 'technical' meeting", "more meetings", "any future talks": a quantifier (one word, quoted or
 * not, may stand between) that makes a meeting noun meetings in general or others, not the story's;
 * after a determiner "more" and "most" make a comparison ("their most significant talks").
 */
const GENERIC_BEFORE = /(?<!\b(?:the|a|an|their|its|his|her|our|your)\s+)\b(?:every|each|any|more|future|further|another|other|many|most|all)\s+(?:["“'‘]?[\p{L}-]+["”'’]?\s+)?["“'‘]?$/iu;
const GENERIC_LOOK_BACK = 40;
const genericNouns = new WeakMap<LoadedIndex, ReadonlySet<string>>();

/** The stems of the story's meeting nouns (`Story.meetingNouns`). */
function genericMeetingNouns(index: LoadedIndex): ReadonlySet<string> {
  let nouns = genericNouns.get(index);
  if (!nouns) genericNouns.set(index, (nouns = new Set((index.story.meetingNouns ?? []).map(stemWord))));
  return nouns;
}

const namePatterns = new WeakMap<LoadedIndex, { names: GuardedPattern | null; setPhrases: GuardedPattern | null }>();

/**
 * The [start, end) spans of the story's names (`Story.names`) and set phrases (`Story.setPhrases`)
 * in a sentence, whose words give no idea.
 */
function nameSpans(text: string, index: LoadedIndex): [number, number][] {
  let patterns = namePatterns.get(index);
  if (!patterns) {
    const { names = [], setPhrases = [] } = index.story;
    // Searched for on every sentence of a page: the phrases' look-behind is tested only where they match.
    patterns = { names: names.length ? guardedPhrases(names, 'u') : null, setPhrases: setPhrases.length ? guardedPhrases(setPhrases, 'iu') : null };
    namePatterns.set(index, patterns);
  }
  const names = patterns.names ? guardedMatches(text, patterns.names) : [];
  // In a Title Case headline every word is capitalised, so capitals name nothing.
  const found = names.length > 0 && isTitleCase(text) ? [] : names;
  if (patterns.setPhrases) found.push(...guardedMatches(text, patterns.setPhrases));
  // A web address is no prose: its slug's words ("eu-to-hold-meeting-with-taliban") state nothing.
  if (WEB_ADDRESS_MARK.test(text)) found.push(...allMatches(text, WEB_ADDRESS));
  return found.map((m) => [m.index, m.index + m[0].length]);
}

const idiomPatterns = new WeakMap<LoadedIndex, { stem: string; word: RegExp; pattern: GuardedPattern }[]>();

/** Each idiom word's stem (`Story.idioms`) with the [start, end) spans of its idioms in a sentence, for those found. */
function idiomSpans(text: string, index: LoadedIndex): { stem: string; spans: [number, number][] }[] {
  let patterns = idiomPatterns.get(index);
  if (!patterns) {
    // One entry per stem: the validator refuses two idiom words of one stem ("return", "returns").
    patterns = Object.entries(index.story.idioms ?? {}).map(([word, phrases]) => ({ stem: stemWord(word.toLowerCase()), word: new RegExp(word, 'iu'), pattern: guardedPhrases(phrases, 'iu') }));
    idiomPatterns.set(index, patterns);
  }
  const found: { stem: string; spans: [number, number][] }[] = [];
  for (const { stem, word, pattern } of patterns) {
    // Most sentences lack the word: one plain search, not the idioms' pattern.
    if (!word.test(text)) continue;
    const spans = guardedMatches(text, pattern).map((m): [number, number] => [m.index, m.index + m[0].length]);
    if (spans.length > 0) found.push({ stem, spans });
  }
  return found;
}

/** Share of the longer words that start with a capital, from which a text is in Title Case. */
const TITLE_CASE_SHARE = 0.7;

/**
 * "Afghans Who Pose A State Security Risk": a headline in Title Case capitalises every word, so its
 * capitals name nothing (at least four words of four letters or more, most of them capitalised).
 */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * TITLE_CASE_SHARE;
}

let recent: { text: string; index: LoadedIndex; terms: SentenceTerms } | undefined;

/** The corrections found so far for an index's vocabulary (null: the word has none). */
function correctionsOf(index: LoadedIndex): Map<string, string | null> {
  let cache = corrections.get(index);
  if (!cache) corrections.set(index, (cache = new Map()));
  return cache;
}

function correct(stem: string, index: LoadedIndex, cache: Map<string, string | null>): string | null {
  if (index.vocabulary.has(stem) || stem.length < MIN_FUZZY_LENGTH || /\d/.test(stem)) return null;
  const known = cache.get(stem);
  if (known !== undefined) return known;
  const best = index.searchVocabulary(stem);
  const result = best && best.score <= MAX_FUZZY_SCORE && isNearSpelling(stem, best.word) ? best.word : undoubledEnd(stem, index);
  cache.set(stem, result);
  return result;
}

/**
 * "visass", "talibann": a letter typed twice at the end. Fuse finds nothing when the typo is longer
 * than the word it should map to, so the doubled letter is dropped and the word stemmed again.
 */
function undoubledEnd(word: string, index: LoadedIndex): string | null {
  const single = word.replace(/(\p{L})\1+$/u, '$1');
  if (single === word) return null;
  const stemmed = stemWord(single);
  return index.vocabulary.has(stemmed) ? stemmed : null;
}

/**
 * A typo is one slip of the keyboard: one letter wrong, missing, added or swapped with the next
 * ("Afghanstan", "Commision", "europeen"), keeping the first letter. Two edits
 * apart are mostly two other words ("succeed" and "success", "convince" and "convict", "again" and
 * "against").
 */
function isNearSpelling(word: string, known: string): boolean {
  return word !== known && word[0] === known[0] && withinOneEdit(word, known);
}

