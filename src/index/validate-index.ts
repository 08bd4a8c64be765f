import type { ClaimIndexSpec, FacetSpec } from '../types';
import { validateFacets } from './validate-facets';
import { expandConcepts } from './expand-concepts';
import { entryName, isRecord, type Report } from './index-shape';
import { validateClaim } from './validate-claim';
import { validateSource } from './validate-source';
import { validateStory } from './validate-story';

/**
 * Checks a hand-written claim index and returns it typed. Throws one Error listing every problem,
 * each naming its entry (`claims[12] "visas-five": unknown source "007"`), so a maintainer can fix
 * the files in one pass rather than one error per run.
 */
export function validateIndex(spec: unknown): ClaimIndexSpec {
  const { problems, claims } = checkIndex(spec);
  if (problems.length > 0) {
    throw new Error(`Claim index has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  // The spec as the compiler takes it: concept references replaced by their wordings.
  const { concepts: _concepts, ...rest } = spec as Record<string, unknown>;
  return { ...rest, claims } as unknown as ClaimIndexSpec;
}

/** Every problem of a claim index, as messages; empty when the index is valid. */
export function findIndexProblems(spec: unknown): string[] {
  return checkIndex(spec).problems;
}

/** The problems, and the claims with their concept references expanded (what was checked). */
function checkIndex(spec: unknown): { problems: string[]; claims: unknown[] } {
  const problems: string[] = [];
  const report: Report = (where, problem) => problems.push(`${where}: ${problem}`);
  if (!isRecord(spec)) {
    report('index', 'must be an object with "sources", "claims", "story" and "facets"');
    return { problems, claims: [] };
  }
  const sources = listOf(spec, 'sources', report);
  const claims = expandConcepts(listOf(spec, 'claims', report), spec.concepts, report);
  const sourceIds = new Set(idsOf(sources));
  const facets = validateFacets(spec.facets, report);

  sources.forEach((source, index) => validateSource(source, entryName('sources', index, source), report));
  claims.forEach((claim, index) => validateClaim(claim, entryName('claims', index, claim), sourceIds, facets, report));
  reportDuplicateIds('sources', sources, report);
  reportDuplicateIds('claims', claims, report);
  reportUncitedSources(sources, claims, report);
  reportMissingFacets(claims, facets, report);
  validateStory(spec.story, report);
  checkThesaurus(spec.thesaurus, report);
  checkStagesOfSources(sources, spec.story, report);
  return { problems, claims };
}

function listOf(spec: Record<string, unknown>, key: string, report: Report): unknown[] {
  const list = spec[key];
  if (Array.isArray(list)) return list;
  report('index', `"${key}" must be an array`);
  return [];
}

function idsOf(entries: unknown[]): string[] {
  return entries.flatMap((entry) => (isRecord(entry) && typeof entry.id === 'string' ? [entry.id] : []));
}

function reportDuplicateIds(list: string, entries: unknown[], report: Report): void {
  const firstIndex = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (!isRecord(entry) || typeof entry.id !== 'string') return;
    const first = firstIndex.get(entry.id);
    if (first === undefined) firstIndex.set(entry.id, index);
    else report(entryName(list, index, entry), `duplicate id (first used by ${list}[${first}])`);
  });
}

/** A source nobody cites is either a forgotten article or a typo in a claim's source id. */
function reportUncitedSources(sources: unknown[], claims: unknown[], report: Report): void {
  const cited = new Set(
    claims.flatMap((claim) =>
      isRecord(claim) && Array.isArray(claim.sources) ? claim.sources.map((ref) => (isRecord(ref) ? ref.source : undefined)) : [],
    ),
  );
  sources.forEach((source, index) => {
    if (isRecord(source) && !cited.has(source.id)) report(entryName('sources', index, source), 'no claim cites this source');
  });
}

/** The engine recognises every facet on pages, so each needs at least one source value to compare with. */
function reportMissingFacets(claims: unknown[], facets: ReadonlyMap<string, FacetSpec>, report: Report): void {
  const present = new Set(claims.map((claim) => (isRecord(claim) ? claim.facet : undefined)));
  for (const facet of facets.keys()) {
    if (!present.has(facet)) report('claims', `no claim gives a value for facet "${facet}"`);
  }
}

/** seeds/thesaurus.json: a list of sets, each two or more wordings. */
function checkThesaurus(thesaurus: unknown, report: Report): void {
  if (!Array.isArray(thesaurus)) return report('thesaurus.json', 'must be an array of sets of wordings');
  thesaurus.forEach((set, index) => {
    if (!Array.isArray(set) || set.length < 2 || set.some((w) => typeof w !== 'string' || w !== w.trim().toLowerCase() || !w)) {
      report(`thesaurus.json [${index}]`, 'must be a set of two or more lowercase, trimmed wordings');
    }
  });
}

/** Each source's stage must be one of the story's stages. */
function checkStagesOfSources(sources: unknown[], story: unknown, report: Report): void {
  const stages = isRecord(story) && Array.isArray(story.stages) ? story.stages.map((s) => (isRecord(s) ? s.id : undefined)) : [];
  sources.forEach((source, index) => {
    if (isRecord(source) && !stages.includes(source.stage)) {
      report(entryName('sources', index, source), `"stage" must be one of the story's stages (${stages.join(', ')})`);
    }
  });
}
