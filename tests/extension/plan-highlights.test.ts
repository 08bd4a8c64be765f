import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIndexFromSeeds } from '@/src/cli/load-index-data';
import { analyzePage, planHighlights } from '@/src/extension/background/analyze-page';
import { highlightedSentences, reportCounts } from '@/src/extension/report-counts';
import { DEFAULT_CONFIDENT_THRESHOLD } from '@/src/settings/defaults';

/**
 * The page's highlights follow the rule the badge and the popup count with: on real fixture pages,
 * as many highlights as highlighted sentences, each a conflict exactly when a conflict is shown in it.
 */
const index = loadIndexFromSeeds();
const page = (name: string) => ({ html: readFileSync(path.resolve('tests/fixtures', name, 'page.html'), 'utf8'), url: `http://example.test/${name}`, confidentThreshold: DEFAULT_CONFIDENT_THRESHOLD });

describe('planHighlights', () => {
  it.each(['on-topic/02-live-blog', 'on-topic/03-op-ed', 'on-topic/05-long-analysis', 'real-coverage/21-wire-regional-syndication'])('%s: the page, the badge and the popup agree', (name) => {
    const { analysis, highlights } = analyzePage({ ...page(name), force: false }, index);
    const sentences = highlightedSentences(analysis);
    expect(highlights.length).toBe(reportCounts(analysis).sentences);
    expect(highlights.map((h) => [h.start, h.relation])).toEqual(sentences.map((s) => [s.start, s.relation]));
    const conflicts = highlights.filter((h) => h.relation === 'conflicts').length;
    expect(conflicts).toBe(new Set(sentences.filter((s) => s.conflicts.length > 0).map((s) => s.start)).size);
  });

  it("declines a page whose address dates it years before the story, and reads it when the reader asks", () => {
    const wire = page('on-topic/01-wire-brief');
    expect(analyzePage({ ...wire, force: false }, index).analysis.topic.onTopic).toBe(true);
    const old = { ...wire, url: 'https://news.example/world/2021/09/03/eu-taliban-talks/' };
    const declined = analyzePage({ ...old, force: false }, index);
    expect(declined.analysis.topic.missing.join()).toContain('the page is dated 2021-09-03');
    expect(declined.highlights).toEqual([]);
    expect(analyzePage({ ...old, force: true }, index).analysis.matches.length).toBeGreaterThan(0);
  });

  it('paints nothing after a scan forced on a page the gate declined', () => {
    const { analysis } = analyzePage({ ...page('near-miss/15-taliban-delegation-moscow'), force: true }, index);
    expect(analysis.matches.length).toBeGreaterThan(0);
    expect(planHighlights(analysis, index)).toEqual([]);
  });
});
