import type { ClaimIndex, Story, TopicSignal, TopicVerdict } from '../../types';
import { foldText } from '../text/normalize';
import { guardedCount, guardedPattern, type GuardedPattern } from '../text/guarded-pattern';
import { SPOKEN_FROM_SOURCE } from '../text/spoken-from';

/** Occurrences of a signal beyond this add nothing: one long article should not outscore a focused brief. */
const SATURATION = 2;

interface CompiledSignal {
  id: string;
  label: string;
  weight: number;
  required: boolean;
  anchor: boolean;
  minCount: number;
  pattern: RegExp;
  /** The same, for counting its occurrences on a whole page (see guarded-pattern.ts). */
  counted: GuardedPattern;
}

const compiledSignals = new WeakMap<Story, CompiledSignal[]>();

/**
 * The cheap gate: is this page about the story? Runs on every page a reader opens, so it first
 * looks for the rarest required word in the raw text and returns at once when it is absent. A page
 * dated (`pageDate`, see page-date.ts) before the story's coverage began is about something earlier.
 */
export function detectTopic(title: string, text: string, index: Pick<ClaimIndex, 'story'>, pageDate?: string): TopicVerdict {
  return { story: { id: index.story.id, title: index.story.title }, ...firstHalf(title, text, index, pageDate) };
}

function firstHalf(title: string, text: string, index: Pick<ClaimIndex, 'story'>, pageDate: string | undefined): TopicVerdict {
  const story = index.story;
  const threshold = story.threshold;
  const raw = `${title}\n${text}`;
  // ISO days compare as strings. A page that names the story's year is not from before it, whatever its metadata says.
  if (pageDate && story.coverageFrom && pageDate < story.coverageFrom && !raw.includes(String(story.year))) {
    return { onTopic: false, score: 0, threshold, signals: [], missing: [`a date from ${story.coverageFrom} on, when the story's coverage began (the page is dated ${pageDate})`] };
  }
  const lowered = raw.toLowerCase();
  const unmentioned = story.signals.filter((s) => s.required && !mentionsAny(lowered, s.words));
  if (unmentioned.length > 0) return { onTopic: false, score: 0, threshold, signals: [], missing: unmentioned.map((s) => s.label) };
  const signals = signalsOf(story);
  const folded = foldText(raw);
  // Cheap checks first: a required signal that is absent, or anchors never in one sentence, end it.
  const absent = signals.filter(
    (s) => s.required && (s.minCount > 1 ? guardedCount(folded, s.counted) < s.minCount : !((s.pattern.lastIndex = 0), s.pattern.test(folded))),
  );
  const anchors = signals.filter((s) => s.anchor);
  const together = absent.length === 0 && anchors.length >= 2 ? countCooccurrences(folded, anchors) : 0;
  const missing = absent.map((s) => (s.minCount > 1 ? `${s.label} (at least ${s.minCount} mentions)` : s.label));
  if (anchors.length >= 2 && together < (story.minCooccurrences ?? 1)) missing.push(`one sentence naming ${anchors.map((s) => s.label).join(' + ')}`);
  // The lead, read once for both checks of what it is about.
  const leadText = missing.length === 0 ? leadOf(folded) : '';
  const elsewhere = missing.length === 0 ? talksElsewhere(leadText, story, signals) : undefined;
  if (elsewhere) missing.push(`a lead about talks in ${elsewhere.venue}, not ${elsewhere.instead}`);
  const precursor = missing.length === 0 ? precursorLead(leadText, story) : undefined;
  if (precursor) missing.push(`a lead about an earlier step ("${precursor}")`);
  if (missing.length > 0) return { onTopic: false, score: 0, threshold, signals: [], missing };
  const seen: TopicSignal[] = [];
  let score = 0;
  for (const signal of signals) {
    const count = guardedCount(folded, signal.counted);
    if (count === 0) continue;
    seen.push({ id: signal.id, label: signal.label, count, weight: signal.weight });
    score += signal.weight * (Math.min(count, SATURATION) / SATURATION);
  }
  if (anchors.length >= 2) seen.push({ id: 'together', label: 'named together', count: together, weight: 0 });
  score = Math.round(score * 100) / 100;
  return { onTopic: score >= threshold, score, threshold, signals: seen, missing: score >= threshold ? [] : ['enough signals'] };
}

