import type { Analysis, AnalyzeOptions, ArticleText, Facet, Match, PageFigure, Sentence, SourceDisagreement, TopicVerdict } from '../types';
import type { LoadedIndex } from '../index/hydrate-index';
import { detectTopic } from './gate/detect-topic';
import { weighTopicEvidence } from './gate/topic-evidence';
import { warmPatterns } from './text/lazy-pattern';
import { segmentSentences } from './sentences/segment-sentences';
import { parseFigures, warmFigureFinders } from './figures/parse-figures';
import { withPartitiveAntecedent } from './figures/partitive-antecedent';
import { DEFAULT_CONFIDENT_THRESHOLD, leaseCandidateSlots, MAX_HELD_CANDIDATES, releaseCandidateSlots, scoreCandidates, sentenceCandidates, warmMatcher, type SentenceCandidates } from './match/match-claims';
import { findConflicts, findSourceDisagreements, type LocatedFigure } from './conflicts/find-conflicts';
import { reportSources, stageOf } from './sources/report-sources';
import { inTimeFrame } from './figures/time-frame';
import { answersQuestion, asFactLine, deniedAt, hearsayAt, isQuestion, wordCount } from './text/polarity';

/** Sentences matched between two yields of `analyzeArticleInSteps`: a few milliseconds of work. */
export const SENTENCES_PER_STEP = 5;

/**
 * Analyses an article against the claim index: the gate first, and for an article about the story
 * (or when forced) every sentence matched, figures compared and sources reported.
 */
