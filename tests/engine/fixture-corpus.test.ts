import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIndexFromSeeds } from '@/src/cli/load-index-data';
import { compareWithBaseline, readBaseline } from '@/src/cli/fixture-baseline';
import { scoreCorpus, scoresBySet, sentencePrecisionRecall, type FixtureSet } from '@/src/cli/score-fixtures';

/**
 * Quality on our own labelled corpus (tests/fixtures), two ways: every page against its committed
 * baseline (a lost right highlight, a new wrong one or a new false conflict fails and names the
 * sentence), and bars per set, so that a drop in one set cannot hide in the others' totals.
 * `npm run --silent score -- --verbose` lists every miss; `npm run baseline` commits an improvement.
 */
const fixturesDir = path.resolve('tests/fixtures');
const { pages } = scoreCorpus(fixturesDir, loadIndexFromSeeds());

/**
 * Sentence precision and recall each set must reach, the false conflicts it may have, and how many of
 * its planted figures may go unflagged (one unless said).
 */
const SET_BARS: Record<FixtureSet, { precision: number; recall: number; falseConflicts: number; plantedMissed?: number }> = {
  // Recall 0.93 until its 82 headings and standfirsts in neither list were judged (2026-12-08): 7 state
  // a claim, and 4 of them are not highlighted ("Timeline: how the EU ended up hosting the Taliban").
  development: { precision: 0.97, recall: 0.92, falseConflicts: 0 },
  validation: { precision: 0.97, recall: 0.88, falseConflicts: 0 },
  blind: { precision: 0.98, recall: 0.94, falseConflicts: 0 },
  'blind-2': { precision: 0.99, recall: 0.92, falseConflicts: 0 },
  // The real-coverage sets' labels were completed on 2026-12-03 (every sentence in neither list judged;
  // see their READMEs), which raised their precision and lowered their recall: the bars follow.
  'real-coverage': { precision: 0.92, recall: 0.82, falseConflicts: 0 },
  // At its first score (see its README); raise the bars as changes reach it, never tune on its misses unsaid.
  'real-coverage-2': { precision: 0.92, recall: 0.76, falseConflicts: 0 },
  // First score 0.85 / 0.85 with 1 false conflict (see its README), that one since mended; the same rule as above.
  'real-coverage-3': { precision: 0.97, recall: 0.81, falseConflicts: 0 },
  // First score 0.78 / 0.81 with 2 false conflicts (see its README), both since mended; the same rule as above.
  // Recall 0.84 → 0.82 on 2026-12-06: "Stockholm helped organise … sending back Afghans" was Sweden's
  // pressing only because the stemmer read "back" as "backed" (supported); that collision is mended.
  'real-coverage-4': { precision: 0.95, recall: 0.82, falseConflicts: 0 },
  // First score 0.90 / 0.76 with 3 false conflicts (see its README), all three since mended; the same rule as above.
  'real-coverage-5': { precision: 0.95, recall: 0.81, falseConflicts: 0 },
  // First score 0.87 / 0.65 with 5 false conflicts (see its README), all since mended (the last, on
  // 2026-12-07: a special envoy's own trip to Kabul read as the Kabul mission's date); raised to 0.93 / 0.70.
  // 0.69 recall until a quoted viral post's sentence was relabelled unmatched (2026-12-08, see its README).
  'real-coverage-6': { precision: 0.92, recall: 0.68, falseConflicts: 0 },
  // First score 0.84 / 0.79 with 2 false conflicts and 2 of 4 planted figures flagged (see its README),
  // both false conflicts since mended. "17 EU member states and Norway" is flagged since "nearly 20"
  // means 19 or 20; "probably outside official EU buildings" is still no place the engine reads.
  'real-coverage-7': { precision: 0.83, recall: 0.79, falseConflicts: 0, plantedMissed: 1 },
  // First score 0.90 / 0.72, no false conflicts, no planted figure on a facet of the index (see its README).
  // Raised 2026-12-07 to what changes since have brought it to (0.93 / 0.77); recall 0.76 since the fact
  // box's "Where Brussels, closed technical session", labelled the venue, lost its wrong closed-door highlight.
  'real-coverage-8': { precision: 0.92, recall: 0.75, falseConflicts: 0 },
  // First score 0.87 / 0.83 with gate 10 / 12, 9 labels not found and 2 false conflicts (see its README),
  // all since mended.
  'real-coverage-9': { precision: 0.92, recall: 0.78, falseConflicts: 0, plantedMissed: 0 },
  // First score 0.97 / 0.77 with gate 11 / 12, 8 labels not found and 1 false conflict (see its README).
  // Its extraction mended, the legal brief's text was read, and with it two more false conflicts; all three since mended.
  'real-coverage-10': { precision: 0.95, recall: 0.78, falseConflicts: 0, plantedMissed: 0 },
  // First score 0.81 / 0.81 with gate 10 / 12, 24 labels not found and 5 false conflicts (see its README).
  'real-coverage-11': { precision: 0.88, recall: 0.79, falseConflicts: 0, plantedMissed: 1 },
  // First score 0.94 / 0.76 with 4 false conflicts and 3 of 4 planted figures flagged (see its README);
  // raised the same day to 0.95 / 0.78 with no false conflict left (the last: Austria's own trip to
  // Kabul in January 2025 read as the EU's mission); "18 member states" is flagged since "nearly 20" means 19 or 20.
  'real-coverage-12': { precision: 0.94, recall: 0.77, falseConflicts: 0, plantedMissed: 0 },
  // First score 0.91 / 0.79 with 5 labels not found, no false conflict, 3 of 4 planted figures flagged
  // (see its README); its labels all found since (0.90 / 0.78: the cards' headlines read, one a wrong claim).
  'real-coverage-13': { precision: 0.89, recall: 0.77, falseConflicts: 0, plantedMissed: 0 },
  // First score 0.92 / 0.83 with 4 labels not found and 2 false conflicts, every planted figure flagged
  // (see its README); all labels found and both false conflicts mended since (0.93 / 0.80).
  'real-coverage-14': { precision: 0.92, recall: 0.79, falseConflicts: 0, plantedMissed: 0 },
  // First score 0.95 / 0.71, no false conflict, 5 of 6 planted figures flagged (see its README);
  // raised the same day to 0.95 / 0.74, every planted figure flagged.
  'real-coverage-15': { precision: 0.94, recall: 0.73, falseConflicts: 0, plantedMissed: 0 },
  // First score 0.86 / 0.72, no false conflict, 4 of 6 planted figures flagged (see its README);
  // raised the same day to 0.88 / 0.73, every planted figure flagged.
  'real-coverage-16': { precision: 0.87, recall: 0.72, falseConflicts: 0, plantedMissed: 0 },
  // First score 0.99 / 0.76 with 9 labels not found, no false conflict, 3 of 5 planted figures flagged
  // (one more not in the text; see its README); all labels found and every planted figure flagged since.
  'real-coverage-17': { precision: 0.98, recall: 0.75, falseConflicts: 0, plantedMissed: 0 },
  // First score 0.90 / 0.63 with 2 labels not found, 1 false conflict, 5 of 6 planted figures flagged
  // (see its README); all labels found, the false conflict mended and every planted figure flagged since.
  'real-coverage-18': { precision: 0.9, recall: 0.62, falseConflicts: 0, plantedMissed: 0 },
  // First score 0.79 / 0.76 with 4 false conflicts, 5 of 6 planted figures flagged and a near miss
  // taken (see its README); 0.86 / 0.75 with no false conflict and every planted figure flagged since.
  'real-coverage-19': { precision: 0.85, recall: 0.74, falseConflicts: 0, plantedMissed: 0 },
  // First score 0.90 / 0.72 with 5 labels not found, 1 false conflict and 3 of 5 planted figures flagged
  // (see its README); every label found, no false conflict and every planted figure flagged since.
  'real-coverage-20': { precision: 0.91, recall: 0.75, falseConflicts: 0, plantedMissed: 0 },
  // First score 0.98 / 0.79 with 10 labels not found and 5 of 6 planted figures flagged (see its README).
  'real-coverage-21': { precision: 0.97, recall: 0.76, falseConflicts: 0, plantedMissed: 0 },
};

