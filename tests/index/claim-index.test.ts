import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR, INDEX_FILES, readIndexSpec } from '../../src/cli/read-index-spec';
import { isCanonical } from '../../src/index/canonical-json';
import { formatValue } from '../../src/index/format-value';
import { validateIndex } from '../../src/index/validate-index';
import { type ClaimSpec, type Facet } from '../../src/types';

/** The facets of seeds/facets.json. */
const FACET_KEYS: string[] = (JSON.parse(readFileSync(join(DEFAULT_SEEDS_DIR, 'facets.json'), 'utf8')) as { facets: { key: string }[] }).facets.map((f) => f.key);

const spec = validateIndex(readIndexSpec());
const onFacet = (facet: Facet): ClaimSpec[] => spec.claims.filter((claim) => claim.facet === facet);
const sourcesOf = (claim: ClaimSpec) => claim.sources.map((ref) => (ref.via ? `${ref.source}/${ref.via}` : ref.source)).sort();

describe('the hand-written claim index in seeds/', () => {
  it('passes the validator', () => {
    expect(() => validateIndex(readIndexSpec())).not.toThrow();
  });

  it('has one source per seed article and unique claim ids', () => {
    expect(spec.sources.map((source) => source.id)).toEqual(['000', '001', '002', '003', '004']);
    const ids = spec.claims.map((claim) => claim.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(60);
  });

  it.each(Object.values(INDEX_FILES))('%s is in canonical form (2-space JSON, trailing newline)', (file) => {
    const text = readFileSync(join(DEFAULT_SEEDS_DIR, file), 'utf8');
    expect(isCanonical(text), `rewrite ${file} with JSON.stringify(data, null, 2) + "\\n"`).toBe(true);
  });

  it('gives every facet at least one value', () => {
    expect(FACET_KEYS.filter((facet) => onFacet(facet).length === 0)).toEqual([]);
  });

  it.each<[Facet, string, string[]]>([
    ['meeting.date', '23 June 2026', ['000/Amnesty EU', '003/Reuters']],
    ['meeting.date', 'late June 2026', ['002']],
    ['meeting.date', 'before the summer (by 20 June 2026)', ['001/AFP']],
    ['meeting.date', '25 June 2024', ['004']],
    ['visas.issued', '5', ['000', '003/Reuters']],
    ['visas.issued', '3 requests received, 2 more expected', ['002/Maxime Prévot']],
    ['visas.validity', '1 day', ['003/Reuters']],
    ['delegation.size', '5', ['002']],
    ['asylum.applications', 'about 1,000,000', ['000']],
    ['states.urging', 'nearly 20', ['001/DW']],
    ['petition.groups', 'more than 80', ['004']],
    ['icc.warrants', '2', ['003/The Guardian']],
    ['taliban.takeover.year', '2021', ['000', '003']],
    ['kabul.mission', 'January 2026', ['000']],
    ['meeting.venue', 'Brussels', ['000', '001', '002', '003', '004']],
    ['meeting.venue', 'European Commission headquarters', ['004']],
  ])('%s includes %s from %j', (facet, label, sources) => {
    const claim = onFacet(facet).find((candidate) => candidate.value && formatValue(candidate.value) === label);
    expect(claim, `no ${facet} claim reads "${label}"`).toBeDefined();
    expect(sourcesOf(claim!)).toEqual(sources);
  });

  it('keeps the sources’ disagreements visible', () => {
    const dates = new Set(onFacet('meeting.date').map((claim) => JSON.stringify(claim.value)));
    expect(dates.size).toBeGreaterThanOrEqual(3);
    const visaCounts = onFacet('visas.issued').map((claim) => (claim.value?.kind === 'count' ? claim.value.n : NaN));
    expect(visaCounts.sort((a, b) => a - b)).toEqual([0, 3, 5]);
  });

  it('gives quotes a speaker and keeps them short', () => {
    for (const claim of spec.claims.filter((candidate) => candidate.kind === 'quote')) {
      expect(claim.speaker, claim.id).toBeTruthy();
      expect(claim.quote!.split(/\s+/).length, claim.id).toBeLessThanOrEqual(20);
    }
  });

  it('dates each source’s stage-defining event', () => {
    const stages = Object.fromEntries(spec.sources.map((source) => [source.id, source.stage]));
    expect(stages).toEqual({
      '000': 'visas-issued',
      '001': 'being-considered',
      '002': 'invitation-sent',
      '003': 'visas-issued',
      '004': 'meeting-held',
    });
  });
});