export function analyzeArticle(article: ArticleText, index: LoadedIndex, options: AnalyzeOptions = {}): Analysis {
  const steps = analyzeArticleInSteps(article, index, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same analysis as `analyzeArticle`, yielding between its stages and, within the sentences,
 * after each run of up to `MAX_HELD_CANDIDATES` sentences' candidates (and their figures) is found
 * and after every `SENTENCES_PER_STEP` sentences scored, so a caller can spread it over idle periods.
 * Analyses may be stepped in turn: each holds its run in buffers of its own.
 */
export function* analyzeArticleInSteps(
  article: ArticleText,
  index: LoadedIndex,
  options: AnalyzeOptions = {},
): Generator<void, Analysis, void> {
  const started = now();
  const firstHalf = detectTopic(article.title, article.text, index, article.pageDate);
  const sourceDisagreements = findSourceDisagreements(index);
  if (!firstHalf.onTopic && !options.force) return declined(firstHalf, sourceDisagreements, 0, started);
  yield;
  // Compiling patterns and building the matcher's postings each get idle steps of their own, so the
  // first sentence does not pay for them in one long task.
  yield* warmPatterns();
  yield* warmFigureFinders(index.figureGrammar);
  yield;
  warmMatcher(index);
  yield;
  const threshold = options.confidentThreshold ?? DEFAULT_CONFIDENT_THRESHOLD;
  const sentences = sentencesOf(article);
  yield;
  const matches: Match[] = [];
  const figures: LocatedFigure[] = [];
  /** Each sentence's figures, for the time-frame check (looked up, not filtered from all figures per figure). */
  const figuresBySentence = new Map<Sentence, PageFigure[]>();
  // Sentences are matched a run at a time (see `SentenceCandidates`), a run ending where the evidence is weighed.
  // Buffers of this analysis' own for the held run, so that another stepped in between cannot fill them.
  const slots = leaseCandidateSlots(index);
  try {
    for (let from = 0; from < sentences.length; ) {
      const to = Math.min(sentences.length, from + MAX_HELD_CANDIDATES, from < EVIDENCE_SENTENCES ? EVIDENCE_SENTENCES : Infinity);
      const run: SentenceCandidates[] = [];
      for (let i = from; i < to; i++) run.push(sentenceCandidates(sentences[i], index, contextOf(sentences, i), i - from, slots));
      yield;
      // Parsed only for a sentence that reaches a claim: a figure elsewhere is compared with nothing.
      const read = run.map((found) => (found.ids.length > 0 ? sentenceFigures(found, index) : NO_FIGURES));
      for (const [k, found] of run.entries()) {
        if (k > 0 && k % SENTENCES_PER_STEP === 0) yield;
        const { all, stated, unstated } = read[k];
        const own = withoutUnstatedConflicts(scoreCandidates(found, all, index, threshold), unstated);
        matches.push(...own);
        if (own.length > 0) {
          for (const figure of stated) figures.push({ figure, sentence: found.sentence });
          figuresBySentence.set(found.sentence, stated);
        }
      }
      from = to;
      // A page that names the Taliban but states too little of the story in its first sentences is
      // declined there: a long near miss costs a few dozen sentences, not all of them.
      if (to === EVIDENCE_SENTENCES && !options.force) {
        const early = weighTopicEvidence(firstHalf, matches, article, index);
        if (!early.onTopic) return declined(early, sourceDisagreements, to, started);
      }
    }
  } finally {
    releaseCandidateSlots(index, slots);
  }
  const topic = weighTopicEvidence(firstHalf, matches, article, index);
  if (!topic.onTopic && !options.force) return declined(topic, sourceDisagreements, sentences.length, started);
  const matchesAt = new Map<number, Match[]>();
  for (const m of matches) matchesAt.set(m.start, [...(matchesAt.get(m.start) ?? []), m]);
  return {
    topic,
    matches,
    conflicts: findConflicts(figures.filter((f) => statesFacet(f, matchesAt) && inTimeFrame(f.figure, figuresBySentence.get(f.sentence)!, index)), index),
    sourceDisagreements,
    sources: reportSources(matches, index),
    stage: stageOf(matches, index),
    stats: { sentences: sentences.length, ms: Math.round((now() - started) * 100) / 100 },
  };
}

/**
 * A figure is compared with the sources only when its sentence is highlighted and states a claim on
 * the figure's facet (see `figureClaims` in the matcher): "a dozen member states took part" in a sentence about something else is no version
 * of the countries urging returns, and a conflict must be one the page highlights.
 */
function statesFacet({ figure, sentence }: LocatedFigure, matchesAt: ReadonlyMap<number, readonly Match[]>): boolean {
  const own = matchesAt.get(sentence.start) ?? [];
  return own.some((m) => m.tier === 'confident') && own.some((m) => m.facet === figure.facet);
}

/** The most words of a question too short to name what it asks about: "How long?", "Valid where?", "Who invited?". */
const ELLIPTICAL_QUESTION_WORDS = 4;
/** How far back a run of questions and answers is read for what its short questions ask about. */
const QUESTION_RUN_SENTENCES = 12;

/**
 * What sentence `i` leans on: the sentence before it, except for the answer to a question too short
 * to name its subject ("How long?" "One day."). That question is read with the questions asked before
 * it in the same run of questions and answers, and the heading above the run: in a Q&A box, what a
 * short question asks about is what the box and its first questions are about ("The visas that
 * brought the Taliban to Brussels … How many? Five … For how long? A single day.").
 */
function contextOf(sentences: readonly Sentence[], i: number): Sentence | undefined {
  const previous = sentences[i - 1];
  if (!previous || !answersQuestion(sentences[i].text, previous.text) || wordCount(previous.text) > ELLIPTICAL_QUESTION_WORDS) return previous;
  const floor = Math.max(0, i - QUESTION_RUN_SENTENCES);
  const asked = [previous.text];
  let k = i - 1;
  // Back over the run's earlier pairs of a question and its answer.
  while (k - 2 >= floor && isQuestion(sentences[k - 2].text) && !isQuestion(sentences[k - 1].text)) {
    k -= 2;
    asked.unshift(sentences[k].text);
  }
  // The heading right above the run, or, for a run of several questions, the nearest heading above
  // it: a lone short question after prose asks about that prose, not about the page's title.
  for (let j = k - 1; j >= (asked.length > 1 ? floor : k - 1); j--) {
    if (!sentences[j].headline) continue;
    asked.unshift(sentences[j].text);
    break;
  }
  return asked.length === 1 ? previous : { ...previous, text: asked.join(' ') };
}

/** Sentences after which a page must show enough of the story to be analysed further. */
export const EVIDENCE_SENTENCES = 40;

/** The analysis of a page the gate declined: its verdict and nothing else. */
function declined(topic: TopicVerdict, sourceDisagreements: SourceDisagreement[], sentences: number, started: number): Analysis {
  return { topic, matches: [], conflicts: [], sourceDisagreements, sources: [], stats: { sentences, ms: Math.round((now() - started) * 100) / 100 } };
}

/**
 * A sentence's figures, offsets within it. A short answer's figures take their facet from its
 * question as well ("Who was in the delegation?" "Five men."): they are read in the two together;
 * "a dozen of them" counts what the sentence before names (see partitive-antecedent.ts).
 */
function figuresOf(sentence: Sentence, previous: Sentence | undefined, index: LoadedIndex): PageFigure[] {
  // Facet attribution decides itself whether the sentence's subject points back to the one before.
  const ctx = { year: index.story.year, grammar: index.figureGrammar, headline: sentence.headline, referent: previous?.text };
  const parse = (text: string, label?: number) => parseFigures(text, label === undefined ? ctx : { ...ctx, label });
  if (!previous || !answersQuestion(sentence.text, previous.text)) {
    return withPartitiveAntecedent(sentence.text, parseRow(sentence, parse), previous?.text, index.figureGrammar, parse);
  }
  const offset = previous.text.length + 1;
  return parse(`${previous.text} ${sentence.text}`)
    .filter((f) => f.start >= offset)
    .map((f) => ({ ...f, start: f.start - offset, end: f.end - offset }));
}

/**
 * A sentence's figures, a fact box's row read as the line it is: its label set off by a colon
 * ("Visas issued by Belgium: 7, valid one day"), so the label says what the value's count counts.
 */
function parseRow(sentence: Sentence, parse: (text: string, label?: number) => PageFigure[]): PageFigure[] {
  const { label } = sentence;
  if (!label) return parse(sentence.text);
  // Each offset past the inserted colon moves back by it.
  const back = (at: number) => (at > label ? at - 1 : at);
  return parse(asFactLine(sentence), label).map((f) => ({ ...f, start: back(f.start), end: back(f.end) }));
}

/**
 * The figures of a sentence, read with what it leans on (`contextOf`), offsets into the article:
 * all of them, and apart those the page states, compared with the sources, and the facets of those
 * it does not (a figure a negated verb denies, one a fact-check quotes from a rumour).
 */
function sentenceFigures({ sentence, previous }: SentenceCandidates, index: LoadedIndex): SentenceFigures {
  const all: PageFigure[] = [];
  const stated: PageFigure[] = [];
  const unstated: Facet[] = [];
  for (const f of figuresOf(sentence, previous, index)) {
    if (!isStandalone(f)) continue;
    const figure = { ...f, start: f.start + sentence.start, end: f.end + sentence.start };
    all.push(figure);
    if (!deniedAt(sentence.text, f.start) && !hearsayAt(sentence.text, f.start)) stated.push(figure);
    else if (f.facet) unstated.push(f.facet);
  }
  return { all, stated, unstated };
}
interface SentenceFigures {
  all: PageFigure[];
  stated: PageFigure[];
  unstated: Facet[];
}
const NO_FIGURES: SentenceFigures = { all: [], stated: [], unstated: [] };

/**
 * A figure the page does not state contradicts no source: "No, Belgium did not give a dozen envoys
 * month-long visas", a viral post's "30-day visas". One that agrees with a source's version still
 * states it ("One early report claimed the Taliban had not applied for any visas", as one source
 * reported), so it is read like any figure and only its conflicts are dropped (a conflict always
 * carries its figure's facet).
 */
function withoutUnstatedConflicts(matches: Match[], unstated: readonly Facet[]): Match[] {
  if (unstated.length === 0) return matches;
  return matches.filter((m) => m.relation !== 'conflicts' || m.facet === undefined || !unstated.includes(m.facet));
}

/** "Two more" adds to an earlier count; on its own it is no figure to compare with a source's. */
function isStandalone(figure: PageFigure): boolean {
  return !(figure.value.kind === 'count' && figure.value.note === 'others');
}

/** Sentences of every block, with offsets into the article text. */
function sentencesOf(article: ArticleText): Sentence[] {
  if (article.blocks.length === 0) return segmentSentences(article.text, 0);
  return article.blocks.flatMap((b) => {
    const sentences = segmentSentences(article.text.slice(b.start, b.end), b.start);
    if (b.kind === 'title' || b.kind === 'heading') return sentences.map((s) => ({ ...s, headline: true }));
    // A fact box's row: its first sentence opens with the label.
    const first = sentences[0];
    if (b.label && first?.start === b.start && first.end > b.start + b.label) sentences[0] = { ...first, label: b.label };
    return sentences;
  });
}

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}
