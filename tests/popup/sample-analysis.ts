/**
 * A realistic analysis of a made-up article that puts the meeting on 25 June 2026 (the sources say
 * 23 June or late June), agrees that Belgium issued five visas and that the talks are about returns,
 * and has one sentence that only possibly states a claim. Offsets refer to SAMPLE_ARTICLE.text.
 */
import type { Analysis, ArticleText, Match, TopicVerdict } from '@/src/types';

const SENTENCES = {
  headline: 'Taliban envoys arrive in Brussels for returns talks',
  date: 'Officials said the Brussels meeting with the Taliban delegation would take place on 25 June 2026.',
  visas: 'Belgium issued five visas to the Taliban representatives, according to Reuters.',
  returns: 'The talks concern sending back Afghans who have no right to remain in Europe.',
  technical: 'A Commission spokesperson called the session a practical exchange.',
};

const text = [SENTENCES.headline, `${SENTENCES.date} ${SENTENCES.visas}`, `${SENTENCES.returns} ${SENTENCES.technical}`].join('\n\n');

/** The article the analysis was made from. */
export const SAMPLE_ARTICLE: ArticleText = {
  title: SENTENCES.headline,
  text,
  blocks: [
    { kind: 'title', start: 0, end: SENTENCES.headline.length },
    { kind: 'paragraph', start: text.indexOf(SENTENCES.date), end: text.indexOf(SENTENCES.visas) + SENTENCES.visas.length },
    { kind: 'paragraph', start: text.indexOf(SENTENCES.returns), end: text.length },
  ],
};

/** The page sentences in page order, for building DOM fixtures. */
export const SAMPLE_SENTENCES = SENTENCES;

function match(sentence: string, rest: Omit<Match, 'start' | 'end' | 'text' | 'evidence'>): Match {
  const start = text.indexOf(sentence);
  return { start, end: start + sentence.length, text: sentence, evidence: { terms: [], entities: [], figures: [] }, ...rest };
}

/** The gate's verdict for an on-topic page. */
export const ON_TOPIC: TopicVerdict = {
  onTopic: true,
  score: 2.4,
  threshold: 1,
  signals: [
    { id: 'taliban', label: 'Taliban', count: 3, weight: 1 },
    { id: 'brussels', label: 'Brussels', count: 2, weight: 0.8 },
    { id: 'returns', label: 'returns', count: 2, weight: 0.6 },
  ],
  missing: [],
};

/** The gate's verdict for a page about something else. */
export const OFF_TOPIC: TopicVerdict = { onTopic: false, score: 0.2, threshold: 1, signals: [{ id: 'brussels', label: 'Brussels', count: 1, weight: 0.8 }], missing: ['Taliban'] };

/** The full analysis. */
export const SAMPLE_ANALYSIS: Analysis = {
  topic: ON_TOPIC,
  matches: [
    match(SENTENCES.date, { claimId: 'meeting-date-23-june-2026', relation: 'conflicts', facet: 'meeting.date', value: { kind: 'date', iso: '2026-06-25' }, confidence: 0.82, tier: 'confident' }),
    match(SENTENCES.visas, { claimId: 'belgium-issued-five-visas', relation: 'supports', facet: 'visas.issued', value: { kind: 'count', n: 5 }, confidence: 0.91, tier: 'confident' }),
    match(SENTENCES.returns, { claimId: 'talks-on-returning-afghans', relation: 'supports', confidence: 0.74, tier: 'confident' }),
    match(SENTENCES.technical, { claimId: 'talks-called-technical', relation: 'supports', confidence: 0.45, tier: 'possible' }),
  ],
  conflicts: [
    {
      facet: 'meeting.date',
      page: { value: { kind: 'date', iso: '2026-06-25' }, label: '25 June 2026', start: text.indexOf(SENTENCES.date), end: text.indexOf(SENTENCES.date) + SENTENCES.date.length, text: SENTENCES.date },
      conflicts: true,
      agreesWith: [],
      sourceValues: [
        { claimId: 'meeting-date-23-june-2026', value: { kind: 'date', iso: '2026-06-23' }, label: '23 June 2026', sources: [{ source: '003', via: 'Reuters' }, { source: '000', via: 'Amnesty EU' }] },
        { claimId: 'meeting-date-late-june-2026', value: { kind: 'date', iso: '2026-06', part: 'late' }, label: 'late June 2026', sources: [{ source: '002' }] },
      ],
    },
    {
      facet: 'visas.issued',
      page: { value: { kind: 'count', n: 5 }, label: '5', start: text.indexOf(SENTENCES.visas), end: text.indexOf(SENTENCES.visas) + SENTENCES.visas.length, text: SENTENCES.visas },
      conflicts: false,
      agreesWith: ['belgium-issued-five-visas'],
      sourceValues: [{ claimId: 'belgium-issued-five-visas', value: { kind: 'count', n: 5 }, label: '5', sources: [{ source: '000' }, { source: '003', via: 'Reuters' }] }],
    },
  ],
  sourceDisagreements: [],
  sources: [
    { source: '000', corroborates: ['belgium-issued-five-visas', 'talks-on-returning-afghans'], adds: [] },
    { source: '001', corroborates: ['talks-on-returning-afghans'], adds: ['talks-called-technical'] },
    { source: '002', corroborates: ['talks-on-returning-afghans'], adds: ['meeting-date-late-june-2026'] },
    { source: '003', corroborates: ['belgium-issued-five-visas', 'talks-on-returning-afghans'], adds: ['talks-called-technical'] },
    { source: '004', corroborates: ['talks-on-returning-afghans'], adds: ['petition-more-than-80-groups'] },
  ],
  stage: 'visas-issued',
  stats: { sentences: 5, ms: 4 },
};
