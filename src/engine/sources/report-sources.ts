import type { Match, SourceReport, Stage } from '../../types';
import type { LoadedIndex } from '../../index/hydrate-index';

/**
 * For each source: the claims this page shares with it, and the claims it states that the page
 * does not (figures first, since those are what a reader most often wants to check).
 */
export function reportSources(matches: Match[], index: LoadedIndex): SourceReport[] {
  // A claim the page contradicts is not shared with its sources; their version stays in what they add.
  const shared = new Set(matches.filter((m) => m.tier === 'confident' && m.relation === 'supports').map((m) => m.claimId));
  return index.sources.map((source) => {
    const own = index.claims.filter((c) => c.sources.some((r) => r.source === source.id));
    return {
      source: source.id,
      corroborates: own.filter((c) => shared.has(c.id)).map((c) => c.id),
      adds: own
        .filter((c) => !shared.has(c.id))
        .sort((a, b) => Number(Boolean(b.facet)) - Number(Boolean(a.facet)))
        .map((c) => c.id),
    };
  });
}

/**
 * The latest stage of the story the page reflects: each matched claim was known from the earliest
 * stage of the sources stating it, and the page is as far along as its latest such claim.
 */
export function stageOf(matches: Match[], index: LoadedIndex): Stage | undefined {
  const stages = index.story.stages.map((s) => s.id);
  let latest = -1;
  for (const match of matches) {
    if (match.tier !== 'confident') continue;
    const claim = index.claimById.get(match.claimId);
    if (!claim) continue;
    const earliest = Math.min(
      ...claim.sources.map((r) => stages.indexOf(index.sourceById.get(r.source)?.stage ?? stages[stages.length - 1])),
    );
    latest = Math.max(latest, earliest);
  }
  return latest >= 0 ? stages[latest] : undefined;
}