/** Words of title and text that make the lead: the headline, the standfirst and the first paragraph. */
const LEAD_WORDS = 80;

/** The first `LEAD_WORDS` words of a folded page, title first: what `talksElsewhere` and `precursorLead` read. */
function leadOf(folded: string): string {
  return folded.split(/\s+/, LEAD_WORDS).join(' ');
}

const venuePatterns = new WeakMap<Story, RegExp>();

/**
 * "Taliban officials in Vienna for Austrian deportation talks … two weeks after a separate meeting in
 * Brussels": when the lead names another venue and none of the lead signal's words, the article is
 * about those talks. Returns the venue named and the lead signal's label, or undefined.
 */
function talksElsewhere(leadText: string, story: Story, signals: CompiledSignal[]): { venue: string; instead: string } | undefined {
  const lead = signals.find((s) => s.id === story.leadSignal);
  if (!story.otherVenues?.length || !lead) return undefined;
  let venues = venuePatterns.get(story);
  if (!venues) venuePatterns.set(story, (venues = wordsPattern(story.otherVenues)));
  venues.lastIndex = 0;
  const venue = venues.exec(leadText)?.[0];
  lead.pattern.lastIndex = 0;
  return venue && !lead.pattern.test(leadText) ? { venue, instead: lead.label } : undefined;
}

interface PrecursorPatterns {
  /** One of them found in the lead tells of an earlier step. */
  steps: RegExp[];
  home: RegExp;
}

const precursorPatterns = new WeakMap<Story, PrecursorPatterns>();

/** The most words between a meeting word and "in" the place it was held, no punctuation between ("meets Taliban deputy premier in Kabul"). */
const MEETING_GAP_WORDS = 4;
/** Words that make "… in Kabul" no meeting's place: the regime named by its seat, another event. */
const NOT_BETWEEN_MEETING_AND_PLACE = "(?:since|after|before|government|authorities|rulers|regime|administration|leadership|takeover|return)\\b";

/**
 * "Officials from nearly 20 member states travelled to Kabul last week", "Commission confirms first
 * 'technical' contacts with the Taliban": when the lead tells of a step before the story
 * (`Story.precursors`: a trip the other way, the first contacts) and names none of the story's own
 * venue, the article is about that step; the venue named as where it was announced ("told a press
 * conference in Brussels", see spoken-from.ts) is not the story's. Returns its words, or undefined.
 */
