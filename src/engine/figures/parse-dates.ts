/**
 * Calendar dates in the forms news text uses: "23 June", "June 23, 2026", "Tuesday, June 25, 2024",
 * "the 23rd of June", "2026-06-23", "23–24 June", "late June", "mid-June", "end of June", "June 2026",
 * "in January" and years ("in 2021"). A weekday alone ("on Tuesday") is a weekday: it can confirm a
 * date that fell on it, never contradict one.
 */
import type { FigureValue } from '../../types';
import { type FigureFinder, needing, needingDigit, pad2, spansOf } from './figure-span';
import { lazyPattern } from '../text/lazy-pattern';
import { NUMBER_SOURCE, parseNumber } from './number-words';

/** Month names and abbreviations, mapped to their number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Phrases that name a part of a month, mapped to the part they mean. */
export const MONTH_PARTS: Readonly<Record<string, 'early' | 'mid' | 'late'>> = {
  early: 'early', 'the beginning of': 'early', 'beginning of': 'early', 'the start of': 'early', 'start of': 'early',
  mid: 'mid', 'the middle of': 'mid', 'middle of': 'mid',
  late: 'late', 'the end of': 'late', 'end of': 'late',
};

/** Words after which a bare year or an ambiguous month ("May", "March") is surely a date. */
export const DATE_PREPOSITIONS = [
  'in', 'since', 'by', 'until', 'till', 'before', 'after', 'from', 'during', 'of', 'early', 'late', 'mid',
  'last', 'next', 'this', 'throughout', 'around', 'circa',
];

/** "late" → "[Ll]ate": a phrase may open a sentence, but month names stay case-sensitive ("may" is a verb). */
const capitalOrNot = (phrase: string): string => `[${phrase[0].toUpperCase()}${phrase[0]}]${phrase.slice(1)}`;
const capitalised = (name: string): string => name[0].toUpperCase() + name.slice(1);

