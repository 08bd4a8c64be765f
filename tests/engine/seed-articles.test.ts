import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIndexFromSeeds } from '@/src/cli/load-index-data';
import { analyzeArticle } from '@/src/engine/analyze';
import { plainTextToArticle } from '@/src/extract/plain-text-to-article';

/** The five source articles, run through the engine: each one's own figures must come back on the right facet. */
const SEEDS = path.resolve('../shared/seeds');
const index = loadIndexFromSeeds();

/**
 * Figures a source gives outside any sentence about them, which a sentence-by-sentence reader
 * cannot attribute. Each with the reason; keep this list short.
 */
const NOT_IN_A_SENTENCE: Record<string, string> = {
  '000 meeting.date': 'the date is the timestamp under a quoted social-media post that says "today"',
};

describe.skipIf(!existsSync(SEEDS))('the seed articles themselves', () => {
  const files = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
  const analyses = new Map(
    files.map((f) => [f, analyzeArticle(plainTextToArticle(readFileSync(path.join(SEEDS, f), 'utf8')), index)]),
  );

  it.each(files)('%s is on topic', (file) => {
    expect(analyses.get(file)!.topic.onTopic).toBe(true);
  });

  const cases = files.flatMap((file) => {
    const id = file.slice(0, 3);
    return index.claims
      .filter((c) => c.facet && c.sources.some((r) => r.source === id) && !NOT_IN_A_SENTENCE[`${id} ${c.facet}`])
      .map((c) => [file, c.facet!, c.id] as const);
  });

  it.each(cases)('%s gives %s as %s states it', (file, facet, claimId) => {
    const analysis = analyses.get(file)!;
    const onFacet = analysis.conflicts.filter((c) => c.facet === facet);
    expect(onFacet.map((c) => `${c.page.label}: ${c.agreesWith.join(', ')}`).join(' | ')).toContain(claimId);
  });

  it.each(files)('%s raises no conflict against the index it is part of', (file) => {
    const flagged = analyses.get(file)!.conflicts.filter((c) => c.conflicts);
    expect(flagged.map((c) => `${c.facet} ${c.page.label}: ${c.page.text}`)).toEqual([]);
  });
});
