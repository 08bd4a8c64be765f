import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/src/engine/analyze';
import { loadIndexFromSeeds } from '@/src/cli/load-index-data';
import { readArticle } from '@/src/cli/read-article';
import { listFixturePages } from '../e2e/fixture-pages';
import { confidentMatches, highlightedSentences, possibleMatches, reportCounts, shownConflicts } from '@/src/extension/report-counts';
import { badgeFor } from '@/src/extension/background/badge';
import { READER_ANALYSIS, READER_SENTENCES } from '../popup/reader-analysis';
import { OFF_TOPIC } from '../popup/sample-analysis';

const analysed = (analysis = READER_ANALYSIS) => ({ kind: 'analysed' as const, url: 'https://news.example/a', analysis, forced: false, highlightsVisible: true });

describe('the counting rule', () => {
  it('counts highlighted sentences, not claims: a sentence stating two claims is one', () => {
    expect(confidentMatches(READER_ANALYSIS)).toHaveLength(5);
    expect(highlightedSentences(READER_ANALYSIS).map((s) => s.text)).toEqual([
      READER_SENTENCES.headline,
      READER_SENTENCES.date,
      READER_SENTENCES.visas,
      READER_SENTENCES.takeover,
    ]);
  });

  it('shows a conflicting match, and a conflicting figure of a highlighted sentence; not one of a possible sentence', () => {
    expect(shownConflicts(READER_ANALYSIS).map((c) => [c.facet, c.text])).toEqual([
      ['meeting.date', READER_SENTENCES.date],
      ['taliban.takeover.year', READER_SENTENCES.takeover],
    ]);
    expect(reportCounts(READER_ANALYSIS)).toEqual({ sentences: 4, conflicts: 2 });
  });

  it('marks a sentence as conflicting when a conflict shown lies in it, even if its matches agree', () => {
    expect(highlightedSentences(READER_ANALYSIS).map((s) => s.relation)).toEqual(['supports', 'conflicts', 'supports', 'conflicts']);
    expect(highlightedSentences(READER_ANALYSIS).map((s) => s.conflicts.map((c) => c.facet))).toEqual([[], ['meeting.date'], [], ['taliban.takeover.year']]);
  });

  it('counts a facet once per sentence: the matcher’s figure, not each figure of the sentence', () => {
    const date = READER_ANALYSIS.conflicts[0];
    const twice = { ...READER_ANALYSIS, conflicts: [...READER_ANALYSIS.conflicts, { ...date, page: { ...date.page, label: '2', value: { kind: 'count' as const, n: 2 } } }] };
    expect(shownConflicts(twice).filter((c) => c.facet === 'meeting.date').map((c) => c.value)).toEqual([{ kind: 'date', iso: '2026-06-24' }]);
  });

  it('names the disputed figure as the sentence writes it, when the match’s evidence has it', () => {
    const matches = READER_ANALYSIS.matches.map((m) => (m.relation === 'conflicts' ? { ...m, evidence: { ...m.evidence, figures: ['June', '24 June 2026'] } } : m));
    expect(shownConflicts({ ...READER_ANALYSIS, matches }).map((c) => c.figure)).toEqual(['June', undefined]);
  });

  it('highlights nothing and shows no conflict on a page scanned against the gate', () => {
    const forced = { ...READER_ANALYSIS, topic: OFF_TOPIC };
    expect(reportCounts(forced)).toEqual({ sentences: 0, conflicts: 0 });
    expect(possibleMatches(forced)).toHaveLength(READER_ANALYSIS.matches.length);
    expect(badgeFor(analysed(forced)).text).toBe('');
  });

  it('gives the badge the same numbers', () => {
    expect(badgeFor(analysed())).toMatchObject({ text: '4!', title: 'ClaimLens: 4 highlighted sentences, 2 figures differ from other coverage' });
  });
});

describe('the counting rule on the labelled fixture pages', () => {
  const index = loadIndexFromSeeds();
  const pages = listFixturePages('on-topic').map((p) => [p.name, p.urlPath.replace('/fixtures/', 'tests/fixtures/')] as const);
  it.each(pages)('%s: every conflict shown lies in a highlighted conflicting sentence; the badge counts sentences', (_name, file) => {
    const analysis = analyzeArticle(readArticle(file), index);
    const sentences = highlightedSentences(analysis);
    const spans = new Set(confidentMatches(analysis).map((m) => `${m.start}:${m.end}`));
    expect(sentences).toHaveLength(spans.size);
    for (const c of shownConflicts(analysis)) {
      expect(sentences.find((s) => s.start === c.start && s.end === c.end)?.relation).toBe('conflicts');
    }
    const badge = badgeFor(analysed(analysis)).text;
    expect(badge.replace('!', '')).toBe(spans.size ? String(spans.size) : '');
    expect(badge.endsWith('!')).toBe(shownConflicts(analysis).length > 0);
  });
});
