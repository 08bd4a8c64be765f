/**
 * Text that contains digits but states no figure the engine compares: footnote markers, year
 * ranges, decades, codes ("COVID-19", "G7", "MH17"), clock times, money, percentages and references
 * ("page 2", "Article 5"). Each finder returns masks, which claim the text without reporting it.
 */
import type { NumberMaskSpec } from '../../types';
import { type FigureFinder, needing, needingDigit, spansOf } from './figure-span';
import { lazyPattern, type LazyPattern } from '../text/lazy-pattern';
import { wordAlternation } from '../text/word-alternation';
import { NUMBER_SOURCE, WORD_NUMBER_SOURCE } from './number-words';
import { WEB_ADDRESS, WEB_ADDRESS_MARK } from '../text/web-address';
import { MONTHS } from './parse-dates';


const YEAR = '(?:19|20)\\d\\d';

/** Words after which a number is a label, not an amount. */
export const REFERENCE_WORDS = [
  'page', 'pages', 'p\\.', 'pp\\.', 'no\\.', 'nos\\.', 'number', 'article', 'section', 'chapter', 'paragraph',
  'fig\\.', 'figure', 'table', 'vol\\.', 'volume', 'episode', 'season', 'part', 'level', 'phase', 'step',
  'round', 'line', 'room', 'floor', 'gate', 'platform', 'resolution', 'act', 'item', 'annex', 'footnote',
  'claim', 'question', 'entry', 'slide', 'clause', 'art\\.',
];

const mask = (pattern: RegExp | LazyPattern): FigureFinder => (text) => spansOf(text, pattern, () => 'mask');
/** A mask every match of which holds a digit (see `needingDigit`). */
const digitMask = (pattern: RegExp | LazyPattern): FigureFinder => needingDigit(mask(pattern));

/** "[1]", "[6, 7]", "[3–5]": citation markers. */
const footnotes = digitMask(/\[\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*\]/g);

/**
 * "from 2013 to 2024", "between 2013 and 2024", "2013–2024", "2013-24": a period that frames a
 * count ("one million applications between 2013 and 2024"), not two figures of its own.
 */
const yearRanges = digitMask(lazyPattern(() =>
  new RegExp(
    `\\b(?:(?:from|between)\\s+)?${YEAR}\\s*(?:[-–—/]|to|and|until|through|till)\\s*(?:${YEAR}|\\d\\d)(?!\\d)`,
    'gi',
  ),
));

/** "the 1990s", "the '90s", "1990's". */
const decades = digitMask(/(?:\b(?:19|20)?\d0['’]?s\b|['’]\d0s\b)/g);

/** "COVID-19", "G7", "MH17", "F-16", "A4", "5G", "3D", "4x4": letters glued to digits. */
// Letters are read from the start of a word only: starting inside a long word would rescan it
// from every letter, which is quadratic on a long run of letters.
// "1m", "2.5bn" are amounts, not codes.
const codes = digitMask(/(?:(?<![\p{L}])[\p{L}]+[-‐]?\d[\p{L}\p{N}]*|\b\d+(?!(?:m|mn|bn)(?![\p{L}\p{N}]))[\p{L}][\p{L}\p{N}]*)/gu);

/** "10:30", "9 a.m.", "3pm", "9.30am" ("2.45 million" is no time: a dot needs am/pm). */
const times = digitMask(/\b\d{1,2}(?::\d{2}(?:\s*[ap]\.?m\.?)?|(?:\.\d{2})?\s*[ap]\.?m\.?(?![\p{L}]))/giu);

/**
 * "€5 million", "$300", "10 euros", "2.4 billion dollars": money is not a count of things. Amounts
 * (here and in percentages) start only where a run of digits starts: trying every digit of a long run
 * would be quadratic.
 */
const money = digitMask(
  /(?:[€$£]\s?\d[\d,.]*(?:\s*(?:million|billion|bn|mn|m|k)\b)?|\b(?<![\d,.])\d[\d,.]*(?:\s+(?:million|billion))?\s+(?:euros?|dollars?|pounds?|francs?)\b)/giu,
);

/** What makes a number a share: "per cent", "percent", "percentage points" ("%" after digits only). */
const PERCENT_WORDS = String.raw`\s*(?:per\s?cent\b|percent\b|percentage points?\b)`;

/** "40%", "40 per cent", "40 percent". */
const percentages = digitMask(new RegExp(String.raw`\b(?<![\d,.])\d[\d,.]*(?:\s*%|${PERCENT_WORDS})`, 'giu'));

/** "two per cent", "forty percent": a share in words is no count either ("a return rate under two per cent"). */
const spelledPercentages = needing(/per\s?cent/iu, mask(lazyPattern(() => new RegExp(String.raw`(?<![\p{L}\p{N}])${WORD_NUMBER_SOURCE}${PERCENT_WORDS}`, 'giu'))));

/** "page 2", "Article 5", "No. 10". */
const references = digitMask(lazyPattern(() => new RegExp(`(?<![\\p{L}])(?:${REFERENCE_WORDS.join('|')})\\s*\\d+(?:[.,/]\\d+)*(?:\\s?\\((?:\\d{1,3}|[a-z])\\))*`, 'giu')));

/** "(UPDATE 2)", "WRAPUP 3", "REFILE 1": a wire story's version tag in its slug line, in capitals. */
const wireVersions = digitMask(/\b(?:UPDATE|WRAPUP|WRAP|REFILE|CORRECTED|URGENT|LEAD)\s+\d{1,2}\b/g);

/**
 * "Regulation (EC) No 810/2009", "Directive 2008/115/EC", "Regulation 2024/1348": a legal act's
 * number, written as the law writes it (capitalised, a slash between number and year).
 */
