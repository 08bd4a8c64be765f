import type { Analysis, Facet, FigureValue, Match, Relation } from '@/src/types';

/**
 * The one counting rule the badge, the popup and the page's highlights share, so that every number a
 * reader sees agrees with what is marked on the page:
 *
 * - a highlighted sentence is a distinct (start, end) among the confident matches;
 * - a conflict shown is a confident match that conflicts, or a facet conflict (`conflicts: true`) whose
 *   page sentence lies inside a highlighted sentence; one per sentence and facet, the matcher's own
 *   figure first when it has one;
 * - a page the gate declined but the reader scanned anyway has no confident matches at all: the
 *   engine's tiers assume the page is about the story, which the gate said it is not.
 */

/** One shown conflict: a figure of a highlighted sentence that other coverage contradicts. */
export interface ShownConflict {
  facet: Facet;
  /** The page's figure. */
  value: FigureValue;
  /** The highlighted sentence it is in (offsets into the article text) and its text. */
  start: number;
  end: number;
  text: string;
  /** The claim the sentence was matched to, when a match (not only the figure) conflicts. */
  claimId?: string;
  /** The figure as the sentence writes it ("24th of June"), when the match's evidence names it. */
  figure?: string;
}

/** One highlighted sentence, with the confident matches that cover it. */
export interface HighlightedSentence {
  start: number;
  end: number;
  text: string;
  matches: Match[];
  /** 'conflicts' when any conflict shown lies in it: the warning wins over agreement. */
  relation: Relation;
  /** The conflicts shown in it (the figures to mark), in page order. */
  conflicts: ShownConflict[];
}

/** The numbers a reader sees on the badge and in the popup's summary. */
export interface ReportCounts {
  sentences: number;
  conflicts: number;
}

/** The matches the page highlights: the confident ones, none for a page scanned against the gate's verdict. */
export function confidentMatches(analysis: Analysis): Match[] {
  if (!analysis.topic.onTopic) return [];
  return analysis.matches.filter((m) => m.tier === 'confident');
}

/** The matches listed as possible only: every match of a forced scan of an off-topic page. */
export function possibleMatches(analysis: Analysis): Match[] {
  if (!analysis.topic.onTopic) return analysis.matches;
  return analysis.matches.filter((m) => m.tier !== 'confident');
}

/** Every conflict shown, in page order. */
export function shownConflicts(analysis: Analysis): ShownConflict[] {
  const confident = confidentMatches(analysis);
  const byKey = new Map<string, ShownConflict>();
  const add = (conflict: ShownConflict) => {
    const key = `${conflict.start}:${conflict.end}:${conflict.facet}`;
    if (!byKey.has(key)) byKey.set(key, conflict);
  };
  for (const m of confident) {
    if (m.relation === 'conflicts' && m.facet && m.value) {
      const figure = m.evidence.figures.find((raw) => raw !== '' && m.text.includes(raw));
      add({ facet: m.facet, value: m.value, start: m.start, end: m.end, text: m.text, claimId: m.claimId, figure });
    }
  }
  for (const c of analysis.conflicts) {
    if (!c.conflicts) continue;
    const sentence = confident.find((m) => m.start <= c.page.start && c.page.end <= m.end);
    if (sentence) add({ facet: c.facet, value: c.page.value, start: sentence.start, end: sentence.end, text: sentence.text });
  }
  return [...byKey.values()].sort((a, b) => a.start - b.start);
}

/** The highlighted sentences in page order, each with its matches and relation. */
export function highlightedSentences(analysis: Analysis): HighlightedSentence[] {
  const bySpan = new Map<string, HighlightedSentence>();
  for (const m of confidentMatches(analysis)) {
    const key = `${m.start}:${m.end}`;
    const sentence = bySpan.get(key);
    if (sentence) sentence.matches.push(m);
    else bySpan.set(key, { start: m.start, end: m.end, text: m.text, matches: [m], relation: 'supports', conflicts: [] });
  }
  for (const c of shownConflicts(analysis)) {
    const sentence = bySpan.get(`${c.start}:${c.end}`);
    if (!sentence) continue;
    sentence.relation = 'conflicts';
    sentence.conflicts.push(c);
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The badge's and the summary's numbers. */
export function reportCounts(analysis: Analysis): ReportCounts {
  return { sentences: highlightedSentences(analysis).length, conflicts: shownConflicts(analysis).length };
}
