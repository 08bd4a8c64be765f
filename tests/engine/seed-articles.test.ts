import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIndexFromSeeds } from '@/src/cli/load-index-data';
import { analyzeArticle } from '@/src/engine/analyze';
import { plainTextToArticle } from '@/src/extract/plain-text-to-article';

/** The five source articles, run through the engine: each one's own figures must come back on the right facet. */
const SEEDS = path.resolve('../shared/seeds');
const index = loadIndexFromSeeds();

describe.skipIf(!existsSync(SEEDS))('the seed articles themselves', () => {
  const files = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];

  it.each(files)('%s is on topic', (file) => {
    const analysis = analyzeArticle(plainTextToArticle(readFileSync(path.join(SEEDS, file), 'utf8')), index);
    expect(analysis.topic.onTopic, JSON.stringify(analysis.topic)).toBe(true);
  });

  const cases = files.flatMap((file) => {
    const id = file.slice(0, 3);
    return index.claims
      .filter((c) => c.facet && c.sources.some((r) => r.source === id))
      .map((c) => [file, c.facet!, c.id] as const);
  });

  it.each(cases)('%s states %s as in %s', (file, facet, claimId) => {
    const analysis = analyzeArticle(plainTextToArticle(readFileSync(path.join(SEEDS, file), 'utf8')), index);
    const onFacet = analysis.matches.filter((m) => m.facet === facet);
    expect(onFacet.map((m) => `${m.claimId} ${m.relation} ${m.tier}`)).toContain(`${claimId} supports confident`);
    expect(analysis.conflicts.filter((c) => c.conflicts && c.facet === facet)).toEqual([]);
  });
});
