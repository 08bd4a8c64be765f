import path from 'node:path';
import { loadIndexFromSeeds } from './load-index-data';
import { precisionRecall, scoreCorpus, scoresBySet, sentencePrecisionRecall } from './score-fixtures';
import { compareWithBaseline, readBaseline, writeBaselines } from './fixture-baseline';

/**
 * `npm run --silent score [-- --verbose]`: precision, recall and conflict detection over tests/fixtures,
 * for each set and in total, and each page against its committed baseline.
 * `npm run baseline` (`score -- --update-baseline`) commits the current result as every page's baseline.
 */
const fixturesDir = path.resolve('tests/fixtures');
const { total, pages } = scoreCorpus(fixturesDir, loadIndexFromSeeds());
console.log('set            pages gate  labels  claim P/R     sentence P/R  planted  false conflicts');
for (const [name, s] of [...scoresBySet(pages), ['total', total] as const]) {
  const claim = precisionRecall(s);
  const sentence = sentencePrecisionRecall(s);
  console.log(
    `${name.padEnd(14)} ${String(s.pages).padStart(5)} ${String(s.gateRight).padStart(4)} ${String(s.labels).padStart(7)}  ` +
      `${claim.precision.toFixed(2)} / ${claim.recall.toFixed(2)}   ${sentence.precision.toFixed(2)} / ${sentence.recall.toFixed(2)}   ` +
      `${`${s.plantedFlagged}/${s.planted}`.padStart(7)}  ${s.falseConflicts}`,
  );
}
if (process.argv.includes('--verbose')) {
  for (const [name, s] of Object.entries(pages)) {
    const pr = sentencePrecisionRecall(s);
    console.log(`  ${name.padEnd(48)} sentence P ${pr.precision.toFixed(2)} R ${pr.recall.toFixed(2)} conflicts ${s.plantedFlagged}/${s.planted} false ${s.falseConflicts}`);
  }
  for (const p of total.problems) console.log(`- ${p}`);
}
if (process.argv.includes('--update-baseline')) {
  console.log(`\n${writeBaselines(fixturesDir, pages)} page baselines written.`);
} else {
  let regressions = 0;
  let improvements = 0;
  for (const [page, score] of Object.entries(pages)) {
    const baseline = readBaseline(fixturesDir, page);
    if (!baseline) {
      console.log(`\n${page}: no baseline yet (npm run baseline writes one)`);
      continue;
    }
    const diff = compareWithBaseline(page, score, baseline);
    regressions += diff.regressions.length;
    improvements += diff.improvements.length;
    for (const r of diff.regressions) console.log(`  worse  ${page}: ${r}`);
    for (const r of diff.improvements) console.log(`  better ${page}: ${r}`);
  }
  console.log(`\nAgainst the baselines: ${regressions} regressions, ${improvements} improvements.`);
}
