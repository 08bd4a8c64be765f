/**
 * Counts of things: "five visas", "nearly 20 countries", "more than 80 groups", "one million",
 * "2 million", "1,000,000", "a dozen", "two others". Runs after dates, durations and masks, so the
 * numbers inside "23 June" or "one-day" are already claimed.
 */
import type { FigureValue } from '../../types';
import { type FigureFinder, needing, spansOf } from './figure-span';
import { leadingNumberLength, NUMBER_NOT_AFTER, NUMBER_SCAN_SOURCE, NUMBER_SOURCE, parseNumber } from './number-words';
import { QUALIFIER_SOURCE, qualifierOf } from './qualifiers';
import { lazyPattern } from '../text/lazy-pattern';
import { wordAlternation } from '../text/word-alternation';
import { hedgedMatches, hedgedPattern, lazyHedgedPattern } from '../text/hedged-pattern';


/**
 * Contexts in which a lone "one" is a pronoun, not a count: "one of the", "one another", "no one",
 * "the one", "a technical one, …". Tested on the text after and before the word.
 */
export const ONE_AFTER = /^(?:\s*(?:of|another|by\s+one|or\s+(?:two|more|other)|at\s+a\s+time|such|who|that|which|thing)\b|\s*[.,;:!?()[\]—–]|\s*$)/i;
export const ONE_BEFORE = /\b(?:no|the|any|every|each|this|that|which|someone|anyone|only|last|next|other)\s*$/i;

/** "two others", "three more": a count that adds to an earlier one of the same sentence. */
const OTHERS = /^\s+(?:others|more)\b/i;
/** "Belgium and 19 other countries", "a letter co-signed by 19 other states": the others and the one they stand beside. */
const OTHER_NOUN = /^\s+other\s+(?!than\b)\p{L}/iu;
/** What names that one: a name right before "and", or the sender a letter was signed or joined by. */
const BESIDE_ONE = /(?:\b\p{Lu}[\p{L}'’-]*\s+and|\b(?:co-?signed|signed|joined|backed)\s+by|\b(?:along|together)\s+with)\s+$/u;

/** How much text either side of a "one" tells whether it is a pronoun. */
const NEARBY = 40;

function isPronounOne(text: string, start: number, end: number, number: string): boolean {
  if (number.toLowerCase() !== 'one') return false;
  // Only the words next to it matter; testing the whole rest of a long sentence for each "one" is quadratic.
  return ONE_AFTER.test(text.slice(end, end + NEARBY)) || ONE_BEFORE.test(text.slice(Math.max(0, start - NEARBY), start));
}

/** The count of `number` (the hedge `hedge` before it) ending at `end` of `text`, or undefined for a pronoun "one". */
function countValue(text: string, hedge: string | undefined, number: string, end: number): FigureValue | undefined {
  const n = parseNumber(number);
  const numberStart = end - number.length;
  if (n === undefined || isPronounOne(text, numberStart, end, number)) return undefined;
  const qualifier = qualifierOf(hedge);
  const after = text.slice(end);
  // "Belgium and 19 other countries" are twenty; "two other requests", with no one named beside them,
  // add to a count of their own, as "two others" do.
  const other = OTHER_NOUN.test(after);
  const hedged = numberStart - (hedge ? hedge.length + 1 : 0);
  if (other && BESIDE_ONE.test(text.slice(Math.max(0, hedged - NEARBY), hedged))) return { kind: 'count', n: n + 1, ...(qualifier && { qualifier }) };
  const note = other || OTHERS.test(after) ? 'others' : undefined;
  return { kind: 'count', n, ...(qualifier && { qualifier }), ...(note && { note }) };
}

/**
 * A number with the hedge before it: `(?:\\b(hedge)\\s+)?(number)`, searched for by its numbers (see
 * hedged-pattern.ts). That search is cheaper than any test for a number word, so the finder has no trigger.
 */
const COUNT = lazyHedgedPattern(() => hedgedPattern(QUALIFIER_SOURCE, `(${NUMBER_SOURCE})`, NUMBER_SCAN_SOURCE, NUMBER_NOT_AFTER, 'iu'));
const counts: FigureFinder = (text) =>
  hedgedMatches(text, COUNT()).flatMap((m) => {
    // "five one-day permits" reads as one run of number words; only "five" is this count.
    const length = parseNumber(m[2]) === undefined ? leadingNumberLength(m[2]) : m[2].length;
    const end = m.index + m[0].length - m[2].length + length;
    const value = length > 0 ? countValue(text, m[1], m[2].slice(0, length), end) : undefined;
    return value ? [{ start: m.index, end, value }] : [];
  });

/** The words every zero count opens with (see `zeroCountFinder`). */
const ZERO_TRIGGER = /\b(?:no|zero|any)\b/i;

/**
 * "no visa requests had been made", "had not applied for any visas": a count of zero, when "no" (or
 * "any" a few words after "not") comes right before one of `nouns` (one adjective may sit between),
 * the nouns of facets marked `countsZero` in seeds/facets.json. People nouns are best left out: "no
 * person may be sent back" counts nobody. "no right to stay" and "no one" are not counts. A sentence
 * without "no", "zero" or "any" is not searched.
 */
export function zeroCountFinder(nouns: readonly string[]): FigureFinder {
  if (nouns.length === 0) return () => [];
  const alternatives = wordAlternation(nouns);
  const zero = lazyPattern(
    () =>
      new RegExp(
        // "any" is checked before the look-behind, which would otherwise run at every position.
        `(?:\\b(?:no|zero)|(?=any\\b)(?<=\\b(?:not|never)\\s(?:[\\p{L}-]{1,20}\\s){0,3})any)(?=\\s+(?:[\\p{L}-]+\\s+)?(?:${alternatives})(?![\\p{L}]))`,
        'giu',
      ),
  );
  return needing(ZERO_TRIGGER, (text) => spansOf(text, zero, () => ({ kind: 'count', n: 0 })));
}

/** The count finder that needs no story: numbers in words and digits. */
export const COUNT_FINDERS: FigureFinder[] = [counts];
