import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Outcome, Score } from './score-fixtures';

/**
 * A page's committed result (`baseline.json` beside its `expected.json`), Readability-style: which
 * sentences the engine gets right, which it highlights wrongly, which figures it flags falsely.
 * A change may improve on it; a change that loses a right highlight or adds a wrong one fails.
 */
export interface PageBaseline {
  /** Whether the gate reached the page's labelled verdict. */
  gateRight: boolean;
  right: string[];
  wrong: string[];
  falseConflicts: string[];
  /** Planted wrong figures flagged on the right facet. */
  planted: string[];
}

/** What a page's result does worse than its baseline: each entry names the sentence. */
export interface BaselineDiff {
  page: string;
  regressions: string[];
  improvements: string[];
}

const textsOf = (outcomes: Outcome[], kind: Outcome['kind']) => [...new Set(outcomes.filter((o) => o.kind === kind).map((o) => o.text))].sort();

/** The baseline a page's score would commit. */
export function baselineOf(score: Score): PageBaseline {
  return {
    gateRight: score.gateRight === 1,
    right: textsOf(score.outcomes, 'right'),
    wrong: textsOf(score.outcomes, 'wrong'),
    falseConflicts: textsOf(score.outcomes, 'false-conflict'),
    planted: textsOf(score.outcomes, 'planted'),
  };
}

/** Compares a page's score with its committed baseline. */
export function compareWithBaseline(page: string, score: Score, baseline: PageBaseline): BaselineDiff {
  const now = baselineOf(score);
  const diff: BaselineDiff = { page, regressions: [], improvements: [] };
  if (now.gateRight !== baseline.gateRight) (now.gateRight ? diff.improvements : diff.regressions).push(`the gate's verdict is now ${now.gateRight ? 'right' : 'wrong'}`);
  const got = new Map(score.outcomes.map((o) => [`${o.kind}:${o.text}`, o.got]));
  for (const text of baseline.right) if (!now.right.includes(text)) diff.regressions.push(`lost a right highlight: "${text}" (now ${got.get(`wrong:${text}`) ?? got.get(`missed:${text}`) ?? 'nothing'})`);
  for (const text of now.wrong) if (!baseline.wrong.includes(text)) diff.regressions.push(`new wrong highlight ${got.get(`wrong:${text}`)}: "${text}"`);
  for (const text of now.falseConflicts) if (!baseline.falseConflicts.includes(text)) diff.regressions.push(`new false conflict ${got.get(`false-conflict:${text}`)}: "${text}"`);
  for (const text of baseline.planted) if (!now.planted.includes(text)) diff.regressions.push(`planted conflict no longer flagged: "${text}"`);
  for (const text of now.planted) if (!baseline.planted.includes(text)) diff.improvements.push(`planted conflict now flagged: "${text}"`);
  for (const text of now.right) if (!baseline.right.includes(text)) diff.improvements.push(`new right highlight: "${text}"`);
  for (const text of baseline.wrong) if (!now.wrong.includes(text)) diff.improvements.push(`wrong highlight gone: "${text}"`);
  for (const text of baseline.falseConflicts) if (!now.falseConflicts.includes(text)) diff.improvements.push(`false conflict gone: "${text}"`);
  return diff;
}

const baselinePath = (fixturesDir: string, page: string) => path.join(fixturesDir, page, 'baseline.json');

/** Reads a page's committed baseline, or undefined when it has none yet. Throws, naming the file, on a broken one. */
export function readBaseline(fixturesDir: string, page: string): PageBaseline | undefined {
  const file = baselinePath(fixturesDir, page);
  if (!existsSync(file)) return undefined;
  const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<PageBaseline>;
  if (typeof data.gateRight !== 'boolean' || ![data.right, data.wrong, data.falseConflicts, data.planted].every((l) => Array.isArray(l) && l.every((t) => typeof t === 'string'))) {
    throw new Error(`${file}: not a page baseline (want gateRight, right, wrong, falseConflicts, planted); regenerate it with npm run baseline`);
  }
  return data as PageBaseline;
}

/** Writes every page's baseline; returns how many files changed. */
export function writeBaselines(fixturesDir: string, pages: Record<string, Score>): number {
  let changed = 0;
  for (const [page, score] of Object.entries(pages)) {
    const file = baselinePath(fixturesDir, page);
    const text = `${JSON.stringify(baselineOf(score), null, 2)}\n`;
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    writeFileSync(file, text);
    changed++;
  }
  return changed;
}
