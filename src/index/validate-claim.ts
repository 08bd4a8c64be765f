import type { FacetSpec } from '../types';
import { phraseStems, STOPWORDS } from '../engine/text/normalize';
import { EITHER_TERM, NEGATION_TERM, SUBJECT_TERM } from '../engine/text/polarity';
import {
  expectKnownKeys,
  expectOneOf,
  expectOptionalText,
  expectText,
  isNonEmptyString,
  isRecord,
  type Report,
} from './index-shape';
import { validateFigureValue } from './validate-figure-value';

/** The claim kinds of `ClaimKind`. */
export const CLAIM_KINDS = ['fact', 'figure', 'statement', 'quote'] as const;

const CLAIM_KEYS = ['id', 'text', 'kind', 'facet', 'value', 'sources', 'speaker', 'quote', 'background', 'general', 'outlier', 'terms'];
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Matching needs at least two ideas per claim: with one, any sentence sharing a single
 * word group (often a generic story word) would count as stating the claim.
 */
const MIN_TERM_GROUPS = 2;

/** Checks one claim entry against `ClaimSpec` and the index's source ids. */
export function validateClaim(
  claim: unknown,
  where: string,
  sourceIds: ReadonlySet<string>,
  facets: ReadonlyMap<string, FacetSpec>,
  report: Report,
): void {
  if (!isRecord(claim)) {
    report(where, 'must be an object');
    return;
  }
  expectKnownKeys(claim, CLAIM_KEYS, where, report);
  for (const flag of ['background', 'general', 'outlier']) if (claim[flag] !== undefined && typeof claim[flag] !== 'boolean') report(where, `"${flag}" must be true or false`);
  if (claim.outlier && !claim.facet) report(where, '"outlier" marks a version of a figure: the claim needs a "facet"');
  if (typeof claim.id !== 'string' || !KEBAB_CASE.test(claim.id)) report(where, '"id" must be kebab-case (a-z, 0-9, single hyphens)');
  expectText(claim, 'text', where, report);
  expectOneOf(claim, 'kind', CLAIM_KINDS, where, report);
  checkFigure(claim, where, facets, report);
  checkSpeaker(claim, where, report);
  checkSourceRefs(claim.sources, where, sourceIds, report);
  checkTerms(claim.terms, where, 'facet' in claim, report);
}

function checkFigure(claim: Record<string, unknown>, where: string, facets: ReadonlyMap<string, FacetSpec>, report: Report): void {
  const hasFacet = 'facet' in claim;
  if (hasFacet !== 'value' in claim) report(where, '"facet" and "value" go together: give both or neither');
  if ((claim.kind === 'figure') !== hasFacet) report(where, 'a claim has a "facet" exactly when its kind is "figure"');
  if (!hasFacet) return;
  const facet = facets.get(claim.facet as string);
  if (!facet) {
    report(where, `unknown facet ${JSON.stringify(claim.facet)} (known, from facets.json: ${[...facets.keys()].join(', ')})`);
    return;
  }
  if ('value' in claim) validateFigureValue(claim.value, facet, where, report);
}

function checkSpeaker(claim: Record<string, unknown>, where: string, report: Report): void {
  expectOptionalText(claim, 'speaker', where, report);
  expectOptionalText(claim, 'quote', where, report);
  if (claim.kind === 'quote' && !('quote' in claim)) report(where, 'a quote claim needs "quote"');
  if ('quote' in claim && !('speaker' in claim)) report(where, 'a quote needs a "speaker"');
}

function checkSourceRefs(refs: unknown, where: string, sourceIds: ReadonlySet<string>, report: Report): void {
  if (!Array.isArray(refs) || refs.length === 0) {
    report(where, '"sources" must be a non-empty array');
    return;
  }
  const seen = new Set<string>();
  refs.forEach((ref, index) => {
    if (!isRecord(ref) || typeof ref.source !== 'string') {
      report(where, `sources[${index}] must be an object with a "source" id`);
      return;
    }
    expectKnownKeys(ref, ['source', 'via'], `${where} sources[${index}]`, report);
    if (!sourceIds.has(ref.source)) report(where, `unknown source "${ref.source}"`);
    if (seen.has(ref.source)) report(where, `source "${ref.source}" is listed more than once`);
    seen.add(ref.source);
    if ('via' in ref && !isNonEmptyString(ref.via)) report(where, `sources[${index}] "via" must be a non-empty string`);
  });
}

function checkTerms(terms: unknown, where: string, hasFacet: boolean, report: Report): void {
  if (!Array.isArray(terms) || terms.length < MIN_TERM_GROUPS) {
    report(where, `"terms" must be an array of at least ${MIN_TERM_GROUPS} groups`);
    return;
  }
  terms.forEach((group, index) => {
    const at = `terms[${index}]`;
    if (!Array.isArray(group) || group.length === 0) {
      report(where, `${at} must be a non-empty array of strings`);
      return;
    }
    const seen = new Set<string>();
    for (const term of group) checkTerm(term, `${at} "${String(term)}"`, seen, hasFacet, (problem) => report(where, problem));
  });
  // Halves come in pairs: one "(either)" alone would mark a half with nothing to stand in for.
  const halves = terms.filter((group) => Array.isArray(group) && group.includes(EITHER_TERM)).length;
  if (halves === 1) report(where, `"${EITHER_TERM}" must mark two groups (the claim's two halves), not one`);
  // What a denial is said of needs a denial.
  const has = (term: string) => terms.some((group) => Array.isArray(group) && group.includes(term));
  if (has(SUBJECT_TERM) && !has(NEGATION_TERM)) report(where, `"${SUBJECT_TERM}" marks what a "${NEGATION_TERM}" idea denies, and the claim has none`);
}

function hasContentWord(term: string): boolean {
  return phraseStems(term).some((stem) => !STOPWORDS.has(stem));
}

function checkTerm(term: unknown, at: string, seen: Set<string>, hasFacet: boolean, report: (problem: string) => void): void {
  if (!isNonEmptyString(term)) return report(`${at} must be a non-empty string`);
  if (term !== term.trim().replace(/\s+/g, ' ')) report(`${at} must be trimmed, with single spaces`);
  if (term !== term.toLowerCase()) report(`${at} must be lowercase`);
  if (seen.has(term)) report(`${at} is repeated in its group`);
  seen.add(term);
  // Figures are compared separately; a number in the terms would stop a sentence with a different
  // figure from matching, and the conflict would never be shown.
  if (hasFacet && /\d/.test(term)) report(`${at} contains a figure; keep figures out of a facet claim's terms`);
  // The compiler drops stopwords ("only", "can not", "in and out of" would compile to nothing).
  if (!hasContentWord(term)) report(`${at} has only stopwords, so it never matches`);
}
