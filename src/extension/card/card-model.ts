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
  sources: { value: string; who: string; count: number }[];
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

/**
 * A heading that names the figure: "Meeting date: this article 25 June 2026 · 2 of 3 sources
 * 23 June 2026", the most widely reported version first.
 */
export function figureHeading(figure: CardFigure): string {
  const total = figure.sources.reduce((n, s) => n + s.count, 0);
  const top = [...figure.sources].sort((a, b) => b.count - a.count)[0];
  const consensus = top ? ` · ${top.count} of ${total} source${total === 1 ? '' : 's'} ${top.value}` : '';
  return `${figure.facet}: this article ${figure.page}${consensus}`;
}

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
  const heading = figures[0] ? figureHeading(figures[0]) : RELATION_HEADINGS[relation];
  return { relation, heading, claims: dedupe(claims), figures };
}

/** The facet's figures, from the analysis' conflict table when it has the facet, else from the claim. */
function figureFor(match: Match, analysis: Analysis, index: ClaimIndex): CardFigure {
  const facet = match.facet ? facetLabel(match.facet) : 'Figure';
  const table = analysis.conflicts.find((c) => c.facet === match.facet);
  if (table) {
    return {
      facet,
      page: table.page.label,
      sources: table.sourceValues.map((v) => ({
        value: v.label,
        who: v.sources.map(sourceLabeller(index.sourceById)).join('; '),
        count: v.sources.length,
      })),
    };
  }
  const claim = index.claimById.get(match.claimId);
  return {
    facet,
    page: match.value ? formatValue(match.value) : match.text,
    sources: claim?.value
      ? [{ value: formatValue(claim.value), who: claim.sources.map(sourceLabeller(index.sourceById)).join('; '), count: claim.sources.length }]
      : [],
  };
}

function dedupe(claims: CardClaim[]): CardClaim[] {
  return claims.filter((claim, i) => claims.findIndex((c) => c.text === claim.text) === i);
}

/** What a screen reader hears for a highlight: its heading and the claims it states. */
export function describeHighlight(model: CardModel): string {
  const claims = model.claims.map((c) => c.text).join(' ');
  return `${model.heading}. ${claims}`.trim();
}
