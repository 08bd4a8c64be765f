import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Fuse from 'fuse.js';
import type { ArticleText } from '../types';
import { analyzeArticle } from '../engine/analyze';
import { segmentSentences } from '../engine/sentences/segment-sentences';
import { htmlToArticle } from '../extract/html-to-article';
import { plainTextToArticle } from '../extract/plain-text-to-article';
import { loadIndexFromSeeds } from './load-index-data';
import { printBrowserFigures } from './browser-figures';

/**
 * `npm run bench`: medians over repeated runs of the gate on a large off-topic page, the full
 * analysis of a ~3,000-word on-topic article, and a naive Fuse baseline on the same article.
 * Then the browser figures (see browser-figures.ts). Prints figures and ratios; it asserts nothing.
 */
const FIXTURES = path.resolve('tests/fixtures');
const SEEDS = path.resolve('../shared/seeds');
const RUNS = 50;
/** Runs before the timed ones: V8 optimises a function only after it has run a few times. */
const WARM_UP_RUNS = 5;
const BASELINE_RUNS = 3;

const index = loadIndexFromSeeds();

function fixtureTexts(kind: 'on-topic' | 'near-miss'): string[] {
  const dir = path.join(FIXTURES, kind);
  return readdirSync(dir).sort().map((name) => htmlToArticle(readFileSync(path.join(dir, name, 'page.html'), 'utf8')).text);
}

/** Repeats paragraphs of the given texts until the result has `size` characters (or words). */
function buildArticle(texts: string[], enough: (text: string) => boolean, title: string): ArticleText {
  const paragraphs: string[] = [];
  for (let i = 0; !enough(paragraphs.join('\n\n')); i++) paragraphs.push(texts[i % texts.length]);
  return plainTextToArticle(`${title}\n\n${paragraphs.join('\n\n')}`);
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The first run (cold code, as in a background worker's first page) and the median of `runs` after warm-up. */
function timed(runs: number, fn: () => void, warmUp = WARM_UP_RUNS): { first: number; median: number } {
  const clock = (run: () => void) => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  };
  const first = clock(fn);
  for (let i = 1; i < warmUp; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(clock(fn));
  return { first, median: median(samples) };
}

const time = (runs: number, fn: () => void, warmUp?: number) => timed(runs, fn, warmUp).median;

function baselineCorpus(): { sentences: string[]; from: string } {
  if (existsSync(SEEDS)) {
    const texts = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));
    return { sentences: texts.flatMap((t) => segmentSentences(t).map((s) => s.text)), from: 'seed article sentences' };
  }
  return { sentences: index.claims.map((c) => c.text), from: 'claim texts (../shared/seeds absent)' };
}

const nearMisses = fixtureTexts('near-miss');
// A typical page never names the Taliban; the worst case mixes near misses that do.
const offTopic = buildArticle(nearMisses.filter((t) => !/talib|taleb/i.test(t)), (t) => t.length >= 100_000, 'Off-topic page');
const nearMissPage = buildArticle(nearMisses, (t) => t.length >= 100_000, 'Near-miss page');
const onTopic = buildArticle(fixtureTexts('on-topic'), (t) => t.split(/\s+/).length >= 3000, index.story.title);
const onTopicSentences = segmentSentences(onTopic.text).map((s) => s.text);
const corpus = baselineCorpus();
const wireHtml = readFileSync(path.join(FIXTURES, 'on-topic/01-wire-brief/page.html'), 'utf8');
// The background's extraction (linkedom, Readability) of an article under a 50,000-node comment thread,
// one comment in five named as a summary box is ("highlights"): each such box is tested for furniture.
const comment = (i: number) => `<div class="cmt${i % 5 === 0 ? ' highlights' : ''}"><span>reader${i}</span><span>Comment ${i}, on nothing much.</span></div>`;
const manyNodesHtml = wireHtml.replace('</body>', `<section class="comments">${Array.from({ length: 10_000 }, (_, i) => comment(i)).join('')}</section></body>`);

const gateMs = time(RUNS, () => analyzeArticle(offTopic, index));
const nearMissMs = time(RUNS, () => analyzeArticle(nearMissPage, index));
// Stitched from many articles, this page can pass the gate (each story lends a signal); timed either way.
const nearMissVerdict = analyzeArticle(nearMissPage, index).topic.onTopic ? 'passed the gate, fully analysed' : 'rejected';
const analysis = timed(RUNS, () => analyzeArticle(onTopic, index));
const analyseMs = analysis.median;
const extractMs = time(5, () => htmlToArticle(wireHtml));
const manyNodesMs = time(3, () => htmlToArticle(manyNodesHtml), 1);
const fuse = new Fuse(corpus.sentences, { includeScore: true, threshold: 0.6, ignoreLocation: true, useTokenSearch: true } as ConstructorParameters<typeof Fuse<string>>[1]);
const baselineMs = time(BASELINE_RUNS, () => {
  for (const sentence of onTopicSentences) fuse.search(sentence, { limit: 1 });
}, 1);

const row = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
console.log(`ClaimLens benchmark (medians of ${RUNS} runs after ${WARM_UP_RUNS} warm-up runs, baseline ${BASELINE_RUNS} runs after one; node ${process.version})`);
row('off-topic page rejected by the gate', `${gateMs.toFixed(3)} ms  (${offTopic.text.length.toLocaleString('en')} chars)`);
row("near-miss articles stitched together (name the story's subject)", `${nearMissMs.toFixed(3)} ms  (${nearMissPage.text.length.toLocaleString('en')} chars, ${nearMissVerdict})`);
row('on-topic article analysed', `${analyseMs.toFixed(2)} ms  (${onTopic.text.split(/\s+/).length} words, ${onTopicSentences.length} sentences)`);
row('  per sentence', `${((analyseMs / onTopicSentences.length) * 1000).toFixed(1)} µs`);
row('  its first run (code not yet optimised)', `${analysis.first.toFixed(2)} ms`);
row('wire report extracted from its HTML (background)', `${extractMs.toFixed(2)} ms  (${wireHtml.length.toLocaleString('en')} bytes)`);
row('  with a 50,000-node comment thread below it', `${manyNodesMs.toFixed(0)} ms  (${manyNodesHtml.length.toLocaleString('en')} bytes)`);
row(`naive baseline (Fuse over ${corpus.sentences.length} ${corpus.from})`, `${baselineMs.toFixed(0)} ms`);
row('  per sentence', `${(baselineMs / onTopicSentences.length).toFixed(2)} ms`);
row('speed-up over the baseline', `${(baselineMs / analyseMs).toFixed(0)}×`);
row('on-topic analysis / off-topic rejection', `${(analyseMs / gateMs).toFixed(0)}×`);
await printBrowserFigures(row);
