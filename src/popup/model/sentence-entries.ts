import type { Analysis, ClaimIndex, Facet, Match, Relation, Tier } from '@/src/types';
import { countOrigins } from '@/src/extension/source-labels';
import { facetLabel } from '@/src/extension/facet-labels';
import { highlightedSentences, possibleMatches } from '@/src/extension/report-counts';
import { formatValue } from '@/src/index/format-value';
import { sourceNames } from './source-names';

/** One claim a sentence states, and who else states it. */
export interface ClaimLine {
  claimId: string;
  /** The claim in the index's words. */
  text: string;
  relation: Relation;
  /** The sources' short names, each once. */
  sources: string[];
  /** Independent origins among them: two articles citing Reuters are one. */
  origins: number;
}

/** One page sentence in the popup: highlighted (confident) or possible, with its claims grouped under it. */
export interface SentenceEntry {
  start: number;
  end: number;
  text: string;
  tier: Tier;
  relation: Relation;
  /** The facet of its conflicting figure, else of its first figure. */
  facet?: Facet;
  /** Its figures that other coverage contradicts: "Meeting date: 24 June 2026". */
  differs: string[];
  claims: ClaimLine[];
}

/** The popup's matches: one entry per highlighted sentence, and the possible ones apart. */
export interface SentenceEntries {
  highlighted: SentenceEntry[];
  possible: SentenceEntry[];
}

/** Builds both lists, in page order. A possible match inside a highlighted sentence is left out. */
export function sentenceEntries(analysis: Analysis, index: ClaimIndex): SentenceEntries {
  const highlighted = highlightedSentences(analysis).map((s): SentenceEntry => {
    const own = s.conflicts;
    return {
      start: s.start,
      end: s.end,
      text: s.text,
      tier: 'confident',
      relation: s.relation,
      facet: own[0]?.facet ?? s.matches.find((m) => m.facet)?.facet,
      differs: own.map((c) => `${facetLabel(c.facet)}: ${formatValue(c.value)}`),
      claims: claimLines(s.matches, index),
    };
  });
  const taken = new Set(highlighted.map((e) => `${e.start}:${e.end}`));
  const bySpan = new Map<string, Match[]>();
  for (const m of possibleMatches(analysis)) {
    const key = `${m.start}:${m.end}`;
    if (!taken.has(key)) bySpan.set(key, [...(bySpan.get(key) ?? []), m]);
  }
  const possible = [...bySpan.values()]
    .map((matches): SentenceEntry => ({
      start: matches[0].start,
      end: matches[0].end,
      text: matches[0].text,
      tier: 'possible',
      // A possible match is not a finding: it is listed as possible, never as a conflict.
      relation: 'supports',
      facet: matches.find((m) => m.facet)?.facet,
      differs: [],
      claims: claimLines(matches, index).map((c) => ({ ...c, relation: 'supports' as const })),
    }))
    .sort((a, b) => a.start - b.start);
  return { highlighted, possible };
}

function claimLines(matches: Match[], index: ClaimIndex): ClaimLine[] {
  const seen = new Set<string>();
  return matches.flatMap((m) => {
    const claim = index.claimById.get(m.claimId);
    if (!claim || seen.has(claim.id)) return [];
    seen.add(claim.id);
    return [{ claimId: claim.id, text: claim.text, relation: m.relation, sources: sourceNames(claim.sources, index), origins: countOrigins(claim.sources) }];
  });
}
