import type { FacetConflict, PageFigure, Sentence, SourceDisagreement, SourceValue } from '../../types';
import type { LoadedIndex } from '../../index/hydrate-index';
import { formatValue } from '../../index/format-value';
import { matcherIndexOf } from '../match/matcher-index';
import { figureVerdict } from '../match/match-claims';

/** A figure of the page together with the sentence it was found in. */
export interface LocatedFigure {
  figure: PageFigure;
  sentence: Sentence;
}

/**
 * For every facet the page gives a figure for: the page's value next to every source's value,
 * flagged when it agrees with none of them at the same precision. One entry per distinct value.
 */
export function findConflicts(figures: LocatedFigure[], index: LoadedIndex): FacetConflict[] {
  const seen = new Set<string>();
  const result: FacetConflict[] = [];
  for (const { figure, sentence } of figures) {
    if (!figure.facet) continue;
    const label = formatValue(figure.value);
    const key = `${figure.facet}=${label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const verdict = figureVerdict(figure.facet, figure.value, index);
    result.push({
      facet: figure.facet,
      page: { value: figure.value, label, start: sentence.start, end: sentence.end, text: sentence.text },
      conflicts: verdict.relation === 'conflicts',
      agreesWith: verdict.agreesWith,
      sourceValues: sourceValuesOf(figure.facet, index),
    });
  }
  return result;
}

/** Every source's value for a facet, one entry per claim. */
export function sourceValuesOf(facet: string, index: LoadedIndex): SourceValue[] {
  return (matcherIndexOf(index).byFacet.get(facet) ?? []).flatMap((i) => {
    const claim = index.claims[i];
    return claim.value ? [{ claimId: claim.id, value: claim.value, label: formatValue(claim.value), sources: claim.sources }] : [];
  });
}

const disagreements = new WeakMap<LoadedIndex, SourceDisagreement[]>();

/** Facets on which the index's own sources give different values (computed once per index). */
export function findSourceDisagreements(index: LoadedIndex): SourceDisagreement[] {
  let known = disagreements.get(index);
  if (!known) disagreements.set(index, (known = computeDisagreements(index)));
  return known;
}

function computeDisagreements(index: LoadedIndex): SourceDisagreement[] {
  const result: SourceDisagreement[] = [];
  for (const facet of matcherIndexOf(index).byFacet.keys()) {
    const values = sourceValuesOf(facet, index);
    if (new Set(values.map((v) => v.label)).size > 1) result.push({ facet: facet as SourceDisagreement['facet'], values });
  }
  return result;
}