const ABBREVIATIONS = Object.keys(MONTHS).filter((name) => name.length <= 4 && !['may', 'june', 'july'].includes(name));
/** A month name; only an abbreviation takes a full stop with it ("Jan.", not the stop after "June."). */
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).map(capitalised).join('|')})(?:(?<=(?<![\\p{L}])(?:${ABBREVIATIONS.map(capitalised).join('|')}))\\.)?`;
/** Every month name and abbreviation (see `needing`). */
const MONTH_TRIGGER = new RegExp(Object.keys(MONTHS).join('|'), 'iu');
const THE = capitalOrNot('the');
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+(?:the\\s+)?)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
/** A year, but not the start of an ISO date ("2026-06-23"). */
const YEAR = '((?:19|20)\\d\\d)(?!\\d|-\\d)';
const OPTIONAL_YEAR = `(?:,?\\s+(?:of\\s+)?${YEAR})?`;
const END = '(?![\\p{L}\\p{N}])';

const monthNumber = (name: string): number => MONTHS[name.toLowerCase()];

function dayIso(year: number, month: number, day: number): string | undefined {
  if (day < 1 || day > 31) return undefined;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function dayValue(year: number, month: number, day: string): FigureValue | undefined {
  const iso = dayIso(year, month, Number(day));
  return iso ? { kind: 'date', iso } : undefined;
}

const yearOr = (written: string | undefined, fallback: number): number => (written ? Number(written) : fallback);

/** "2026-06-23". */
const isoDates: FigureFinder = needingDigit((text) =>
  spansOf(text, /(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/g, (m) => {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
    return dayValue(Number(m[1]), month, m[3]);
  }));

/**
 * "23.06.2026", "23/06/2026": day first, as European outlets write it. Only with a four-digit year,
 * so "1.5" or a US-style "6/23" is never read as a date.
 */
const numericDates: FigureFinder = needingDigit((text) =>
  spansOf(text, /(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)(?![\d.,/]\d|\d)/g, (m) => {
    const month = Number(m[3]);
    if (month < 1 || month > 12) return undefined;
    return dayValue(Number(m[4]), month, m[1]);
  }));

/** "23–24 June 2026": a span of days, as a range. */
const DAY_RANGE = lazyPattern(() => new RegExp(`(?<!\\d)${DAY}\\s*(?:[-–]|to)\\s*${DAY}\\s+(?:of\\s+)?${MONTH}${OPTIONAL_YEAR}${END}`, 'gu'));
const dayRanges: FigureFinder = needingDigit((text, year) =>
  spansOf(text, DAY_RANGE, (m) => {
    const y = yearOr(m[4], year);
    const from = dayIso(y, monthNumber(m[3]), Number(m[1]));
    const to = dayIso(y, monthNumber(m[3]), Number(m[2]));
    return from && to ? { kind: 'date-range', from, to } : undefined;
  }));

/** "23 June", "Tuesday 23 June 2026", "the 23rd of June". */
const DAY_MONTH = lazyPattern(() => new RegExp(`${WEEKDAY}(?<![\\d.,])${DAY}\\s+(?:of\\s+)?${MONTH}${OPTIONAL_YEAR}${END}`, 'gu'));
const dayMonth: FigureFinder = needingDigit((text, year) =>
  spansOf(text, DAY_MONTH, (m) =>
    dayValue(yearOr(m[3], year), monthNumber(m[2]), m[1]),
  ));

/** "the 23rd of June": the ordinal with its article. */
const ORDINAL_OF_MONTH = lazyPattern(() => new RegExp(`\\b${THE}\\s+(\\d{1,2})(?:st|nd|rd|th)\\s+of\\s+${MONTH}${OPTIONAL_YEAR}${END}`, 'gu'));
const ordinalOfMonth: FigureFinder = needingDigit((text, year) =>
  spansOf(text, ORDINAL_OF_MONTH, (m) =>
    dayValue(yearOr(m[3], year), monthNumber(m[2]), m[1]),
  ));

/** "June 23, 2026", "Tuesday, June 25, 2024", "June 23". */
const MONTH_DAY = lazyPattern(() => new RegExp(`${WEEKDAY}\\b${MONTH}\\s+(?:the\\s+)?${DAY}${OPTIONAL_YEAR}${END}`, 'gu'));
const monthDay: FigureFinder = needingDigit((text, year) =>
  spansOf(text, MONTH_DAY, (m) =>
    dayValue(yearOr(m[3], year), monthNumber(m[1]), m[2]),
  ));

/** The part a phrase of `MONTH_PARTS` names, however it is cased and spaced ("The  end of"). */
const partNamed = (phrase: string): 'early' | 'mid' | 'late' => MONTH_PARTS[phrase.toLowerCase().replace(/\s+/g, ' ')];

/** "late June", "mid-June 2026", "the end of June". */
const PARTS = Object.keys(MONTH_PARTS).map((p) => capitalOrNot(p).replace(/ /g, '\\s+')).join('|');
const MONTH_PART = lazyPattern(() => new RegExp(`\\b(${PARTS})[\\s-]+${MONTH}${OPTIONAL_YEAR}${END}`, 'gu'));
const monthParts: FigureFinder = needing(MONTH_TRIGGER, (text, year) =>
  spansOf(text, MONTH_PART, (m) => ({
    kind: 'date',
    iso: `${yearOr(m[3], year)}-${pad2(monthNumber(m[2]))}`,
    part: partNamed(m[1]),
  })));

/** "mid-2026", "late 2021", "the start of 2026", "the end of 2025": a third of a year (see `YEAR_PART_FIRST_MONTH` and `monthSpanOf` in figure-grammar.ts). */
const YEAR_PART = lazyPattern(() => new RegExp(`\\b(${PARTS})[\\s-]+${YEAR}${END}`, 'gu'));
const yearParts: FigureFinder = needingDigit((text) =>
  spansOf(text, YEAR_PART, (m) => ({
    kind: 'date',
    iso: m[2],
    part: partNamed(m[1]),
  })));

/** "June 2026", "January of 2026". */
const MONTH_YEAR = lazyPattern(() => new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?${YEAR}${END}`, 'gu'));
const monthYear: FigureFinder = needingDigit((text) =>
  spansOf(text, MONTH_YEAR, (m) => ({
    kind: 'date',
    iso: `${m[2]}-${pad2(monthNumber(m[1]))}`,
  })));

/**
 * "in January", "a January mission": a capitalised full month name. "May" and "March" double as
 * ordinary words (and names), so they count only after a date preposition, or opening their line
 * before the "when" that says what happened then (a numbers box's "March | when EU officials held talks in Kabul").
 */
