import type { Analysis, ClaimIndex } from '@/src/types';
import { highlightedSentences, possibleMatches, reportCounts } from '@/src/extension/report-counts';
import { plural } from './source-names';

/** The popup's one-line answer, and the numbers it is made of (the same as the badge's). */
export interface PopupSummary {
  text: string;
  /** The text's parts, each said on its own: what differs, then what matches. */
  parts: string[];
  /** Figures here that other coverage contradicts. */
  conflicts: number;
  /** Highlighted sentences. */
  sentences: number;
  /** Other articles that state at least one of those sentences' claims. */
  articles: number;
}

/**
 * "2 figures here differ from other coverage · 11 sentences match 4 other articles": the conflicts
 * first, since they are what a reader most needs to know.
 */
export function popupSummary(analysis: Analysis, index: ClaimIndex): PopupSummary {
  const { sentences, conflicts } = reportCounts(analysis);
  const sources = new Set<string>();
  for (const sentence of highlightedSentences(analysis)) {
    for (const m of sentence.matches) for (const ref of index.claimById.get(m.claimId)?.sources ?? []) sources.add(ref.source);
  }
  const articles = sources.size;
  const parts = summaryParts(analysis, sentences, conflicts, articles);
  return { text: parts.join(' · '), parts, conflicts, sentences, articles };
}

function summaryParts(analysis: Analysis, sentences: number, conflicts: number, articles: number): string[] {
  if (!analysis.topic.onTopic) {
    const possible = new Set(possibleMatches(analysis).map((m) => `${m.start}:${m.end}`)).size;
    return possible
      ? ['Nothing highlighted', `${plural(possible, 'sentence')} only possibly ${possible === 1 ? 'matches' : 'match'} other coverage`]
      : ['Nothing here matches other coverage of the story'];
  }
  if (sentences === 0) return ['No sentence here clearly matches other coverage'];
  const differ = conflicts === 0
    ? 'No figure here differs from other coverage'
    : `${plural(conflicts, 'figure')} here ${conflicts === 1 ? 'differs' : 'differ'} from other coverage`;
  const match = `${plural(sentences, 'sentence')} ${sentences === 1 ? 'matches' : 'match'} ${plural(articles, 'other article')}`;
  return [differ, match];
}