function precursorLead(leadText: string, story: Story): string | undefined {
  const precursors = story.precursors;
  if (!precursors) return undefined;
  let patterns = precursorPatterns.get(story);
  if (!patterns) {
    const bounded = (source: string) => new RegExp(`(?<!${WORD_CHARACTER})(?:${source})(?!${WORD_CHARACTER})`, 'u');
    const steps = [bounded(`(?:${wholeWords(precursors.travel)})(?:\\s+(?:to|in))?\\s+(?:${wholeWords(precursors.places)})`)];
    if (precursors.contacts) steps.push(bounded(wholeWords(precursors.contacts)));
    // "meets Taliban deputy premier in Kabul": a meeting held there, its parties named between, but
    // not "talks with the Taliban government in Kabul" (the regime's name) nor "the first meeting
    // since the takeover in Afghanistan" (another event's place).
    if (precursors.meeting) steps.push(bounded(`(?:${wholeWords(precursors.meeting)})(?:\\s+(?!${NOT_BETWEEN_MEETING_AND_PLACE})[\\p{L}'’-]+){0,${MEETING_GAP_WORDS}}\\s+in\\s+(?:${wholeWords(precursors.places)})`));
    // "Speaking at a press conference in Brussels": where the step was announced, not where talks are.
    const home = new RegExp(`(?<!${WORD_CHARACTER})(?<!${SPOKEN_FROM_SOURCE})(?:${wholeWords(precursors.home)})`, 'iu');
    precursorPatterns.set(story, (patterns = { steps, home }));
  }
  // Quotation marks around a word ("first 'technical' contacts") do not part it from the next.
  const unquoted = leadText.replace(/['"\u2018\u2019\u201c\u201d]/g, '');
  const step = patterns.steps.map((pattern) => pattern.exec(unquoted)?.[0]).find(Boolean);
  return step && !patterns.home.test(unquoted) ? step : undefined;
}

/** The pattern of one of the story's signals, by id (compiled once per story). */
export function signalPattern(story: Story, id: string): RegExp | undefined {
  return signalsOf(story).find((s) => s.id === id)?.pattern;
}

/** A plain substring test: far cheaper than the word-boundary patterns, and enough to rule a page out. */
function mentionsAny(lowered: string, words: string[]): boolean {
  return words.some((w) => lowered.includes(w));
}

function signalsOf(story: Story): CompiledSignal[] {
  let compiled = compiledSignals.get(story);
  if (!compiled) {
    compiled = story.signals.map((s) => ({
      id: s.id,
      label: s.label,
      weight: s.weight,
      required: s.required,
      anchor: s.anchor ?? false,
      minCount: s.minCount ?? 1,
      pattern: wordsPattern(s.words),
      counted: guardedPattern(WORD_CHARACTER, wordsSource(s.words), 'giu'),
    }));
    compiledSignals.set(story, compiled);
  }
  return compiled;
}

/** What a signal's words must not follow: they start a word of the text. */
const WORD_CHARACTER = '[\\p{L}\\p{N}]';

/** Words of five letters or more match as prefixes ("deport" → "deportation"); short ones as whole words. */
function wordsPattern(words: string[]): RegExp {
  return new RegExp(`(?<!${WORD_CHARACTER})(?:${wordsSource(words)})`, 'giu');
}

/** An alternation of whole words and phrases ("travelled", "trip"), folded and escaped. */
function wholeWords(words: string[]): string {
  return words.map(escapeWords).join('|');
}

/** A word or phrase, folded, with its regular-expression characters escaped and any run of spaces matching any. */
function escapeWords(w: string): string {
  return foldText(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** The alternation of a signal's words, as `wordsPattern` matches them. */
function wordsSource(words: string[]): string {
  return words
    .map((w) => {
      const escaped = escapeWords(w);
      return w.length >= 5 ? `${escaped}` : `${escaped}(?![\\p{L}\\p{N}])`;
    })
    .join('|');
}

/**
 * Sentences (roughly: cut at terminal punctuation and line breaks) that mention every anchor signal.
 * Only the sentences around the first anchor's occurrences are looked at, so a long page that
 * mentions it once costs one sentence's test, not a pass over every sentence.
 */
function countCooccurrences(text: string, anchors: CompiledSignal[]): number {
  const [first, ...rest] = anchors;
  const boundary = /[.!?](?=\s)|\n/g;
  let count = 0;
  let after = -1;
  first.pattern.lastIndex = 0;
  for (let m = first.pattern.exec(text); m; m = first.pattern.exec(text)) {
    if (m.index < after) continue;
    const start = Math.max(text.lastIndexOf('\n', m.index), lastSentenceEnd(text, m.index)) + 1;
    boundary.lastIndex = m.index;
    const end = boundary.exec(text)?.index ?? text.length;
    const sentence = text.slice(start, end);
    if (rest.every((a) => ((a.pattern.lastIndex = 0), a.pattern.test(sentence)))) count++;
    after = end;
    first.pattern.lastIndex = end;
  }
  return count;
}

/** Offset of the last ". ", "! " or "? " before `at`, or -1. */
function lastSentenceEnd(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const c = text[i - 1];
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i])) return i - 1;
    if (c === '\n') return i - 1;
  }
  return -1;
}
