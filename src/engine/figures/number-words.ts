/**
 * Numbers written in words or digits: "five", "twenty-three", "one million", "a dozen", "1,000,000",
 * "2 million", "1.5 million". Pure string work, shared by the count and duration parsers.
 */

/** Cardinal words below twenty. */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

/** Multiples of ten. */
export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words that multiply what came before them ("three hundred", "two million"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  dozen: 12, hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000,
};

/** Abbreviated scales written after digits ("5bn", "2.4 mn"). */
const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = { bn: 1_000_000_000, mn: 1_000_000, m: 1_000_000 };

const ALL_WORDS = [...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALE_WORDS)]
  // Longest first, so "seventeen" wins over "seven" in the alternation.
  .sort((a, b) => b.length - a.length);
const WORD = `(?:${ALL_WORDS.join('|')})`;
const SCALES = `(?:${[...Object.keys(SCALE_WORDS), ...Object.keys(SCALE_ABBREVIATIONS)].join('|')})`;

/**
 * The most words a number in words runs to ("one hundred and twenty-three thousand four hundred and
 * fifty-six" has nine). The bound keeps a finder that needs a word after the number (a duration's
 * unit) from re-reading a long run of number words from each of its words.
 */
const MAX_NUMBER_WORDS = 12;

/**
 * A number in words: "twenty-five", "one hundred and twenty", "a dozen", "a million", "half a million",
 * "a pair of". A lone article is never a number: "a" needs a scale word after it.
 */
export const WORD_NUMBER_SOURCE =
  `(?:(?:half\\s+)?(?:a|an)\\s+(?:${Object.keys(SCALE_WORDS).join('|')})|(?:a\\s+)?(?:pair|couple)(?=\\s+of\\b)|${WORD}(?:(?:\\s+|-)(?:and\\s+)?${WORD}){0,${MAX_NUMBER_WORDS - 1}})(?![\\p{L}])`;

/** What may follow a number's whole digits: decimals, a scale, and no letter, digit or more decimals. */
const DIGITS_AFTER = `(?:\\.\\d+)?(?:\\s*${SCALES})?(?![\\p{L}\\p{N}]|[.,]\\d)`;

/**
 * A number in digits with an optional scale: "1,000,000", "48", "1.5 million", "5bn".
 * It may not touch letters, digits or a decimal point on either side ("5G", "COVID-19", "v2.1").
 */
export const DIGIT_NUMBER_SOURCE =
  `(?<![\\p{L}\\p{N}.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)${DIGITS_AFTER}`;

/** A number in digits or words. */
export const NUMBER_SOURCE = `(?:${DIGIT_NUMBER_SOURCE}|(?<![\\p{L}\\p{N}])${WORD_NUMBER_SOURCE})`;

/** What a number must not follow: a letter or a digit (see `NUMBER_SCAN_SOURCE`). */
export const NUMBER_NOT_AFTER = '[\\p{L}\\p{N}]';

/**
 * `NUMBER_SOURCE` without the look-behind it opens with: it matches where `NUMBER_SOURCE` does once the
 * text before passes `NUMBER_NOT_AFTER`. The digits' own look-behind (no digit, decimal point or comma
 * before them) is tested after their first digit, so that a search can skip ahead to digits and number
 * words, and never starts again inside a run of digits (each start would read to the run's end: a page
 * of 20,000 digits took 1.5 s).
 */
export const NUMBER_SCAN_SOURCE = `(?:\\d(?<![\\p{N}.,]\\d)(?:\\d{0,2}(?:,\\d{3})+|\\d*)${DIGITS_AFTER}|${WORD_NUMBER_SOURCE})`;

/** Value of a number in words, or undefined when a word is not a number word. */
export function wordsToNumber(phrase: string): number | undefined {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  if (words[0] === 'half' && words.length > 1) {
    const whole = wordsToNumber(words.slice(1).join(' '));
    return whole === undefined ? undefined : whole / 2;
  }
  if (words.at(-1) === 'pair' || words.at(-1) === 'couple') return words.length <= 2 ? 2 : undefined;
  let total = 0;
  let current = 0;
  // "five one-day permits" is two numbers: a unit or a ten may follow a scale or a ten ("twenty-one",
  // "hundred and five"), never another unit or ten.
  let previous: 'unit' | 'tens' | 'other' = 'other';
  for (const [i, word] of words.entries()) {
    if ((word === 'a' || word === 'an') && i === 0) current = 1;
    else if (word in UNIT_WORDS) {
      if (previous === 'unit') return undefined;
      current += UNIT_WORDS[word];
    } else if (word in TENS_WORDS) {
      if (previous === 'unit' || previous === 'tens') return undefined;
      current += TENS_WORDS[word];
    }
    else if (word === 'hundred' || word === 'dozen') current = (current || 1) * SCALE_WORDS[word];
    else if (word in SCALE_WORDS) {
      total += (current || 1) * SCALE_WORDS[word];
      current = 0;
    } else return undefined;
    previous = word in UNIT_WORDS ? 'unit' : word in TENS_WORDS ? 'tens' : 'other';
  }
  return total + current;
}

/**
 * "five one" (of "five one-day permits") is two numbers: the longest leading run of words that reads
 * as one number, as its length in characters, or 0.
 */
export function leadingNumberLength(phrase: string): number {
  const cuts = [...phrase.matchAll(/[\s-]+/g)].map((m) => m.index).reverse();
  for (const cut of cuts) if (wordsToNumber(phrase.slice(0, cut)) !== undefined) return cut;
  return 0;
}

/** Value of a number in digits with an optional scale word: "1,000,000", "2 million", "5bn". */
export function digitsToNumber(phrase: string): number | undefined {
  const match = /^([\d,]+(?:\.\d+)?)\s*([a-z]*)$/i.exec(phrase.trim());
  if (!match) return undefined;
  const base = Number(match[1].replace(/,/g, ''));
  const scaleWord = match[2].toLowerCase();
  if (!scaleWord) return base;
  const scale = SCALE_WORDS[scaleWord] ?? SCALE_ABBREVIATIONS[scaleWord];
  return scale === undefined ? undefined : Math.round(base * scale);
}

/** Value of a number in digits or words, as matched by `NUMBER_SOURCE`. */
export function parseNumber(phrase: string): number | undefined {
  return /^\d/.test(phrase.trim()) ? digitsToNumber(phrase) : wordsToNumber(phrase);
}