/**
 * Gate errors not yet mended, each named so that a fix (or a new error) fails until this list says so.
 * real-coverage-11's timeline stops in January 2026, before the meeting, but states five of the
 * story's claims (the letter, the Kabul mission, the "technical" line…) in dated entries; nothing
 * yet tells a page about the run-up from one about the meeting (see its README).
 */
const KNOWN_GATE_ERRORS = [
  'real-coverage-11/06-timeline-eu-taliban-2021-2026: gate said on topic',
];

describe('labelled fixture corpus', () => {
  it('finds every label in its page text', () => {
    const missing = Object.values(pages).flatMap((s) => s.problems.filter((p) => p.includes('label not found')));
    expect(missing).toEqual([]);
  });

  it('gets the gate right on every page but the known ones', () => {
    const wrong = Object.values(pages).flatMap((s) => s.problems.filter((p) => p.includes('gate said')));
    expect(wrong).toEqual(KNOWN_GATE_ERRORS);
  });

  it.each(Object.keys(pages))('%s: no regression against its baseline', (page) => {
    const baseline = readBaseline(fixturesDir, page);
    expect(baseline, `${page} has no baseline.json: run npm run baseline and review the diff`).toBeDefined();
    const diff = compareWithBaseline(page, pages[page], baseline!);
    expect(diff.regressions, `${page} got worse; if the change is right, run npm run baseline and review the diff`).toEqual([]);
  });

  it.each([...scoresBySet(pages)])('%s set: sentence precision, recall and false conflicts within its bars', (set, score) => {
    const bars = SET_BARS[set];
    const { precision, recall } = sentencePrecisionRecall(score);
    const report = score.problems.join('\n');
    expect(precision, report).toBeGreaterThanOrEqual(bars.precision);
    expect(recall, report).toBeGreaterThanOrEqual(bars.recall);
    expect(score.falseConflicts, report).toBeLessThanOrEqual(bars.falseConflicts);
    expect(score.plantedFlagged, report).toBeGreaterThanOrEqual(score.planted - (bars.plantedMissed ?? 1));
  });

  it('matches nothing on near-miss pages', () => {
    const nearMisses = Object.entries(pages).filter(([n]) => n.startsWith('near-miss/') || n.includes('near-miss'));
    expect(nearMisses.length).toBeGreaterThan(0);
    for (const [name, s] of nearMisses) expect(s.confident, name).toBe(0);
  });
});
