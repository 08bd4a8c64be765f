import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/src/engine/analyze';
import { loadIndexFromSeeds } from '@/src/cli/load-index-data';
import { readArticle } from '@/src/cli/read-article';
import { reportCounts } from '@/src/extension/report-counts';
import { DEFAULT_SETTINGS } from '@/src/extension/settings';
import { formatSourceDate } from '@/src/popup/format-source-date';
import { createClaimSearch } from '@/src/popup/model/claim-search';
import { conflictTables } from '@/src/popup/model/conflict-tables';
import { popupSummary } from '@/src/popup/model/popup-summary';
import { sentenceEntries } from '@/src/popup/model/sentence-entries';
import { hostOf, sitesWith } from '@/src/popup/model/site-switch';
import { sourceEntries } from '@/src/popup/model/source-entries';
import { compactList } from '@/src/popup/model/source-names';
import { topicReasons } from '@/src/popup/model/topic-reasons';
import { listFixturePages } from '../e2e/fixture-pages';
import { READER_ANALYSIS, READER_INDEX, READER_SENTENCES } from './reader-analysis';
import { OFF_TOPIC } from './sample-analysis';

describe('summary line', () => {
  it('leads with what differs, then how many sentences match how many other articles', () => {
    expect(popupSummary(READER_ANALYSIS, READER_INDEX)).toMatchObject({
      text: '2 figures here differ from other coverage · 4 sentences match 5 other articles',
      conflicts: 2,
      sentences: 4,
    });
  });

  it.each([
    ['no conflict', { ...READER_ANALYSIS, conflicts: [], matches: READER_ANALYSIS.matches.filter((m) => m.relation === 'supports') }, /^No figure here differs from other coverage · 3 sentences match/],
    ['nothing confident', { ...READER_ANALYSIS, matches: READER_ANALYSIS.matches.filter((m) => m.tier === 'possible') }, /^No sentence here clearly matches/],
    ['a forced scan of an off-topic page', { ...READER_ANALYSIS, topic: OFF_TOPIC }, /^Nothing highlighted · 5 sentences only possibly match/],
  ])('%s', (_name, analysis, text) => {
    expect(popupSummary(analysis, READER_INDEX).text).toMatch(text);
  });
});

describe('sentence entries', () => {
  it('gives one entry per highlighted sentence with its claims grouped, and possible sentences apart', () => {
    const { highlighted, possible } = sentenceEntries(READER_ANALYSIS, READER_INDEX);
    expect(highlighted.map((e) => [e.relation, e.facet ?? null, e.claims.length])).toEqual([
      ['supports', null, 1],
      ['conflicts', 'meeting.date', 1],
      ['supports', 'visas.issued', 2],
      ['conflicts', 'taliban.takeover.year', 1],
    ]);
    expect(highlighted[3].differs).toEqual(['Year of the Taliban takeover: 2019']);
    expect(possible.map((e) => [e.text, e.relation])).toEqual([[READER_SENTENCES.possible, 'supports']]);
  });

  it('names sources by their short names and counts independent origins', () => {
    const visas = sentenceEntries(READER_ANALYSIS, READER_INDEX).highlighted[2].claims[0];
    expect(visas).toMatchObject({ sources: ['Receiving envoys analysis', 'One-day visas analysis'], origins: 2 });
  });

  it('lists every match of a forced off-topic scan as possible', () => {
    const { highlighted, possible } = sentenceEntries({ ...READER_ANALYSIS, topic: OFF_TOPIC }, READER_INDEX);
    expect(highlighted).toEqual([]);
    expect(possible.every((e) => e.tier === 'possible' && e.relation === 'supports')).toBe(true);
    // The sentence that conflicts when confident is, as a possible match, no finding at all.
    expect(possible.flatMap((e) => e.claims).every((c) => c.relation === 'supports')).toBe(true);
  });
});

describe('conflict tables', () => {
  const [date, takeover] = conflictTables(READER_ANALYSIS, READER_INDEX);

  it('makes one table per facet with a plain label, quoting the sentence', () => {
    expect([date.label, takeover.label]).toEqual(['Meeting date', 'Year of the Taliban takeover']);
    expect(date.page).toEqual([expect.objectContaining({ value: '24 June 2026', text: READER_SENTENCES.date })]);
  });

  it('states the consensus and keeps it out of the rows below', () => {
    expect(date.consensus).toEqual({ value: '23 June 2026', count: 2, total: 5, sources: ['One-day visas analysis', 'Receiving envoys analysis'], contradicts: true });
    expect(takeover.consensus).toMatchObject({ value: '2021', count: 2 });
  });

  it('puts contradicting values apart from less precise ones, and marks a lone value in another year as an outlier', () => {
    expect(date.contradicting).toEqual([{ value: '25 June 2024', sources: ['Headquarters talks report'], outlier: true }]);
    expect(date.lessPrecise.map((r) => [r.value, r.outlier])).toEqual([
      ['late June 2026', false],
      ['before the summer (by 20 June 2026)', false],
    ]);
  });

  it('makes no table for a conflict in a sentence that is only possibly matched', () => {
    expect(conflictTables(READER_ANALYSIS, READER_INDEX).map((t) => t.facet)).not.toContain('delegation.size');
  });
});

