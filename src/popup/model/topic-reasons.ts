import type { TopicVerdict } from '@/src/types';

/** Why the gate decided as it did, in words, for the "Why?" disclosure. */
export interface TopicReasons {
  /** "Taliban (5 mentions)", most mentioned first. */
  found: string[];
  /** Labels of required signals the page lacks. */
  missing: string[];
  /** "Scored 12.5; 10 is needed." */
  score: string;
}

/** Reads a gate verdict into plain lines; internal signals (weight 0) are left out. */
export function topicReasons(topic: TopicVerdict): TopicReasons {
  const found = topic.signals
    .filter((s) => s.count > 0 && s.weight > 0)
    .sort((a, b) => b.count - a.count)
    .map((s) => `${s.label} (${s.count} ${s.count === 1 ? 'mention' : 'mentions'})`);
  const round = (n: number) => String(Math.round(n * 10) / 10);
  return { found, missing: topic.missing, score: `Scored ${round(topic.score)}; ${round(topic.threshold)} is needed.` };
}
