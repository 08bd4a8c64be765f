import type { ClaimIndex, Story, TopicSignal, TopicVerdict } from '../types';
import { foldText } from './normalize';

/** Occurrences of a signal beyond this add nothing: one long article should not outscore a focused brief. */
const SATURATION = 2;

interface CompiledSignal {
  id: string;
  label: string;
  weight: number;
  required: boolean;
  anchor: boolean;
  pattern: RegExp;
}

const compiledSignals = new WeakMap<Story, CompiledSignal[]>();

/**
 * The cheap gate: is this page about the story? Runs on every page a reader opens, so it first
 * looks for the rarest required word in the raw text and returns at once when it is absent.
 */
export function detectTopic(title: string, text: string, index: ClaimIndex): TopicVerdict {
  const story = index.story;
  const signals = signalsOf(story);
  const raw = `${title}\n${text}`;
  const threshold = story.threshold;
  const first = signals.find((s) => s.required);
  if (first && ((first.pattern.lastIndex = 0), !first.pattern.test(raw))) {
    return { onTopic: false, score: 0, threshold, signals: [], missing: signals.filter((s) => s.required).map((s) => s.label) };
  }
  const folded = foldText(raw);
  const seen: TopicSignal[] = [];
  const missing: string[] = [];
  let score = 0;
  for (const signal of signals) {
    const count = countMatches(signal.pattern, folded);
    if (count > 0) {
      seen.push({ id: signal.id, label: signal.label, count, weight: signal.weight });
      score += signal.weight * (Math.min(count, SATURATION) / SATURATION);
    } else if (signal.required) {
      missing.push(signal.label);
    }
  }
  const anchors = signals.filter((s) => s.anchor);
  if (anchors.length >= 2) {
    const together = countCooccurrences(folded, anchors);
    if (together < (story.minCooccurrences ?? 1)) missing.push(`${anchors.map((s) => s.label).join(' and ')} in one sentence`);
    else seen.push({ id: 'together', label: `${anchors.map((s) => s.label).join(' and ')} in one sentence`, count: together, weight: 0 });
  }
  score = Math.round(score * 100) / 100;
  return { onTopic: missing.length === 0 && score >= threshold, score, threshold, signals: seen, missing };
}

function signalsOf(story: Story): CompiledSignal[] {
  let compiled = compiledSignals.get(story);
  if (!compiled) {
    compiled = story.signals.map((s) => ({
      id: s.id,
      label: s.label,
      weight: s.weight,
      required: s.required,
      anchor: s.anchor ?? false,
      pattern: wordsPattern(s.words),
    }));
    compiledSignals.set(story, compiled);
  }
  return compiled;
}

/** Words of five letters or more match as prefixes ("deport" → "deportation"); short ones as whole words. */
function wordsPattern(words: string[]): RegExp {
  const parts = words.map((w) => {
    const escaped = foldText(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    return w.length >= 5 ? `${escaped}` : `${escaped}(?![\\p{L}\\p{N}])`;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})`, 'giu');
}

function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text)) count++;
  return count;
}

/** Sentences (roughly: split at terminal punctuation and line breaks) that mention every anchor signal. */
function countCooccurrences(text: string, anchors: CompiledSignal[]): number {
  let count = 0;
  for (const sentence of text.split(/[.!?]\s+|\n+/)) {
    if (anchors.every((a) => ((a.pattern.lastIndex = 0), a.pattern.test(sentence)))) count++;
  }
  return count;
}
