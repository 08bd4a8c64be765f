/**
 * Sentence polarity and mood, as cheap cues: a claim and a sentence that differ in negation rarely
 * say the same thing, and a question asserts nothing.
 */
const NEGATION = /\b(?:not|no|never|neither|nor|none|nothing|without|n't|cannot|refuses?|refused|denie[sd]|deny)\b/i;

/** True when the text contains a negation word. */
export function isNegated(text: string): boolean {
  return NEGATION.test(text.replace(/[\u2019']/g, "'").replace(/n't\b/g, " n't"));
}

/** True when the sentence is a question (ends with a question mark, ignoring closing quotes and brackets). */
export function isQuestion(text: string): boolean {
  return /\?[\s"'”’)\]]*$/.test(text);
}
