import type { Analysis, TopicVerdict } from '@/src/types';
import type { GateWords } from '../build/gate-words-plugin';
import type { PlannedHighlight } from '../messages';

/** The verdict for a page the always-on check ruled out: which required signals it never mentions. */
export function declinedVerdict(gate: GateWords, missing: string[]): TopicVerdict {
  return { story: gate.story, onTopic: false, score: 0, threshold: gate.threshold, signals: [], missing };
}

/**
 * The analysis as the page shows it: a confident match whose sentence could not be found on the
 * page (an editor, a form field, text the page hides from us) is listed as possible, so the badge and
 * the popup count exactly the sentences that are highlighted.
 */
export function asShown(analysis: Analysis, anchored: readonly PlannedHighlight[]): Analysis {
  const shown = new Set(anchored.map((h) => `${h.start}:${h.end}`));
  const matches = analysis.matches.map((m) =>
    m.tier === 'confident' && !shown.has(`${m.start}:${m.end}`) ? { ...m, tier: 'possible' as const } : m,
  );
  return { ...analysis, matches };
}
