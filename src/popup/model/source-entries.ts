import type { Analysis, ClaimIndex, Source } from '@/src/types';
import { confidentMatches, highlightedSentences, shownConflicts } from '@/src/extension/report-counts';
import { formatSourceDate } from '../format-source-date';

/** One of the other articles, as a reader can place it. */
export interface SourceEntry {
  id: string;
  /** Its short name ("One-day visas analysis"). */
  name: string;
  /** "Analysis · 23 Jun 2026", the kind left out when the name says it (its stage shows on the timeline). */
  meta: string;
  /** The stage of the story it was written at ("Visas issued"). */
  stage: string;
  /** "cites Reuters +3", or undefined when it cites no one. */
  cites?: string;
  /** Highlighted sentences of this page that state one of its claims. */
  shares: number;
  /** A few claims it states that this page does not (never one the page contradicts). */
  adds: string[];
  /** How many more it states that are left out of `adds`. */
  moreAdds: number;
}

/** How many claims of what a source adds the popup spells out. */
export const ADDS_SHOWN = 3;

const KIND_LABELS: Record<Source['kind'], string> = {
  'news-report': 'News report',
  analysis: 'Analysis',
  explainer: 'Explainer',
};

/** The sources, those sharing most with the page first. */
export function sourceEntries(analysis: Analysis, index: ClaimIndex): SourceEntry[] {
  const sentences = highlightedSentences(analysis);
  const hidden = hiddenFromAdds(analysis, index);
  const stageLabel = (id: string) => index.story.stages.find((s) => s.id === id)?.label ?? id;
  const entries = index.sources.map((source): SourceEntry => {
    const states = (claimId: string) => index.claimById.get(claimId)?.sources.some((r) => r.source === source.id) ?? false;
    const report = analysis.sources.find((r) => r.source === source.id);
    const adds = (report?.adds ?? []).filter((id) => !hidden.has(id)).flatMap((id) => index.claimById.get(id)?.text ?? []);
    const date = latestDate(source);
    return {
      id: source.id,
      name: source.name,
      meta: [kindUnlessNamed(source), date && formatSourceDate(date)].filter(Boolean).join(' · '),
      stage: stageLabel(source.stage),
      cites: source.outlets.length ? `cites ${source.outlets[0]}${source.outlets.length > 1 ? ` +${source.outlets.length - 1}` : ''}` : undefined,
      shares: sentences.filter((s) => s.matches.some((m) => states(m.claimId))).length,
      adds: adds.slice(0, ADDS_SHOWN),
      moreAdds: Math.max(0, adds.length - ADDS_SHOWN),
    };
  });
  return entries.sort((a, b) => b.shares - a.shares);
}

/**
 * Claims that must not be offered as something a source "adds": those the page states (any tier),
 * and every claim on a facet the page gives a contradicted figure for (the page does say it, differently).
 */
function hiddenFromAdds(analysis: Analysis, index: ClaimIndex): Set<string> {
  const hidden = new Set(analysis.matches.map((m) => m.claimId));
  const facets = new Set(shownConflicts(analysis).map((c) => c.facet));
  for (const m of confidentMatches(analysis)) if (m.facet && m.relation === 'conflicts') facets.add(m.facet);
  for (const claim of index.claims) if (claim.facet && facets.has(claim.facet)) hidden.add(claim.id);
  return hidden;
}

/** The kind, unless the short name already says it ("Delegation news report" is a news report). */
function kindUnlessNamed(source: Source): string | undefined {
  const kind = KIND_LABELS[source.kind];
  const word = kind.split(' ').pop()!.toLowerCase();
  return source.name.toLowerCase().includes(word) ? undefined : kind;
}

/** The latest date the source gives (a range counts by its end): roughly when it was written. */
function latestDate(source: Source): string | undefined {
  const end = (value: string) => value.split('/').pop() ?? value;
  return [...source.dates].sort((a, b) => end(b.value).localeCompare(end(a.value)))[0]?.value;
}
