import labels from 'virtual:claimlens-facet-labels';
import type { Facet } from '@/src/types';

/** The label of a facet as seeds/facets.json names it, falling back to its key. */
export function facetLabel(facet: Facet): string {
  return labels[facet] ?? facet;
}
