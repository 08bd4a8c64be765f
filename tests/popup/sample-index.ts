/**
 * A small claim index for component and extension tests: the same shape as the real one, with a
 * handful of claims, so tests do not break when the real claims are edited.
 */
import type { ClaimIndex, CompiledClaim, Source } from '@/src/types';

const sources: Source[] = [
  { id: '000', title: 'Why Brussels is receiving Taliban envoys', name: 'Receiving envoys analysis', kind: 'analysis', stage: 'visas-issued', dates: [{ label: 'Kabul mission', value: '2026-01' }], outlets: ['Amnesty EU'], people: [], summary: 'Commentary on returns and legitimacy.' },
  { id: '001', title: 'Brussels weighs talks to speed up removals', name: 'Removals explainer', kind: 'explainer', stage: 'being-considered', dates: [{ label: 'talks expected', value: '2026-03-01/2026-06-20' }], outlets: ['AFP'], people: [], summary: 'Early look at the plan.' },
  { id: '002', title: 'Commission invites a five-member delegation', name: 'Delegation report', kind: 'news-report', stage: 'invitation-sent', dates: [], outlets: [], people: ['Maxime Prévot'], summary: 'The invitation and the backlash.' },
  { id: '003', title: 'One-day visas put return policy to the test', name: 'One-day visas analysis', kind: 'analysis', stage: 'visas-issued', dates: [{ label: 'meeting', value: '2026-06-23' }], outlets: ['Reuters'], people: [], summary: 'Visas and what they mean.' },
  { id: '004', title: 'Closed-door talks at Commission headquarters', name: 'Headquarters talks report', kind: 'news-report', stage: 'meeting-held', dates: [{ label: 'meeting', value: '2024-06-25' }], outlets: [], people: [], summary: 'The meeting as held.' },
];

const claim = (c: Omit<CompiledClaim, 'terms' | 'groups'>): CompiledClaim => ({ ...c, terms: [], groups: [] });

const claims: CompiledClaim[] = [
  claim({ id: 'meeting-date-23-june-2026', text: 'The Brussels meeting was set for 23 June 2026.', kind: 'figure', facet: 'meeting.date', value: { kind: 'date', iso: '2026-06-23' }, sources: [{ source: '003', via: 'Reuters' }, { source: '000', via: 'Amnesty EU' }] }),
  claim({ id: 'meeting-date-late-june-2026', text: 'The visit was planned for the end of June 2026.', kind: 'figure', facet: 'meeting.date', value: { kind: 'date', iso: '2026-06', part: 'late' }, sources: [{ source: '002' }] }),
  claim({ id: 'belgium-issued-five-visas', text: 'Belgium gave the delegation five visas.', kind: 'figure', facet: 'visas.issued', value: { kind: 'count', n: 5 }, sources: [{ source: '000' }, { source: '003', via: 'Reuters' }] }),
  claim({ id: 'talks-on-returning-afghans', text: 'The talks are about sending back Afghans with no right to stay.', kind: 'fact', sources: [{ source: '000' }, { source: '001' }, { source: '002' }, { source: '003' }, { source: '004' }] }),
  claim({ id: 'talks-called-technical', text: 'The talks are described as technical, not political.', kind: 'fact', sources: [{ source: '001', via: 'AFP' }, { source: '003', via: 'AFP' }] }),
  claim({ id: 'petition-more-than-80-groups', text: 'Over 80 rights groups signed a petition against the meeting.', kind: 'figure', facet: 'petition.groups', value: { kind: 'count', n: 80, qualifier: 'more-than' }, sources: [{ source: '004' }] }),
];

/** The sample index. */
export const SAMPLE_INDEX: ClaimIndex = {
  sources,
  claims,
  facets: { facets: [], cues: [] },
  story: {
    id: 'sample-story',
    title: 'EU–Taliban talks on returning Afghans',
    year: 2026,
    summary: 'Sample story for tests.',
    stages: ['being-considered', 'invitation-sent', 'visas-issued', 'meeting-held'].map((id) => ({ id, label: id.replace('-', ' ').replace(/^./, (c) => c.toUpperCase()), description: `Stage ${id}` })),
    actors: [],
    signals: [],
    nearMisses: [],
    threshold: 1,
  },
  claimById: new Map(claims.map((c) => [c.id, c])),
  sourceById: new Map(sources.map((s) => [s.id, s])),
};
