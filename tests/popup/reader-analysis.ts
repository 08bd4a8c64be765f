/**
 * An analysis that exercises the reader's view: a sentence stating two claims (so sentences and
 * claims differ in number), a conflicting match, a conflict found only from a figure in a highlighted
 * sentence, a conflict in a sentence that is only possibly matched (so it must not be shown), and a
 * meeting date on which the sources give a consensus, an outlier year and less precise versions.
 */
import type { Analysis, CompiledClaim, ClaimIndex, FacetConflict, Match } from '@/src/types';
import { ON_TOPIC } from './sample-analysis';
import { SAMPLE_INDEX } from './sample-index';

export const READER_SENTENCES = {
  headline: 'Taliban envoys arrive in Brussels for returns talks',
  date: 'Officials said the meeting with the Taliban delegation would take place on 24 June 2026.',
  visas: 'Belgium issued five visas for what officials called a technical visit.',
  takeover: 'Contacts began after the Taliban took Kabul in 2019, an official noted.',
  possible: 'A seven-member group was expected, a spokesperson said.',
};

const S = READER_SENTENCES;
const text = [S.headline, `${S.date} ${S.visas}`, `${S.takeover} ${S.possible}`].join('\n\n');

const extra = (c: Omit<CompiledClaim, 'terms' | 'groups' | 'kind'>): CompiledClaim => ({ ...c, kind: 'figure', terms: [['taliban'], ['kabul']], groups: [] });

/** SAMPLE_INDEX with the meeting-date versions and the takeover year the reader's view needs. */
export const READER_INDEX: ClaimIndex = (() => {
  const claims = [
    ...SAMPLE_INDEX.claims,
    extra({ id: 'meeting-date-25-june-2024', text: 'The meeting took place on 25 June 2024.', facet: 'meeting.date', value: { kind: 'date', iso: '2024-06-25' }, sources: [{ source: '004' }] }),
    extra({ id: 'meeting-date-before-summer', text: 'The talks were expected before the summer.', facet: 'meeting.date', value: { kind: 'date-range', from: '2026-03-01', to: '2026-06-20', label: 'before the summer' }, sources: [{ source: '001', via: 'AFP' }] }),
    extra({ id: 'taliban-took-power-2021', text: 'The Taliban took back power in Kabul in 2021.', facet: 'taliban.takeover.year', value: { kind: 'date', iso: '2021' }, sources: [{ source: '000' }, { source: '003' }] }),
  ];
  return { ...SAMPLE_INDEX, claims, claimById: new Map(claims.map((c) => [c.id, c])) };
})();

function span(sentence: string) {
  const start = text.indexOf(sentence);
  return { start, end: start + sentence.length, text: sentence };
}

function match(sentence: string, rest: Omit<Match, 'start' | 'end' | 'text' | 'evidence'>): Match {
  return { ...span(sentence), evidence: { terms: [], entities: [], figures: [] }, ...rest };
}

function facetConflict(sentence: string, rest: Omit<FacetConflict, 'page' | 'sourceValues' | 'agreesWith'> & { page: Pick<FacetConflict['page'], 'value' | 'label'> }): FacetConflict {
  return { ...rest, agreesWith: [], sourceValues: [], page: { ...rest.page, ...span(sentence) } };
}

/** The analysis. Highlighted sentences: 4 (5 confident claims); conflicts shown: 2. */
export const READER_ANALYSIS: Analysis = {
  topic: ON_TOPIC,
  matches: [
    match(S.headline, { claimId: 'talks-on-returning-afghans', relation: 'supports', confidence: 0.7, tier: 'confident' }),
    match(S.date, { claimId: 'meeting-date-23-june-2026', relation: 'conflicts', facet: 'meeting.date', value: { kind: 'date', iso: '2026-06-24' }, confidence: 0.8, tier: 'confident' }),
    match(S.visas, { claimId: 'belgium-issued-five-visas', relation: 'supports', facet: 'visas.issued', value: { kind: 'count', n: 5 }, confidence: 0.9, tier: 'confident' }),
    match(S.visas, { claimId: 'talks-called-technical', relation: 'supports', confidence: 0.6, tier: 'confident' }),
    match(S.takeover, { claimId: 'talks-on-returning-afghans', relation: 'supports', confidence: 0.55, tier: 'confident' }),
    match(S.possible, { claimId: 'talks-called-technical', relation: 'supports', confidence: 0.45, tier: 'possible' }),
  ],
  conflicts: [
    facetConflict(S.date, { facet: 'meeting.date', page: { value: { kind: 'date', iso: '2026-06-24' }, label: '24 June 2026' }, conflicts: true }),
    facetConflict(S.visas, { facet: 'visas.issued', page: { value: { kind: 'count', n: 5 }, label: '5' }, conflicts: false }),
    facetConflict(S.takeover, { facet: 'taliban.takeover.year', page: { value: { kind: 'date', iso: '2019' }, label: '2019' }, conflicts: true }),
    facetConflict(S.possible, { facet: 'delegation.size', page: { value: { kind: 'count', n: 7 }, label: '7' }, conflicts: true }),
  ],
  sourceDisagreements: [],
  sources: [
    { source: '000', corroborates: ['belgium-issued-five-visas', 'talks-on-returning-afghans'], adds: ['meeting-date-23-june-2026', 'taliban-took-power-2021'] },
    { source: '001', corroborates: ['talks-on-returning-afghans', 'talks-called-technical'], adds: ['meeting-date-before-summer'] },
    { source: '002', corroborates: ['talks-on-returning-afghans'], adds: ['meeting-date-late-june-2026'] },
    { source: '003', corroborates: ['belgium-issued-five-visas', 'talks-on-returning-afghans', 'talks-called-technical'], adds: ['meeting-date-23-june-2026'] },
    { source: '004', corroborates: ['talks-on-returning-afghans'], adds: ['meeting-date-25-june-2024', 'petition-more-than-80-groups'] },
  ],
  stage: 'visas-issued',
  stats: { sentences: 5, ms: 3 },
};
