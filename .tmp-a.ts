import { readFileSync } from 'fs';
import { loadIndexFromSeeds } from './src/cli/load-index-data';
import { analyzeArticle } from './src/engine/analyze';
import { plainTextToArticle } from './src/extract/plain-text-to-article';
const index = loadIndexFromSeeds();
for (const f of ['003_559228864bffbebb.txt','002_9cbe9cf2e23f7fbc.txt']) {
const a = analyzeArticle(plainTextToArticle(readFileSync('/work/shared/seeds/'+f,'utf8')), index);
for (const m of a.matches) if (m.facet) console.log(f.slice(0,3), m.facet, m.claimId, m.relation, m.tier, m.confidence.toFixed(2), JSON.stringify(m.value), '|', m.text.slice(0,80));
}
