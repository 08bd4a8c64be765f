import path from 'node:path';
import { loadIndexFromSeeds } from './load-index-data';
import { addScores, fixtureSetOf, precisionRecall, scoreCorpus, sentencePrecisionRecall, type Score } from './score-fixtures';

/**
 * `npm run --silent score [-- --verbose]`: precision, recall and conflict detection over tests/fixtures,
 * for each set (development, validation, blind) and in total.
 */
const { total, pages } = scoreCorpus(path.resolve('tests/fixtures'), loadIndexFromSeeds());
const sets = new Map<string, Score>();
for (const [name, score] of Object.entries(pages)) {
  const set = fixtureSetOf(name);
  const sum = sets.get(set);
  sets.set(set, sum ? addScores(sum, score) : score);
}
console.log('set          pages gate  labels  claim P/R     sentence P/R  planted  false conflicts');
for (const [name, s] of [...sets, ['total', total] as const]) {
  const claim = precisionRecall(s);
  const sentence = sentencePrecisionRecall(s);
  console.log(
    `${name.padEnd(12)} ${String(s.pages).padStart(5)} ${String(s.gateRight).padStart(4)} ${String(s.labels).padStart(7)}  ` +
      `${claim.precision.toFixed(2)} / ${claim.recall.toFixed(2)}   ${sentence.precision.toFixed(2)} / ${sentence.recall.toFixed(2)}   ` +
      `${`${s.plantedFlagged}/${s.planted}`.padStart(7)}  ${s.falseConflicts}`,
  );
}
if (process.argv.includes('--verbose')) {
  for (const [name, s] of Object.entries(pages)) {
    const pr = precisionRecall(s);
    console.log(`  ${name.padEnd(44)} P ${pr.precision.toFixed(2)} R ${pr.recall.toFixed(2)} conflicts ${s.plantedFlagged}/${s.planted} false ${s.falseConflicts}`);
  }
  for (const p of total.problems) console.log(`- ${p}`);
}
