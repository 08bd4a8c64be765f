import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIndexFromSeeds } from '@/src/cli/load-index-data';
import { analyzeArticle } from '@/src/engine/analyze';
import { plainTextToArticle } from '@/src/extract/plain-text-to-article';

/**
 * The gate on tests/fixtures/gate-stress, written blind by another author: on-topic pieces that avoid
 * the obvious words (no "Brussels", "Taliban" once or never) and near misses that share the story's
 * vocabulary (a Taliban delegation in Moscow, an EU summit on migration, a German flight to Kabul).
 */
const index = loadIndexFromSeeds();
const dir = join(__dirname, '../fixtures/gate-stress');
const pages = (group: string) => readdirSync(join(dir, group)).filter((f) => f.endsWith('.txt')).map((f) => [f, join(dir, group, f)]);

function isOnTopic(file: string): boolean {
  const article = plainTextToArticle(readFileSync(file, 'utf8'));
  return analyzeArticle(article, index).topic.onTopic;
}

describe('gate stress set', () => {
  it('has the pages it was written with', () => {
    expect(pages('on-topic').length).toBeGreaterThanOrEqual(14);
    expect(pages('near-miss').length).toBeGreaterThanOrEqual(16);
  });

  it.each(pages('on-topic'))('takes %s as about the story', (_name, file) => {
    expect(isOnTopic(file)).toBe(true);
  });

  it.each(pages('near-miss'))('leaves %s alone', (_name, file) => {
    expect(isOnTopic(file)).toBe(false);
  });
});
