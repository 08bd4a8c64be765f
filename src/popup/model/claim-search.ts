import Fuse from 'fuse.js';
import type { Analysis, ClaimIndex, CompiledClaim } from '@/src/types';
import { compareValues } from '@/src/engine/conflicts/compare-values';
import { confidentMatches, possibleMatches, shownConflicts } from '@/src/extension/report-counts';
import { sourceNames } from './source-names';

/** Whether this page states a claim: highlighted, with a different figure, possibly, or not at all. */
export type OnPage = 'states' | 'differs' | 'possibly' | 'absent';

/** One search result. */
export interface ClaimResult {
  claimId: string;
  text: string;
  sources: string[];
  onPage: OnPage;
}

/** A search over the claim index, built once per popup. */
export interface ClaimSearch {
  /** Claims best matching `query` first; at most `limit`. An empty query finds nothing. */
  search(query: string, analysis: Analysis | undefined, limit?: number): ClaimResult[];
}

/** Results shown at most. */
export const RESULTS_SHOWN = 6;

/**
 * Fuzzy matching that forgives a typo or two per word ("visass", "Brusels"): each query word is
 * matched on its own (token search), and a claim must match every word to be found.
 */
const FUSE_OPTIONS = {
  keys: [
    { name: 'text', weight: 3 },
    { name: 'words', weight: 1 },
  ],
  useTokenSearch: true,
  tokenMatch: 'all' as const,
  ignoreLocation: true,
  threshold: 0.35,
  minMatchCharLength: 2,
};

/** Builds the search over the index's claims and the words their terms list. */
export function createClaimSearch(index: ClaimIndex): ClaimSearch {
  const docs = index.claims.map((c) => ({ id: c.id, text: c.text, words: c.terms.flat().join(' ') }));
  const fuse = new Fuse(docs, FUSE_OPTIONS);
  return {
    search(query, analysis, limit = RESULTS_SHOWN) {
      const trimmed = query.trim();
      if (trimmed.length < 2) return [];
      return fuse.search(trimmed, { limit }).flatMap(({ item }) => {
        const claim = index.claimById.get(item.id);
        return claim ? [{ claimId: claim.id, text: claim.text, sources: sourceNames(claim.sources, index), onPage: onPageOf(claim, analysis) }] : [];
      });
    },
  };
}

/** A claim's figure "differs" when a figure the page is shown to contradict disagrees with it. */
function onPageOf(claim: CompiledClaim, analysis: Analysis | undefined): OnPage {
  if (!analysis) return 'absent';
  const confident = confidentMatches(analysis).filter((m) => m.claimId === claim.id);
  if (confident.some((m) => m.relation === 'supports')) return 'states';
  const contradicted = shownConflicts(analysis).some(
    (c) => c.facet === claim.facet && claim.value !== undefined && compareValues(c.value, claim.value) === 'disagrees',
  );
  if (confident.length > 0 || contradicted) return 'differs';
  return possibleMatches(analysis).some((m) => m.claimId === claim.id) ? 'possibly' : 'absent';
}
