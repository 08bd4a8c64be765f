import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Analysis, Facet, Match, Relation } from '../types';
import type { LoadedIndex } from '../index/hydrate-index';
import { analyzeArticle } from '../engine/analyze';
import { htmlToArticle } from '../extract/html-to-article';
import { asRead } from '../engine/text/invisible';

/** One labelled sentence of a fixture's expected.json. */
export interface ExpectedSentence {
  text: string;
  claimId: string;
  relation: Relation;
  facet?: Facet;
  planted?: string;
}

/** A fixture's expected.json. */
export interface Expected {
  onTopic: boolean;
  register?: string;
  sentences: ExpectedSentence[];
  unmatched?: string[];
}

/** Counts over one page or the whole corpus. */
export interface Score {
  pages: number;
  gateRight: number;
  labels: number;
  /** Sentences with at least one confident match: what is highlighted. */
  confident: number;
  /** Highlighted sentences whose matches include the labelled claim. */
  truePositives: number;
  /** Highlighted sentences that are labelled, but with a claim none of their matches names. */
  wrongClaim: number;
  /** Labelled sentences with any confident match, right claim or not: what a reader sees highlighted. */
  labelsHighlighted: number;
  planted: number;
  plantedFlagged: number;
  falseConflicts: number;
  problems: string[];
  /** What happened to each scored sentence: the page's baseline is made of these. */
  outcomes: Outcome[];
}

/**
 * One scored sentence: `right` is a highlighted sentence naming its label's claim, `wrong` a
 * highlighted sentence that is unlabelled or names another claim, `missed` a labelled sentence not
 * highlighted with its claim, `false-conflict` a flagged figure no planted label accounts for, and
 * `planted` a planted figure flagged on the right facet.
 */