describe('source entries', () => {
  const entries = sourceEntries(READER_ANALYSIS, READER_INDEX);

  it('places each source: short name, kind, date, outlets cited; most shared first', () => {
    expect(entries.map((e) => e.shares)).toEqual([4, 4, 3, 2, 2]);
    expect(entries.find((e) => e.id === '003')).toMatchObject({ name: 'One-day visas analysis', meta: '23 Jun 2026', cites: 'cites Reuters', shares: 4 });
    expect(entries.find((e) => e.id === '001')).toMatchObject({ name: 'Removals explainer', meta: '1 Mar–20 Jun 2026', stage: 'Being considered' });
    // The kind is said when the name does not say it.
    const renamed = { ...READER_INDEX, sources: READER_INDEX.sources.map((x) => (x.id === '002' ? { ...x, name: 'Brussels brief' } : x)) };
    expect(sourceEntries(READER_ANALYSIS, renamed).find((e) => e.id === '002')).toMatchObject({ name: 'Brussels brief', meta: 'News report' });
  });

  it('never offers as an addition what the page contradicts', () => {
    const adds = entries.flatMap((e) => e.adds).join('\n');
    expect(adds).toContain('Over 80 rights groups');
    expect(adds).not.toMatch(/June|2021|summer/);
  });
});

describe('claim search', () => {
  const search = createClaimSearch(READER_INDEX);

  it.each([
    ['visas', 'belgium-issued-five-visas'],
    ['vissas', 'belgium-issued-five-visas'],
    ['petiton rights', 'petition-more-than-80-groups'],
  ])('finds %j despite typos', (query, id) => {
    expect(search.search(query, READER_ANALYSIS).map((r) => r.claimId)).toContain(id);
  });

  it('says whether this page states each claim', () => {
    const stance = (query: string, id: string) => search.search(query, READER_ANALYSIS).find((r) => r.claimId === id)?.onPage;
    expect(stance('visas', 'belgium-issued-five-visas')).toBe('states');
    expect(stance('meeting 23 June', 'meeting-date-23-june-2026')).toBe('differs');
    expect(stance('petition', 'petition-more-than-80-groups')).toBe('absent');
    expect(search.search('v', READER_ANALYSIS)).toEqual([]);
  });
});

describe('small readings', () => {
  it('explains the gate in words, without internal signals', () => {
    const reasons = topicReasons({ ...OFF_TOPIC, signals: [...OFF_TOPIC.signals, { id: 'together', label: 'named together', count: 2, weight: 0 }] });
    expect(reasons).toEqual({ found: ['Brussels (1 mention)'], missing: ['Taliban'], score: 'Scored 0.2; 1 is needed.' });
  });

  it.each([
    ['2026-06-23', '23 Jun 2026'],
    ['2026-06-21/2026-06-30', '21–30 Jun 2026'],
    ['2026-03-01/2026-06-20', '1 Mar–20 Jun 2026'],
    ['2013/2024', '2013–2024'],
  ])('formats source date %s as %s', (value, text) => expect(formatSourceDate(value)).toBe(text));

  it.each([
    [['A'], 'A'],
    [['A', 'B', 'C'], 'A, B and C'],
    [['A', 'B', 'C', 'D'], 'A, B and 2 more'],
  ])('lists %j compactly', (names, text) => expect(compactList(names)).toBe(text));

  it('switches a site on and off, parent domains included', () => {
    expect(hostOf('https://News.Example.com/a')).toBe('news.example.com');
    expect(hostOf('about:blank')).toBe('');
    const off = { ...DEFAULT_SETTINGS, disabledSites: ['example.com', 'other.org'] };
    expect(sitesWith(off, 'news.example.com', true)).toEqual(['other.org']);
    expect(sitesWith(DEFAULT_SETTINGS, 'news.example.com', false)).toEqual(['news.example.com']);
  });
});

describe('on the labelled fixture pages', () => {
  const index = loadIndexFromSeeds();
  const pages = listFixturePages('on-topic').map((p) => [p.name, p.urlPath.replace('/fixtures/', 'tests/fixtures/')] as const);
  it.each(pages)('%s: the popup’s numbers agree with the badge’s, and no source is named by its id', (_name, file) => {
    const analysis = analyzeArticle(readArticle(file), index);
    const counts = reportCounts(analysis);
    const summary = popupSummary(analysis, index);
    expect([summary.sentences, summary.conflicts]).toEqual([counts.sentences, counts.conflicts]);
    expect(sentenceEntries(analysis, index).highlighted).toHaveLength(counts.sentences);
    expect(conflictTables(analysis, index).reduce((n, t) => n + t.page.length, 0)).toBe(counts.conflicts);
    const shown = JSON.stringify([conflictTables(analysis, index), sourceEntries(analysis, index).map(({ id: _id, ...rest }) => rest)]);
    expect(shown).not.toMatch(/\(00[0-4]\)|"00[0-4]"/);
  });
});
