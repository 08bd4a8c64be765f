/**
 * The gate's second half, decided from evidence: how many of the story's claims the page states, and
 * where. A claim stated in the headline or standfirst weighs most (in the shipped story as much as the
 * threshold: a headline that states the story names it, whatever a comment thread below it says), one
 * in the lead next, one further down least; claims marked `background` (the takeover year, Taliban
 * rule at home) say nothing about which story a page is, so they count for nothing, and claims marked
 * `general` (true of any contact between the story's parties) count for `GENERAL_SHARE` of their
 * weight wherever they are, so no general claim decides a page alone. The cheap first half
 * (`detectTopic`) only rules out pages that never name the story's subject.
 */
import type { ArticleText, ClaimIndex, Match, StoryEvidence, TopicVerdict } from '../../types';
import { signalPattern } from './detect-topic';
import { foldText } from '../text/normalize';
import { DEFAULT_CONFIDENT_THRESHOLD } from '../../settings/defaults';

/**
 * Share of its position's weight that a `general` claim adds: "there are no political negotiations,
 * only operational contacts" was said of the EU's contacts with the Taliban in 2021 as in 2026.
 */
export const GENERAL_SHARE = 0.5;

/** Used when a story gives no `evidence` block. */
export const DEFAULT_EVIDENCE: StoryEvidence = { headlineWeight: 3, leadWeight: 1.5, leadWords: 80, threshold: 3 };

function names(subject: RegExp, text: string): boolean {
  subject.lastIndex = 0;
  return subject.test(foldText(text));
}

/**
 * Whether a match speaks about the story's subject (`evidence.subject`, a signal id): every match
 * does when the headline or lead names it; otherwise only one in a block that names it. A summit
 * "in Brussels" whose lead is about return rules states nothing about our meeting.
 */
function aboutSubject(start: number, article: ArticleText, subject: RegExp | undefined, leadNamesIt: boolean): boolean {
  if (!subject || leadNamesIt) return true;
  const block = article.blocks.find((b) => b.start <= start && start < b.end);
  return names(subject, block ? article.text.slice(block.start, block.end) : article.text);
}

/** Where in the article a match is: headline and standfirst, lead, or body. */
function positionWeight(start: number, article: ArticleText, leadEnd: number, evidence: StoryEvidence): number {
  const block = article.blocks.find((b) => b.start <= start && start < b.end);
  if (block && (block.kind === 'title' || block.kind === 'standfirst')) return evidence.headlineWeight;
  return start < leadEnd ? evidence.leadWeight : 1;
}

/** Offset where the lead ends: after the first `leadWords` words of the body (headline and standfirst apart). */
function leadEndOf(article: ArticleText, leadWords: number): number {
  const body = article.blocks.filter((b) => b.kind !== 'title' && b.kind !== 'standfirst');
  let words = 0;
  for (const block of body.length ? body : [{ start: 0, end: article.text.length }]) {
    for (const m of article.text.slice(block.start, block.end).matchAll(/\S+/g)) {
      if (++words >= leadWords) return block.start + m.index;
    }
  }
  return article.text.length;
}

/**
 * The final verdict: the first half's, with the claims the page confidently states weighed by where
 * they are. Each claim counts once, at its best position.
 */
export function weighTopicEvidence(first: TopicVerdict, matches: readonly Match[], article: ArticleText, index: Pick<ClaimIndex, 'story' | 'claimById'>): TopicVerdict {
  const evidence = index.story.evidence ?? DEFAULT_EVIDENCE;
  const leadEnd = leadEndOf(article, evidence.leadWords);
  const subject = evidence.subject ? signalPattern(index.story, evidence.subject) : undefined;
  const leadNamesIt = subject !== undefined && names(subject, `${article.title}\n${article.text.slice(0, leadEnd)}`);
  const best = new Map<string, number>();
  for (const m of matches) {
    // The default threshold, not the reader's: the verdict must not move with how much they highlight.
    const claim = index.claimById.get(m.claimId);
    if (m.confidence < DEFAULT_CONFIDENT_THRESHOLD || m.relation === 'conflicts' || claim?.background) continue;
    if (!aboutSubject(m.start, article, subject, leadNamesIt)) continue;
    const position = positionWeight(m.start, article, leadEnd, evidence);
    const weight = claim?.general ? position * GENERAL_SHARE : position;
    best.set(m.claimId, Math.max(best.get(m.claimId) ?? 0, weight));
  }
  const score = Math.round([...best.values()].reduce((sum, w) => sum + w, 0) * 100) / 100;
  const onTopic = first.onTopic && score >= evidence.threshold;
  const missing = first.onTopic && !onTopic ? [`enough of the story's claims (found ${best.size}, weighing ${score} of ${evidence.threshold})`] : first.missing;
  return { ...first, onTopic, score, threshold: evidence.threshold, claims: [...best.keys()], missing };
}