export interface Outcome {
  kind: 'right' | 'wrong' | 'missed' | 'false-conflict' | 'planted';
  /** The sentence, whitespace collapsed; a page's baseline names sentences by this text. */
  text: string;
  /** The claims (or facet, for a conflict) the engine gave it. */
  got: string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
/** A label as the article's text has it: whitespace collapsed, the characters nobody sees dropped (a Persian line's zero-width non-joiners). */
const collapse = asRead;

/** How much of a sentence a problem line quotes (`SCORE_WIDTH`, 70 by default). */
const QUOTE_WIDTH = Number(process.env.SCORE_WIDTH ?? 70);

/**
 * Where a label stands in the page's text. A label names its sentence by its words, and a short one
 * may stand twice ("Tuesday 23 June 2026" in a byline and in a fact box's row): then the occurrence
 * the engine highlighted is the one the label can be scored on, the first one otherwise.
 */
function labelStart(text: string, label: string, confident: readonly Match[]): number {
  const first = text.indexOf(label);
  for (let at = first; at >= 0; at = text.indexOf(label, at + 1)) {
    const span = { start: at, end: at + label.length };
    if (confident.some((m) => overlaps(m, span))) return at;
  }
  return first;
}

/** Scores one fixture page's analysis against its labels, sentence by sentence. */
export function scorePage(name: string, text: string, analysis: Analysis, expected: Expected): Score {
  const score: Score = { pages: 1, gateRight: 0, labels: 0, confident: 0, truePositives: 0, wrongClaim: 0, labelsHighlighted: 0, planted: 0, plantedFlagged: 0, falseConflicts: 0, problems: [], outcomes: [] };
  if (analysis.topic.onTopic === expected.onTopic) score.gateRight++;
  else score.problems.push(`${name}: gate said ${analysis.topic.onTopic ? 'on' : 'off'} topic`);
  const confident = analysis.matches.filter((m) => m.tier === 'confident');
  const labels = expected.sentences.map((l) => {
    const start = labelStart(text, collapse(l.text), confident);
    if (start < 0) score.problems.push(`${name}: label not found in page text: "${l.text.slice(0, 60)}…"`);
    return { ...l, start, end: start + collapse(l.text).length };
  }).filter((l) => l.start >= 0);
  score.labels = labels.length;
  // A sentence may state two claims: it is scored once, right when any of its matches names the label's claim.
  const highlighted = new Map<number, Match[]>();
  for (const m of confident) highlighted.set(m.start, [...(highlighted.get(m.start) ?? []), m]);
  score.confident = highlighted.size;
  for (const group of highlighted.values()) {
    const [m] = group;
    const ids = group.map((g) => g.claimId).join(' + ');
    const label = labels.find((l) => overlaps(l, m));
    const text = collapse(m.text);
    if (label && group.some((g) => g.claimId === label.claimId)) {
      score.truePositives++;
      score.outcomes.push({ kind: 'right', text, got: ids });
    } else if (label) {
      score.wrongClaim++;
      score.outcomes.push({ kind: 'wrong', text, got: ids });
      score.problems.push(`${name}: wrong claim ${ids} (want ${label.claimId}) for "${m.text.slice(0, QUOTE_WIDTH)}"`);
    } else {
      score.outcomes.push({ kind: 'wrong', text, got: ids });
      score.problems.push(`${name}: false match ${ids} [${m.confidence}] for "${m.text.slice(0, QUOTE_WIDTH)}"`);
    }
  }
  for (const l of labels) {
    if (confident.some((m) => overlaps(l, m))) score.labelsHighlighted++;
    if (!confident.some((m) => overlaps(l, m) && m.claimId === l.claimId)) {
      const near = analysis.matches.find((m) => overlaps(l, m));
      score.outcomes.push({ kind: 'missed', text: collapse(l.text), got: near ? `${near.claimId} (${near.tier})` : '' });
      score.problems.push(`${name}: missed ${l.claimId} in "${l.text.slice(0, QUOTE_WIDTH)}"${near ? ` (got ${near.claimId} ${near.tier} ${near.confidence})` : ''}`);
    }
  }
  const flagged = [
    ...analysis.conflicts.filter((c) => c.conflicts).map((c) => ({ facet: c.facet, start: c.page.start, end: c.page.end, text: c.page.text })),
    ...analysis.matches.filter((m) => m.relation === 'conflicts' && m.tier === 'confident').map((m) => ({ facet: m.facet, start: m.start, end: m.end, text: m.text })),
  ];
  const planted = labels.filter((l) => l.relation === 'conflicts');
  score.planted = planted.length;
  for (const p of planted) {
    if (flagged.some((f) => overlaps(p, f) && f.facet === p.facet)) {
      score.plantedFlagged++;
      score.outcomes.push({ kind: 'planted', text: collapse(p.text), got: p.facet ?? '' });
    } else score.problems.push(`${name}: planted ${p.facet} conflict not flagged: "${p.text.slice(0, QUOTE_WIDTH)}"`);
  }
  const falseFlags = new Map<string, { facet?: string; text: string }>();
  for (const f of flagged) if (!planted.some((p) => overlaps(p, f) && f.facet === p.facet)) falseFlags.set(`${f.facet}@${f.start}`, f);
  score.falseConflicts = falseFlags.size;
  for (const [key, f] of falseFlags) {
    score.outcomes.push({ kind: 'false-conflict', text: collapse(f.text), got: f.facet ?? '' });
    score.problems.push(`${name}: false conflict ${key} in "${f.text.slice(0, QUOTE_WIDTH)}"`);
  }
  return score;
}

/** Adds two scores. */
export function addScores(a: Score, b: Score): Score {
  const sum = { ...a, problems: [...a.problems, ...b.problems], outcomes: [...a.outcomes, ...b.outcomes] };
  for (const key of Object.keys(a) as (keyof Score)[]) if (key !== 'problems' && key !== 'outcomes') (sum[key] as number) = (a[key] as number) + (b[key] as number);
  return sum;
}

/** The folders of tests/fixtures that hold labelled pages (page.html + expected.json per page). */
export const FIXTURE_GROUPS = ['on-topic', 'near-miss', 'blind', 'blind-2', 'real-coverage', 'real-coverage-2', 'real-coverage-3', 'real-coverage-4', 'real-coverage-5', 'real-coverage-6', 'real-coverage-7', 'real-coverage-8', 'real-coverage-9', 'real-coverage-10', 'real-coverage-11', 'real-coverage-12', 'real-coverage-13', 'real-coverage-14', 'real-coverage-15', 'real-coverage-16', 'real-coverage-17', 'real-coverage-18', 'real-coverage-19', 'real-coverage-20', 'real-coverage-21'] as const;

/** The folders whose pages are split into the development and validation sets (see `fixtureSetOf`). */
type SplitGroup = 'on-topic' | 'near-miss';
/** The folders that are a set of their own, named after their folder: every other one. */
type FolderSet = Exclude<(typeof FIXTURE_GROUPS)[number], SplitGroup>;

/** The sets pages are scored in: each has its own quality bars, so a drop in one cannot hide in the others. */
export type FixtureSet = 'development' | 'validation' | FolderSet;
const SETS_BY_FOLDER = new Set<string>(FIXTURE_GROUPS.filter((group): group is FolderSet => group !== 'on-topic' && group !== 'near-miss'));

/**
 * The sets, by page name: development (tuned on), validation (written later by another author),
 * blind and blind-2 (each written by another author and scored once before any change it could
 * inform), and real-coverage and real-coverage-2 to -8 (written by authors who read only published
 * coverage, never the seeds; the second to eighth each scored once before any change it could inform).
 */
export function fixtureSetOf(name: string): FixtureSet {
  const [group, page] = name.split('/');
  if (SETS_BY_FOLDER.has(group)) return group as FixtureSet;
  const n = Number(page.slice(0, 2));
  return (group === 'on-topic' ? n >= 15 : n >= 11) ? 'validation' : 'development';
}

/** Analyses and scores every fixture page under a folder (see `FIXTURE_GROUPS`). */
export function scoreCorpus(
  fixturesDir: string,
  index: LoadedIndex,
  confidentThreshold?: number,
): { total: Score; pages: Record<string, Score> } {
  const pages: Record<string, Score> = {};
  for (const group of FIXTURE_GROUPS) {
    const dir = path.join(fixturesDir, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
      // A page still being labelled has no expected.json yet; the corpus test requires one for every page.
      if (!existsSync(path.join(dir, name, 'expected.json'))) continue;
      const html = readFileSync(path.join(dir, name, 'page.html'), 'utf8');
      const expected = JSON.parse(readFileSync(path.join(dir, name, 'expected.json'), 'utf8')) as Expected;
      const article = htmlToArticle(html);
      pages[`${group}/${name}`] = scorePage(`${group}/${name}`, article.text, analyzeArticle(article, index, { confidentThreshold }), expected);
    }
  }
  const total = Object.values(pages).reduce(addScores);
  return { total, pages };
}

/** Page scores summed per set (see `fixtureSetOf`). */
export function scoresBySet(pages: Record<string, Score>): Map<FixtureSet, Score> {
  const sets = new Map<FixtureSet, Score>();
  for (const [name, score] of Object.entries(pages)) {
    const set = fixtureSetOf(name);
    const sum = sets.get(set);
    sets.set(set, sum ? addScores(sum, score) : score);
  }
  return sets;
}

/** Precision and recall of confident matches (right claim required). */
export function precisionRecall(s: Score): { precision: number; recall: number } {
  return { precision: s.confident ? s.truePositives / s.confident : 1, recall: s.labels ? s.truePositives / s.labels : 1 };
}

/**
 * Precision and recall of highlighting, sentence by sentence: is a sentence that states some claim
 * highlighted, and does a highlighted sentence state one? What a reader sees, whichever claim is named.
 */
export function sentencePrecisionRecall(s: Score): { precision: number; recall: number } {
  const onLabelled = s.truePositives + s.wrongClaim;
  return { precision: s.confident ? onLabelled / s.confident : 1, recall: s.labels ? s.labelsHighlighted / s.labels : 1 };
}
