import type { Match, Relation } from '@/src/types';
import { anchorQuote, type TextSegment } from './anchor-quote';
import { buildPageTextMap } from './page-text-map';

/** The matches of one page sentence (a sentence can state several claims), and where it is. */
export interface HighlightGroup {
  id: number;
  matches: Match[];
  /** 'conflicts' when any of its matches conflicts: the warning wins over agreement. */
  relation: Relation;
  segments: TextSegment[];
}

/** Groups matches that cover the same sentence, in page order. */
export function groupMatches(matches: Match[]): Omit<HighlightGroup, 'segments'>[] {
  const bySpan = new Map<string, Match[]>();
  for (const match of [...matches].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = `${match.start}:${match.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), match]);
  }
  return [...bySpan.values()].map((group, id) => ({
    id,
    matches: group,
    relation: group.some((m) => m.relation === 'conflicts') ? 'conflicts' : 'supports',
  }));
}

/**
 * Finds each group's sentence in the live page under `root`. Returns the groups that were found,
 * LAST in the page first: the order in which `wrapSegments` must wrap them.
 * `articleLength` is the length of the extracted article text the match offsets refer to.
 */
export function anchorGroups(root: Node, matches: Match[], articleLength: number): HighlightGroup[] {
  const map = buildPageTextMap(root);
  const anchored: { at: number; group: HighlightGroup }[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const group of groupMatches(matches)) {
    const first = group.matches[0];
    const found = anchorQuote(map, first.text, articleLength ? first.start / articleLength : 0);
    // Two sentences anchored onto overlapping text would nest marks: keep the first only.
    if (!found || taken.some((t) => found.start < t.end && t.start < found.end)) continue;
    taken.push(found);
    anchored.push({ at: found.start, group: { ...group, segments: found.segments } });
  }
  return anchored.sort((a, b) => b.at - a.at).map((a) => a.group);
}
