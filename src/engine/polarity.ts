/**
 * Sentence polarity and mood, as cheap cues: a claim and a sentence that differ in negation rarely
 * say the same thing, and a question asserts nothing.
 */
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

/**
 * Openings that point back to the previous sentence for their subject: "Each was valid…",
 * "They say…", "The group took power…", "None of them…".
 */
const REFERS_BACK =
  /^[\s"“'‘(]*(?:it|its|they|their|them|this|these|those|each|both|neither|none|all|he|she|his|her|such|the (?:group|movement|visitors|envoys|visas|move|visit|meeting|talks|invitation|delegation|decision|bloc|commission|ministry|minister|government))\b/i;

/** True when the sentence opens by referring back to what came before it. */
export function refersBack(text: string): boolean {
  return REFERS_BACK.test(text);
}
