/**
 * Lengths of time, in days: "one-day visas", "for a single day", "a three-day visit",
 * "valid for 24 hours", "48 hours", "a week", "up to two weeks", "for Tuesday only".
 */
import type { FigureValue } from '../../types';
import { type FigureFinder, needing, spansOf } from './figure-span';
import { NUMBER_NOT_AFTER, NUMBER_SCAN_SOURCE, NUMBER_SOURCE, parseNumber } from './number-words';
import { QUALIFIER_SOURCE, qualifierOf } from './qualifiers';
import { lazyPattern } from '../text/lazy-pattern';
import { hedgedMatches, hedgedPattern, lazyHedgedPattern } from '../text/hedged-pattern';

/** Time units and their length in days. */
export const UNIT_DAYS: Readonly<Record<string, number>> = { hour: 1 / 24, day: 1, night: 1, week: 7, fortnight: 14, month: 30, year: 365 };

const UNIT = `(${Object.keys(UNIT_DAYS).join('|')})s?`;
/** Every duration names its unit (see `needing`). */
const UNIT_TRIGGER = new RegExp(Object.keys(UNIT_DAYS).join('|'), 'iu');
/** "a ten-year-old": an age, not a duration; "two years ago": a time, not a length. */
const NOT_AGE = '(?![-‐\\s]old\\b)(?!\\s+ago\\b)(?![\\p{L}])';

function durationValue(amount: number | undefined, unit: string, hedge?: string): FigureValue | undefined {
  if (amount === undefined || amount <= 0) return undefined;
  // Round to a tenth of a day so "36 hours" reads 1.5, not 1.4999….
  const days = Math.round(amount * UNIT_DAYS[unit.toLowerCase()] * 10) / 10;
  const qualifier = qualifierOf(hedge);
  return qualifier ? { kind: 'duration', days, qualifier } : { kind: 'duration', days };
}

/**
 * "48 hours", "one-day", "three-day", "up to two weeks", "a couple of hours": searched for by the
 * number and unit (see hedged-pattern.ts). Only "pair" and "couple" are read before "of".
 */
const NUMBERED = lazyHedgedPattern(() =>
  hedgedPattern(QUALIFIER_SOURCE, `(${NUMBER_SOURCE})${BEFORE_UNIT}${UNIT}${NOT_AGE}`, `${NUMBER_SCAN_SOURCE}${BEFORE_UNIT}${UNIT}${NOT_AGE}`, NUMBER_NOT_AFTER, 'iu'));
/** Between a number and its unit: a space or hyphen, and "of" after "pair" or "couple" (the only numbers read before "of"). */
const BEFORE_UNIT = '(?:(?<=pair|couple)\\s+of)?[\\s‐-]+';
const numberedDurations: FigureFinder = needing(UNIT_TRIGGER, (text) =>
  hedgedMatches(text, NUMBERED()).flatMap((m) => {
    const value = durationValue(parseNumber(m[2]), m[3], m[1]);
    if (value) return [{ start: m.index, end: m.index + m[0].length, value }];
    // "five one-day permits": the count before the compound is no part of the duration's number.
    const last = /[\p{L}\p{N}]+$/u.exec(m[2]);
    const alone = last && last.index > 0 ? durationValue(parseNumber(last[0]), m[3]) : undefined;
    const start = m.index + m[0].indexOf(m[2]) + (last?.index ?? 0);
    return alone ? [{ start, end: m.index + m[0].length, value: alone }] : [];
  }));

/**
 * "a single day", "single-day", "for a day", "an hour", "a week": one unit, when meant as a length.
 * The look-behind runs only where such a word starts: anywhere else it would scan back over spaces.
 */
const SINGLE_UNIT = lazyPattern(() => new RegExp(
  `\\b(?=a|single)(?<!\\b(?:once|twice|times|per|every|each)\\s+)(?:(?:a|an)\\s+single|single|(?:a|an))[\\s‐-]+${UNIT}${NOT_AGE}`,
  'giu',
));
const singleUnitDurations: FigureFinder = needing(UNIT_TRIGGER, (text) =>
  spansOf(
    text,
    SINGLE_UNIT,
    (m) => (/s$/i.test(m[0]) ? undefined : durationValue(1, m[1])),
  ));

const WEEKDAY_NAMES = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
/** What a permission does over the day it holds for: "valid", "covered", "limited to". */
const HOLDS_FOR = '(?:valid|good|covered|covers|covering|limited\\s+to|restricted\\s+to)';
/**
 * "for Tuesday only", "for Tuesday alone", "only for Tuesday", "for the day of the talks", "the
 * validity covered Tuesday only", "valid only on Tuesday": one day, named and limited, is a length of
 * one day. "On Tuesday only" and "for Tuesday" stay dates.
 */
const ONE_NAMED_DAY = lazyPattern(() => new RegExp(
  `\\b(?:(?:only|just|solely)\\s+for\\s+${WEEKDAY_NAMES}(?:\\s+(?:only|alone))?|for\\s+${WEEKDAY_NAMES}\\s+(?:only|alone)` +
    `|${HOLDS_FOR}\\s+(?:on\\s+)?${WEEKDAY_NAMES}\\s+(?:only|alone)|${HOLDS_FOR}\\s+(?:only|just|solely)\\s+(?:on\\s+|for\\s+)?${WEEKDAY_NAMES}` +
    `|(?:only\\s+|just\\s+)?for\\s+the\\s+day\\s+of\\s+(?:the|their)\\s+(?:meeting|talks|visit))(?![\\p{L}])`,
  'gu',
));
const oneNamedDay: FigureFinder = needing(/day/i, (text) => spansOf(text, ONE_NAMED_DAY, () => durationValue(1, 'day')));

/**
 * "The visas expire tonight", "valid until midnight", "they run out with the day", "they had to be
 * gone by the end of the day": a permission that ends on the day it is used lasts one day.
 */
const ENDS_TONIGHT = lazyPattern(() => new RegExp(
  '\\b(?:expires?|expired|expiring|lapses?|lapsed|lapsing|runs?\\s+out|ran\\s+out|(?:valid|good)\\s+(?:only\\s+)?until' +
    '|(?:had|have|has)\\s+to\\s+(?:be\\s+gone|leave)(?:\\s+again)?|must\\s+(?:be\\s+gone|leave)(?:\\s+again)?)\\s+' +
    '(?:tonight|(?:at|by)\\s+midnight|midnight|the\\s+same\\s+(?:day|night)|(?:at|by)\\s+the\\s+end\\s+of\\s+the\\s+day|with\\s+the\\s+day' +
    '|that\\s+(?:same\\s+)?(?:night|evening))(?![\\p{L}])',
  'giu',
));
const endsTonight: FigureFinder = needing(/night|day|evening/i, (text) => spansOf(text, ENDS_TONIGHT, () => durationValue(1, 'day')));

/** Duration finders, numbered forms first. */
export const DURATION_FINDERS: FigureFinder[] = [numberedDurations, singleUnitDurations, oneNamedDay, endsTonight];