const legalActs = digitMask(/\b(?:Regulation|Directive|Decision)\s+(?:\((?:EC|EU|EEC|Euratom)\)\s+)?(?:No\.?\s*)?\d+\/\d+(?:\/[A-Z]+)?/g);

/** Broadcasters and titles with a number in their name. */
export const NUMBERED_NAMES = ['France', 'Channel', 'Radio', 'Canal', 'Rai', 'TF', 'Sky News', 'Antena', 'Kanal', 'Europe'];

/**
 * "France 24", "Channel 4": a name with a number. Also any mid-sentence capitalised word directly
 * followed by a number that closes a clause ("…according to Euronews 12).") — a name, not a count.
 * The capital is checked before the look-behind, which would otherwise scan back over every run of spaces.
 */
const numberedNames = digitMask(lazyPattern(() =>
  new RegExp(`(?:\\b(?:${NUMBERED_NAMES.join('|')})\\s?\\d{1,3}\\b|(?=\\p{Lu})(?<=\\p{L}[\\s,;(]+)\\p{Lu}\\p{Ll}+\\s\\d{1,3}(?=\\s*[.;,)]|\\s*$))`, 'gu'),
));

/**
 * Numbers that are never the story's figures, from seeds/facets.json `masks` ("the 27 member states",
 * "all 27 countries", "the Twenty-Seven": the size of the Union, named in passing by reports about any
 * EU decision). Each mask's number, before one of its nouns (an optional modifier between) or after one
 * of its words. The look-behind is bounded: an unbounded one would rescan a long run of spaces.
 */
export function maskFinders(masks: readonly NumberMaskSpec[] | undefined): FigureFinder[] {
  return (masks ?? []).map((m) => {
    const numbers = wordAlternation(m.numbers);
    const modifiers = m.modifiers?.length ? `(?:(?:${wordAlternation(m.modifiers)})\\s+)?` : '';
    const before = m.nouns.length ? `\\b(?:${numbers})(?=[\\s-]+${modifiers}(?:${wordAlternation(m.nouns)})\\b)` : '';
    const after = m.after?.length ? `(?<=\\b(?:${wordAlternation(m.after)})\\s{1,3})(?:${numbers})\\b` : '';
    // Every match is one of the mask's numbers.
    return needing(new RegExp(numbers, 'iu'), mask(new RegExp([before, after].filter(Boolean).join('|'), 'giu')));
  });
}

/** "a 52-year-old deputy minister", "aged 34", "60 years old": ages are no counts. */
const ages = digitMask(/\b(?:\d{1,3}[\s-]years?[\s-]old\b|aged\s\d{1,3}\b)/giu);

/** "Mariam, 31, a pharmacist", "Mariam (31)": a number set off right after a name is the person's age. */
const appositiveAges = digitMask(/(?<=\p{Lu}\p{Ll}+,\s)\d{1,3}(?=,\s)|(?<=\p{Lu}\p{Ll}+\s\()\d{1,3}(?=\))/gu);

/** "met 12 times", "twice", "three times": how often, not how many. */
const repetitions = needing(/times/iu, mask(/\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a\sdozen)\s+times\b/giu));

/**
 * "BRUSSELS, June 24 (AFP) –", "KABUL/BRUSSELS, 22 June 2026 (Reuters) -": a wire dateline gives the
 * day the report was filed, which is no figure of the story. Only at the start of a sentence, in capitals.
 */
export const DATELINE_FINDER: FigureFinder = needingDigit((text) =>
  spansOf(
    text,
    /^[\s"“]*\p{Lu}[\p{Lu} .'’/-]{1,40},\s+(?:\p{L}+,?\s+)?(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+\.?)(?:,?\s+\d{4})?\s*(?:\([^()]{1,40}\)\s*)?[-–—]/gu,
    () => 'mask',
  ));

/** A month's name or its short form (parse-dates.ts `MONTHS`), whole: the day of a denied date stands before or after it. */
const MONTH_NAME = `(?:${wordAlternation(Object.keys(MONTHS))})\\b`;

/**
 * "five visas, not six as stated in an earlier version", "on 23 June, not 24 June as first
 * reported", "rather than 15": the figure a sentence denies, set off on its own after "not", is
 * the value it corrects, no figure it states. Followed by the end of its phrase (a mark, "as", "but").
 * The mask takes the denying word with it (it holds no figure), so no look-behind rescans a run of
 * spaces. Claimed before the dates (see `figureFinders`), so a denied date is masked whole.
 */
export const DENIED_ALTERNATIVE_FINDER: FigureFinder = needing(/\b(?:not|rather\s+than|instead\s+of)\s/iu, mask(lazyPattern(() => new RegExp(
  `\\b(?:not|rather\\s+than|instead\\s+of)\\s+(?:${MONTH_NAME}\\s+)?(?:${NUMBER_SOURCE})(?:\\s+${MONTH_NAME})?(?:,?\\s+(?:19|20)\\d\\d)?` +
    `(?=\\s*(?:[,.;:)]|$)|\\s+(?:as|but)\\b)`,
  'giu',
))));

/** Masks, in the order they claim text. */
export const MASK_FINDERS: FigureFinder[] = [footnotes, yearRanges, decades, codes, times, money, percentages, spelledPercentages, legalActs, wireVersions, references, numberedNames, ages, appositiveAges, repetitions];

/**
 * "https://example.org/news/2026/6/23/…": the numbers of a web address are its path, no figure. It
 * is claimed first, before any date can start inside it.
 */
export const WEB_ADDRESS_FINDER: FigureFinder = needing(WEB_ADDRESS_MARK, mask(WEB_ADDRESS));

/** Footnote markers alone: they must be claimed before any date or count can start inside them. */
export const FOOTNOTE_FINDER: FigureFinder = footnotes;
