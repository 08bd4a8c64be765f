/**
 * Hedges written before a number ("nearly 20", "more than 80", "at least two"), mapped to the
 * `Qualifier` the comparison of figures understands.
 */
import type { Qualifier } from '../../types';

/** Hedging phrases, lower case, with the qualifier each expresses. */
export const QUALIFIER_PHRASES: Readonly<Record<string, Qualifier>> = {
  exactly: 'exactly', precisely: 'exactly',
  about: 'about', around: 'about', roughly: 'about', some: 'about', approximately: 'about', 'an estimated': 'about',
  'estimated': 'about', 'close on': 'about', circa: 'about', 'in the region of': 'about',
  'more than': 'more-than', over: 'more-than', above: 'more-than', 'upwards of': 'more-than', 'in excess of': 'more-than',
  nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'just under': 'nearly', 'just shy of': 'nearly',
  'just short of': 'nearly',
  'at least': 'at-least', 'no fewer than': 'at-least', 'no less than': 'at-least', 'a minimum of': 'at-least',
  'up to': 'up-to', 'as many as': 'up-to', 'a maximum of': 'up-to',
  // "fewer than ten" is not "up to ten", but both bound the number from above; that is what a
  // comparison needs to avoid reading the figure as exact.
  'fewer than': 'up-to', 'less than': 'up-to', 'under': 'up-to',
};

/** The qualifier phrases as a regex alternation, longest first, tolerant of case and line breaks. */
export const QUALIFIER_SOURCE = `(?:${Object.keys(QUALIFIER_PHRASES)
  .sort((a, b) => b.length - a.length)
  .map((phrase) => phrase.replace(/ /g, '\\s+'))
  .join('|')})`;

/** The qualifier a matched phrase stands for, or undefined for no phrase. */
export function qualifierOf(phrase: string | undefined): Qualifier | undefined {
  if (!phrase) return undefined;
  return QUALIFIER_PHRASES[phrase.toLowerCase().replace(/\s+/g, ' ')];
}
