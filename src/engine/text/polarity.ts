/**
 * Sentence polarity and mood, as cheap cues: a claim and a sentence that differ in negation rarely
 * say the same thing, and a question asserts nothing.
 */
import { wordAlternation } from './word-alternation';

const NEGATION = /\b(?:not|no|never|neither|nor|none|nothing|without|n't|cannot|refuses?|refused|denie[sd]|deny)\b/i;

/**
 * A claim term that stands for negation itself: "the EU does not recognise…" and "the EU has never
 * recognised…" state the same thing, but "not" is a stopword and "never" a single wording.
 */
export const NEGATION_TERM = '(negated)';

/** The term that marks a claim's idea as one a sentence must express: without it, the sentence says something else. */
export const REQUIRED_TERM = '(required)';

/** What `NEGATION_TERM` compiles to and a negated sentence's stems include; no page word folds to it. */
export const NEGATION_STEM = '¬';

/** True when the text contains a negation word. */
export function isNegated(text: string): boolean {
  return NEGATION.test(text.replace(/[\u2019']/g, "'").replace(/n't\b/g, " n't"));
}

/** True when the sentence is a question (ends with a question mark, ignoring closing quotes and brackets). */
export function isQuestion(text: string): boolean {
  return /\?[\s"'”’)\]]*$/.test(text);
}

/** Pronouns and determiners that open a sentence pointing back to the one before ("Each was valid…", "They say…"). */
const POINTING_WORDS = 'it|its|they|their|them|this|these|those|each|both|neither|none|all|he|she|his|her|such';

const referBackPatterns = new Map<string, RegExp>();

/**
 * The opening of a sentence that points back: a pointing word, or "the" and one of the story's own
 * nouns (`Story.referBack`: "the group took power…", "the visas were…").
 */
function referBackPattern(nouns: readonly string[]): RegExp {
  const key = nouns.join('|');
  let pattern = referBackPatterns.get(key);
  if (!pattern) {
    const the = nouns.length ? `|the (?:${wordAlternation(nouns)})` : '';
    pattern = new RegExp(`^[\\s"“'‘(]*(?:${POINTING_WORDS}${the})\\b`, 'i');
    referBackPatterns.set(key, pattern);
  }
  return pattern;
}

/** True when the sentence opens by referring back to what came before it; `nouns` are the story's own. */
export function refersBack(text: string, nouns: readonly string[] = []): boolean {
  return referBackPattern(nouns).test(text);
}
