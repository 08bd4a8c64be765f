import { formatValue } from '@/src/index/format-value';
import type { Analysis, ClaimIndex, Match, Relation } from '@/src/types';
import { facetLabel } from '../facet-labels';
import { sourceLabeller } from '../source-labels';

/** One claim a highlighted sentence states, and who else states it ("003, citing Reuters" and 003's title). */
export interface CardClaim {
  text: string;
  sources: { label: string; title: string }[];
}

/** For a conflict: the page's figure next to each source's figure. */
export interface CardFigure {
  facet: string;
  page: string;
  sources: { value: string; who: string }[];
}

/** Everything the hover card shows for one highlighted sentence. Plain data, easy to test. */
export interface CardModel {
  relation: Relation;
  heading: string;
  claims: CardClaim[];
  figures: CardFigure[];
}

/** Headings that say in words what the underline style says in shape. */
export const RELATION_HEADINGS: Record<Relation, string> = {
  supports: 'Also reported by other coverage',
  conflicts: 'A figure here differs from other coverage',
};

/** Builds the card for the matches of one sentence. */
export function buildCardModel(matches: Match[], analysis: Analysis, index: ClaimIndex): CardModel {
  const relation: Relation = matches.some((m) => m.relation === 'conflicts') ? 'conflicts' : 'supports';
  const label = sourceLabeller(index.sourceById);
  const claims = matches.flatMap((match) => {
    const claim = index.claimById.get(match.claimId);
    const sources = claim?.sources.map((ref) => ({ label: label(ref), title: index.sourceById.get(ref.source)?.title ?? '' }));
    return claim && sources ? [{ text: claim.text, sources }] : [];
  });
  const figures = matches.filter((m) => m.relation === 'conflicts').map((m) => figureFor(m, analysis, index));
  return { relation, heading: RELATION_HEADINGS[relation], claims: dedupe(claims), figures };
}

/** The facet's figures, from the analysis' conflict table when it has the facet, else from the claim. */
function figureFor(match: Match, analysis: Analysis, index: ClaimIndex): CardFigure {
  const facet = match.facet ? facetLabel(match.facet) : 'Figure';
  const table = analysis.conflicts.find((c) => c.facet === match.facet);
  if (table) {
    return {
      facet,
      page: table.page.label,
      sources: table.sourceValues.map((v) => ({ value: v.label, who: v.sources.map(sourceLabeller(index.sourceById)).join('; ') })),
    };
  }
  const claim = index.claimById.get(match.claimId);
  return {
    facet,
    page: match.value ? formatValue(match.value) : match.text,
    sources: claim?.value ? [{ value: formatValue(claim.value), who: claim.sources.map(sourceLabeller(index.sourceById)).join('; ') }] : [],
  };
}

function dedupe(claims: CardClaim[]): CardClaim[] {
  return claims.filter((claim, i) => claims.findIndex((c) => c.text === claim.text) === i);
}

/** The accessible name of a highlight: what kind it is and the claims it states. */
export function describeHighlight(model: CardModel): string {
  const claims = model.claims.map((c) => c.text).join(' ');
  return `ClaimLens: ${model.heading.toLowerCase()}. ${claims}`.trim();
}
