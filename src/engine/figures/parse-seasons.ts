/**
 * Seasons as date ranges: "this summer", "summer 2026", "before the summer" (→ 2026-03-01 … 2026-06-20),
 * "after the summer". Season bounds follow the astronomical calendar of the northern hemisphere.
 */
import type { FigureValue } from '../../types';
import { type FigureFinder, needing, pad2, spansOf } from './figure-span';
import { lazyPattern } from '../text/lazy-pattern';

/** First and last day of each season (month, day); winter runs into the next year. */
export const SEASONS: Readonly<Record<string, { from: [number, number]; to: [number, number] }>> = {
  spring: { from: [3, 20], to: [6, 20] },
  summer: { from: [6, 21], to: [9, 22] },
  autumn: { from: [9, 23], to: [12, 20] },
  fall: { from: [9, 23], to: [12, 20] },
  winter: { from: [12, 21], to: [3, 19] },
};

/** How far "before the summer" reaches back, and "after the summer" forward, in months. */
const REACH_MONTHS = 3;

const iso = (year: number, month: number, day: number): string => `${year}-${pad2(month)}-${pad2(day)}`;

/** The day before or after a date, as ISO. */
function shiftDay(year: number, month: number, day: number, by: 1 | -1): string {
  const date = new Date(Date.UTC(year, month - 1, day + by));
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Last day of a month, as ISO; month may run past 12. */
function endOfMonth(year: number, month: number): string {
  const date = new Date(Date.UTC(year, month, 0));
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function seasonRange(name: string, year: number, relation: string, label: string): FigureValue {
  const { from, to } = SEASONS[name];
  const endYear = to[0] < from[0] ? year + 1 : year;
  if (relation === 'before') {
    const startMonth = from[0] - REACH_MONTHS;
    const fromIso = startMonth >= 1 ? iso(year, startMonth, 1) : iso(year - 1, startMonth + 12, 1);
    return { kind: 'date-range', from: fromIso, to: shiftDay(year, from[0], from[1], -1), label };
  }
  if (relation === 'after') {
    return { kind: 'date-range', from: shiftDay(endYear, to[0], to[1], 1), to: endOfMonth(endYear, to[0] + REACH_MONTHS), label };
  }
  return { kind: 'date-range', from: iso(year, from[0], from[1]), to: iso(endYear, to[0], to[1]), label };
}

const RELATIONS: Readonly<Record<string, 'before' | 'after' | 'during'>> = {
  before: 'before', by: 'before', until: 'before', 'ahead of': 'before',
  after: 'after', following: 'after',
  this: 'during', in: 'during', during: 'during', over: 'during', next: 'during', last: 'during', throughout: 'during',
};

/** Which year a season phrase means, relative to the context year. */
function seasonYear(words: string, written: string | undefined, year: number): number {
  if (written) return Number(written);
  if (/\bnext\b/i.test(words)) return year + 1;
  if (/\blast\b/i.test(words)) return year - 1;
  return year;
}

/**
 * "before (the) summer", "this summer", "in the summer of 2026", "summer 2026". A season with no
 * preposition and no year ("summer heat", "prices fall") is not a date, nor is "the fall of Kabul".
 */
const SEASON = lazyPattern(() => new RegExp(
  `(?:\\b(${Object.keys(RELATIONS).map((r) => r.replace(/ /g, '\\s+')).join('|')})\\s+(?:the\\s+)?)?\\b(spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?((?:19|20)\\d\\d)(?!\\d))?(?![\\p{L}])(?!\\s+of\\b)`,
  'giu',
));
const SEASON_TRIGGER = new RegExp(Object.keys(SEASONS).join('|'), 'iu');
const seasons: FigureFinder = needing(SEASON_TRIGGER, (text, year) =>
  spansOf(text, SEASON, (m) => {
    const [raw, relationWords, season, written] = m;
    if (!relationWords && !written) return undefined;
    const relation = relationWords ? RELATIONS[relationWords.toLowerCase().replace(/\s+/g, ' ')] : 'during';
    return seasonRange(season.toLowerCase(), seasonYear(raw, written, year), relation, raw.replace(/\s+/g, ' ').toLowerCase());
  }));

/** Season finders. */
export const SEASON_FINDERS: FigureFinder[] = [seasons];