const FULL_MONTHS = Object.keys(MONTHS).filter((name) => name.length > 4 || name === 'june' || name === 'july');
const BARE_MONTH = lazyPattern(() => new RegExp(
  `(?:\\b(${DATE_PREPOSITIONS.map(capitalOrNot).join('|')})[\\s-]+)?\\b(${FULL_MONTHS.map(capitalised).join('|')}|May)${END}`,
  'gdu',
));
const bareMonths: FigureFinder = needing(MONTH_TRIGGER, (text, year) =>
  spansOf(
    text,
    BARE_MONTH,
    (m) => {
      if ((m[2] === 'May' || m[2] === 'March') && !m[1] && !(OPENS_TEXT.test(text.slice(0, m.index)) && WHEN_AFTER.test(text.slice(m.index + m[0].length)))) return undefined;
      return { kind: 'date', iso: `${year}-${pad2(monthNumber(m[2]))}` };
    },
    2,
  ));

/** A month that opens its line (a box's cell) before "when": "March when EU officials…", not "Theresa May, when asked". */
const OPENS_TEXT = /^[^\p{L}\p{N}]*$/u;
const WHEN_AFTER = /^\s*[,:–—-]?\s*when\b/;

/** Common nouns that a bare four-digit number may count ("2000 people"), so it is not a year. */
const COUNTED_AFTER = /^\s+(?:people|persons|children|men|women|[a-z]+s)\b/;

/**
 * Years on their own: "in 2021", "since 2021", "the 2021 takeover". A four-digit number directly
 * followed by a plural noun is a count instead, unless a date preposition comes before it.
 */
const LONE_YEAR = lazyPattern(() => new RegExp(
  `(?:\\b(${DATE_PREPOSITIONS.join('|')})\\s+)?(?<![\\p{L}\\p{N}.,$€£-])${YEAR}(?![\\p{L}\\p{N}%]|[.,]\\d|['’]s)`,
  'gdiu',
));
const years: FigureFinder = needingDigit((text) =>
  spansOf(
    text,
    LONE_YEAR,
    (m) => {
      const after = text.slice(m.index + m[0].length);
      if (!m[1] && COUNTED_AFTER.test(after)) return undefined;
      return { kind: 'date', iso: m[2] };
    },
    2,
  ));

/**
 * "five years ago", "a year ago": a year counted back from the story's (`Story.year`, when its pages
 * were written), so "returned to power five years ago" dates the takeover in 2021 rather than
 * counting five of something. Approximate: written in mid-2026 it may mean late 2020, and "more than
 * four years ago" is 2021 too, so it confirms and never contradicts (see `compareValues`). Only whole
 * years: "two and a half years ago" and "half a year ago" name no year.
 */
const YEARS_AGO = lazyPattern(() => new RegExp(`(${NUMBER_SOURCE}|(?<![\\p{L}]|half\\s)an?)\\s+years?\\s+ago(?![\\p{L}])`, 'giu'));
const YEARS_AGO_TRIGGER = /\bago\b/i;
const yearsAgo: FigureFinder = needing(YEARS_AGO_TRIGGER, (text, year) =>
  spansOf(text, YEARS_AGO, (m) => {
    const back = /^an?$/i.test(m[1]) ? 1 : parseNumber(m[1]);
    return back !== undefined && Number.isInteger(back) && back > 0 && back < 100 ? { kind: 'date', iso: String(year - back), approximate: true } : undefined;
  }));

/** Date finders, most specific first: a span claimed by one is not read again by the next. */
export const DATE_FINDERS: FigureFinder[] = [isoDates, numericDates, dayRanges, ordinalOfMonth, dayMonth, monthDay, monthParts, yearParts, monthYear, yearsAgo];

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** "on Tuesday", "Tuesday's talks", "late on Monday": a weekday with no date after it. Not "on Tuesdays". */
const BARE_WEEKDAY = lazyPattern(() => new RegExp(`(?<!\\bevery\\s)\\b(${WEEKDAYS.join('|')})(?!s\\b)(?=['’]s\\b|\\b)`, 'gu'));
const weekdays: FigureFinder = needing(new RegExp(WEEKDAYS.join('|'), 'iu'), (text) =>
  spansOf(text, BARE_WEEKDAY, (m) => ({ kind: 'weekday', day: WEEKDAYS.indexOf(m[1]), label: m[1] })));

/** Finders that must run after masks and durations: bare months, years and weekdays. */
export const LOOSE_DATE_FINDERS: FigureFinder[] = [bareMonths, years, weekdays];
