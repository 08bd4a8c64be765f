import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIndexFromSeeds } from '@/src/cli/load-index-data';
import { scorePage, type Expected } from '@/src/cli/score-fixtures';
import { analyzeArticle } from '@/src/engine/analyze';
import { analyzeAcrossStories } from '@/src/engine/gate/choose-story';
import { htmlToArticle } from '@/src/extract/html-to-article';

/**
 * A second, invented story (tests/fixtures/stories/veldhaven-strike: a dock strike over automated
 * cranes) in the same files as seeds/: the engine handles it with no code of its own, and neither
 * story fires on the other's pages.
 */
const STORY_DIR = path.resolve('tests/fixtures/stories/veldhaven-strike');
const strike = loadIndexFromSeeds(STORY_DIR);
const talks = loadIndexFromSeeds();

const pagesOf = (dir: string) =>
  readdirSync(dir)
    .filter((d) => !d.endsWith('.md'))
    .sort()
    .map((d) => ({ name: d, article: htmlToArticle(readFileSync(path.join(dir, d, 'page.html'), 'utf8')), expected: JSON.parse(readFileSync(path.join(dir, d, 'expected.json'), 'utf8')) as Expected }));
const strikePages = pagesOf(path.join(STORY_DIR, 'pages'));
const talksPages = pagesOf(path.resolve('tests/fixtures/on-topic'));

describe('a second story, as data only', () => {
  it('has its own facets, and none of the first story’s', () => {
    expect(strike.facets.facets.map((f) => f.key)).toEqual(['strike.start', 'strike.workers', 'strike.length']);
    expect(strike.figureGrammar.placeFacet).toBeUndefined();
  });

  it.each(strikePages.map((p) => [p.name, p] as const))('%s: the gate and every label as written', (name, { article, expected }) => {
    const analysis = analyzeArticle(article, strike);
    const score = scorePage(name, article.text, analysis, expected);
    expect(score.problems).toEqual([]);
    expect(analysis.topic.story?.id).toBe(strike.story.id);
  });

  it('flags the planted length of the strike on its own facet', () => {
    const page = strikePages.find((p) => p.name.startsWith('02-'))!;
    const flagged = analyzeArticle(page.article, strike).conflicts.filter((c) => c.conflicts);
    expect(flagged.map((c) => [c.facet, c.page.label])).toEqual([['strike.length', '12 days']]);
  });

  it.each(strikePages.map((p) => [p.name, p.article] as const))('the first story does not take %s', (_name, article) => {
    expect(analyzeArticle(article, talks).topic.onTopic).toBe(false);
  });

  it.each(talksPages.map((p) => [p.name, p.article] as const))('the second story does not take on-topic/%s', (_name, article) => {
    expect(analyzeArticle(article, strike).topic.onTopic).toBe(false);
  });

  it('says which story a page is about, or that it is about none', () => {
    const both = [talks, strike];
    expect(analyzeAcrossStories(strikePages[0].article, both).index).toBe(strike);
    expect(analyzeAcrossStories(talksPages[0].article, both).index).toBe(talks);
    const nearMiss = strikePages.find((p) => p.name.includes('near-miss'))!;
    expect(analyzeAcrossStories(nearMiss.article, both).analysis.topic.onTopic).toBe(false);
  });

  it('runs from the command line with --index', () => {
    const page = path.join(STORY_DIR, 'pages', strikePages[0].name, 'page.html');
    const out = JSON.parse(execFileSync('npx', ['tsx', 'src/cli/analyze-cli.ts', '--json', '--index', STORY_DIR, page], { encoding: 'utf8' }));
    expect(out.onTopic).toBe(true);
    expect(out.matches.map((m: { claimId: string }) => m.claimId)).toContain('strikers-about-4000');
    const report = execFileSync('npx', ['tsx', 'src/cli/claims-cli.ts', '--index', STORY_DIR], { encoding: 'utf8' });
    expect(report).toMatch(/strike\.workers\s+about 4,000 \(000\) \| 3,500 \(001\)/);
  });
});
