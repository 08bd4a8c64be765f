import path from 'node:path';
import { loadIndexFromSeeds } from './load-index-data';
import { precisionRecall, scoreCorpus } from './score-fixtures';

/** `npm run --silent score [-- --verbose]`: precision, recall and conflict detection over tests/fixtures. */
const { total, pages } = scoreCorpus(path.resolve('tests/fixtures'), loadIndexFromSeeds());
const { precision, recall } = precisionRecall(total);
console.log(`pages ${total.pages}, gate right on ${total.gateRight}`);
console.log(`confident matches ${total.confident}, labelled sentences ${total.labels}, right claim ${total.truePositives}, wrong claim ${total.wrongClaim}`);
console.log(`precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}`);
console.log(`planted conflicts flagged ${total.plantedFlagged}/${total.planted}, false conflicts ${total.falseConflicts}`);
if (process.argv.includes('--verbose')) {
  for (const [name, s] of Object.entries(pages)) {
    const pr = precisionRecall(s);
    console.log(`  ${name.padEnd(40)} P ${pr.precision.toFixed(2)} R ${pr.recall.toFixed(2)} conflicts ${s.plantedFlagged}/${s.planted} false ${s.falseConflicts}`);
  }
  for (const p of total.problems) console.log(`- ${p}`);
}
