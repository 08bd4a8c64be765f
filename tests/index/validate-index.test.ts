import { describe, expect, it } from 'vitest';
import { readIndexSpec } from '../../src/cli/read-index-spec';
import { findIndexProblems, validateIndex } from '../../src/index/validate-index';
import type { ClaimIndexSpec, ClaimSpec, Source } from '../../src/types';

/** A fresh, valid copy of the real index for each mutation. */
const freshSpec = (): ClaimIndexSpec => structuredClone(validateIndex(readIndexSpec()));
const claimById = (spec: ClaimIndexSpec, id: string): ClaimSpec => spec.claims.find((claim) => claim.id === id)!;
const visas = (spec: ClaimIndexSpec) => claimById(spec, 'belgium-issued-five-visas');
/** Where the five-visas claim sits, for expected messages. */
const visasAt = `claims[${freshSpec().claims.findIndex((claim) => claim.id === 'belgium-issued-five-visas')}] "belgium-issued-five-visas"`;

type Mutation = (spec: ClaimIndexSpec) => void;

describe('validateIndex', () => {
  it('accepts the real index and returns it with concept references expanded', () => {
    const spec = readIndexSpec() as ClaimIndexSpec;
    const index = validateIndex(spec);
    expect(index.sources).toBe(spec.sources);
    expect(index.claims.map((c) => c.id)).toEqual(spec.claims.map((c) => c.id));
    const raw = JSON.stringify(spec.claims.map((c) => c.terms));
    expect(raw).toContain('"{taliban}"');
    expect(JSON.stringify(index.claims.map((c) => c.terms))).not.toMatch(/"\{[a-z-]+\}"/);
  });

  it('names the claim and the reference when a concept is unknown', () => {
    const spec = freshSpec();
    visas(spec).terms[0] = ['{visas-typo}'];
    expect(() => validateIndex(spec)).toThrow(`${visasAt}: terms[0] "{visas-typo}" names no concept of concepts.json`);
  });

  it.each<[string, Mutation, string]>([
    ['an unknown source', (s) => visas(s).sources.push({ source: '007' }), `${visasAt}: unknown source "007"`],
    ['a source cited twice', (s) => visas(s).sources.push({ source: '000', via: 'AFP' }), `${visasAt}: source "000" is listed more than once`],
    ['a duplicate claim id', (s) => (claimById(s, 'visas-valid-one-day').id = 'belgium-issued-five-visas'), 'duplicate id (first used by claims['],
    ['a duplicate source id', (s) => (s.sources[1].id = '000'), 'sources[1] "000": duplicate id (first used by sources[0])'],
    ['a claim id not in kebab-case', (s) => (visas(s).id = 'Visas_Five'), '"Visas_Five": "id" must be kebab-case'],
    ['an unknown facet', (s) => (visas(s).facet = 'visas.count' as never), `${visasAt}: unknown facet "visas.count"`],
    ['a facet without a value', (s) => delete visas(s).value, `${visasAt}: "facet" and "value" go together`],
    ['a value kind the facet does not take', (s) => (visas(s).value = { kind: 'duration', days: 5 }), `${visasAt}: value kind "duration" is not allowed for facet "visas.issued"`],
    ['an impossible calendar date', (s) => (claimById(s, 'meeting-date-23-june-2026').value = { kind: 'date', iso: '2026-06-31' }), '"meeting-date-23-june-2026": date "iso" must be a real ISO date'],
    ['a range that ends before it starts', (s) => (claimById(s, 'meeting-date-before-summer').value = { kind: 'date-range', from: '2026-07-01', to: '2026-06-20' }), 'date-range starts after it ends'],
    ['a negative count', (s) => (visas(s).value = { kind: 'count', n: -5 }), `${visasAt}: count "n" must be a whole number ≥ 0`],
    ['an uppercase term', (s) => visas(s).terms[0].push('Visum'), `${visasAt}: terms[0] "Visum" must be lowercase`],
    ['an untrimmed term', (s) => visas(s).terms[0].push(' visum'), 'must be trimmed'],
    ['a term repeated in its group', (s) => visas(s).terms[0].push('visa'), `${visasAt}: terms[0] "visa" is repeated in its group`],
    ['a figure in a facet claim’s terms', (s) => visas(s).terms[0].push('five visas 5'), 'contains a figure'],
    ['a term group of stopwords only', (s) => visas(s).terms.push(['to', 'the']), `${visasAt}: terms[${freshSpec().claims.find((c) => c.id === 'belgium-issued-five-visas')!.terms.length}] "to" has only stopwords, so it never matches`],
    ['a term of stopwords only', (s) => visas(s).terms[0].push('only'), `${visasAt}: terms[0] "only" has only stopwords, so it never matches`],
    ['a single term group', (s) => (visas(s).terms = [['visa']]), `${visasAt}: "terms" must be an array of at least 2 groups`],
    ['a quote with no speaker', (s) => delete claimById(s, 'prevot-disapproves-cannot-block').speaker, '"prevot-disapproves-cannot-block": a quote needs a "speaker"'],
    ['a source no claim cites', (s) => s.sources.push({ ...s.sources[0], id: '005' }), 'sources[5] "005": no claim cites this source'],
    ['a facet with no claim', (s) => (s.claims = s.claims.filter((claim) => claim.facet !== 'icc.warrants')), 'claims: no claim gives a value for facet "icc.warrants"'],
    ['a source with no short name', (s) => delete (s.sources[1] as Partial<Source>).name, 'sources[1] "001": "name"'],
    ['a source name too long for a table row', (s) => (s.sources[1].name = 'An analysis whose name goes on and on'), 'sources[1] "001": "name" must be at most 32'],
    ['a source with an unknown stage', (s) => (s.sources[2].stage = 'visa-pending' as never), 'sources[2] "002": "stage" must be one of'],
    ['a source date that is not ISO', (s) => (s.sources[3].dates[0].value = '22 June'), 'sources[3] "003" dates[0]: "value" must be an ISO date'],
    ['a story stage listed twice', (s) => s.story.stages.push(s.story.stages[0]), 'story.stages: lists a stage twice'],
    ['a claim on a facet facets.json does not define', (s) => (visas(s).facet = 'visas.stamped'), `${visasAt}: unknown facet "visas.stamped" (known, from facets.json:`],
    ['a value kind its facet does not take', (s) => (visas(s).value = { kind: 'duration', days: 5 }), 'is not allowed for facet "visas.issued"'],
    ['a cue on an unknown facet', (s) => (s.facets.cues[0].facet = 'meeting.time'), 'facets.json cues[0]: unknown facet "meeting.time"'],
    ['national actors unless a signal that does not exist', (s) => (s.story.nationalActors = { words: ['austria'], unless: ['nowhere'] }), 'story.nationalActors: "unless" must list ids of the story\'s signals'],
    ['a coverage start that is no day', (s) => (s.story.coverageFrom = '2026-02-30'), 'story: "coverageFrom" must be a day, YYYY-MM-DD (e.g. 2026-01-01)'],
    ['a coverage start at month precision', (s) => (s.story.coverageFrom = '2026-01'), 'story: "coverageFrom" must be a day, YYYY-MM-DD (e.g. 2026-01-01)'],
    ['idioms given as a list', (s) => ((s.story as { idioms?: unknown }).idioms = ['returned to power']), 'story.idioms: must be an object: each word with the idioms it means something else in'],
    ['an idiom without its word', (s) => (s.story.idioms = { return: ['came to power'] }), 'story.idioms "return": "came to power" does not contain the word'],
    ['two idiom words of one stem', (s) => (s.story.idioms = { return: ['returned to power'], returns: ['returns to power'] }), 'story.idioms "returns": has the stem of "return": list its idioms under that word'],
    ['an idiom word with no idioms', (s) => (s.story.idioms = { return: [] }), 'story.idioms "return": must list at least one idiom'],
    ['precursors with no places', (s) => (s.story.precursors = { travel: ['travelled'], places: [], home: ['brussels'] }), 'story.precursors: "places" must list at least one word'],
    ['precursors with no home', (s) => ((s.story as { precursors?: unknown }).precursors = { travel: ['trip'], places: ['kabul'] }), 'story.precursors: "home" must be an array of non-empty strings'],
    ['precursors with empty contacts', (s) => (s.story.precursors = { travel: ['trip'], places: ['kabul'], contacts: [], home: ['brussels'] }), 'story.precursors: "contacts" must list at least one word'],
    ['a cue context naming no list', (s) => (s.facets.cues[0].context = '@nothing'), 'facets.json cues[0]: "context" "@nothing" names no list'],
    ['a cue reaching through its clause for no context', (s) => Object.assign(s.facets.cues[0], { context: undefined, contextInClause: true }), 'facets.json cues[0]: "contextInClause" needs a "context"'],
    ['a subject with no denial to be the subject of', (s) => visas(s).terms[0].push('(subject)'), `${visasAt}: "(subject)" marks what a "(negated)" idea denies, and the claim has none`],
    ['one half of a two-part claim', (s) => visas(s).terms[0].push('(either)'), `${visasAt}: "(either)" must mark two groups`],
    ['a facet listed twice', (s) => s.facets.facets.push({ ...s.facets.facets[0] }), 'duplicate facet key'],
    ['a facet period in no whole months', (s) => (s.facets.facets[0].periodMonths = 1.5), 'facets.json facets[0] "meeting.date": "periodMonths" must be a whole number of months'],
    ['a venue building no report can name', (s) => s.facets.venues!.buildings.push({ name: 'Nowhere', owners: [], nouns: [], names: [] }), 'needs "names", or both "owners" and "nouns"'],
    ['headline venue words with no visit nouns', (s) => (s.facets.venues!.headline = { subjects: ['taliban'], nouns: [] }), 'venues.headline: must be { "subjects": […], "nouns": […] }'],
    ['a thesaurus set of one wording', (s) => s.thesaurus.push(['alone']), 'must be a set of two or more lowercase, trimmed wordings'],
    ['a signal with no weight', (s) => (s.story.signals[0].weight = 0), 'story.signals[0] "taliban": "weight" must be a number > 0'],
    ['other parties given as one string', (s) => ((s.story as { otherParties?: unknown }).otherParties = 'China'), 'story: "otherParties" must be an array of non-empty strings'],
    ['names with an empty one', (s) => (s.story.names = ['State Security', '']), 'story: "names" must be an array of non-empty strings'],
    ['set phrases given as one string', (s) => ((s.story as { setPhrases?: unknown }).setPhrases = 'return visit'), 'story: "setPhrases" must be an array of non-empty strings'],
    ['a general flag that is no boolean', (s) => Object.assign(visas(s), { general: 'yes' }), `${visasAt}: "general" must be true or false`],
    ['a misspelt field', (s) => Object.assign(visas(s), { sorces: [] }), `${visasAt}: unknown field "sorces"`],
  ])('rejects %s, naming the entry', (_name, mutate, message) => {
    const spec = freshSpec();
    mutate(spec);
    expect(() => validateIndex(spec)).toThrow(message);
  });

  it('lists every problem at once, not just the first', () => {
    const spec = freshSpec();
    visas(spec).sources.push({ source: '007' });
    spec.sources[2].stage = 'nope' as never;
    expect(findIndexProblems(spec)).toHaveLength(2);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', []],
    ['an object without lists', { story: {} }],
  ])('rejects %s as a whole', (_name, spec) => {
    expect(() => validateIndex(spec)).toThrow(/Claim index has \d+ problem/);
  });
});
