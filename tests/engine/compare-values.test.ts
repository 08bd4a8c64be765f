import { describe, expect, it } from 'vitest';
import type { FigureValue } from '@/src/types';
import { compareValues } from '@/src/engine/conflicts/compare-values';

const count = (n: number, qualifier?: 'about' | 'nearly' | 'more-than'): FigureValue => ({ kind: 'count', n, qualifier });
const date = (iso: string, part?: 'early' | 'mid' | 'late'): FigureValue => ({ kind: 'date', iso, part });
/** A year counted back ("five years ago"): see `FigureValue`. */
const yearsAgo = (iso: string): FigureValue => ({ kind: 'date', iso, approximate: true });
const beforeSummer: FigureValue = { kind: 'date-range', from: '2026-03-01', to: '2026-06-20', label: 'before the summer' };

describe('compareValues', () => {
  it.each([
    ['five visas against five', count(5), count(5), 'agrees'],
    ['six visas against five', count(6), count(5), 'disagrees'],
    ['three requests against three', count(3), count(3), 'agrees'],
    ['about one million against one million', count(1_000_000, 'about'), count(1_000_000, 'about'), 'agrees'],
    ['one million flat against about one million', count(1_000_000), count(1_000_000, 'about'), 'agrees'],
    ['about two million against about one million', count(2_000_000, 'about'), count(1_000_000, 'about'), 'disagrees'],
    ['nearly 20 against nearly 20', count(20, 'nearly'), count(20, 'nearly'), 'agrees'],
    ['20 against nearly 20', count(20), count(20, 'nearly'), 'agrees'],
    ['more than 30 against nearly 20', count(30, 'more-than'), count(20, 'nearly'), 'disagrees'],
    // "Nearly 20" is 19 or 20 (19 member states and Norway): 18 or 17 states are another count.
    ['19 against nearly 20', count(19), count(20, 'nearly'), 'agrees'],
    ['18 against nearly 20', count(18), count(20, 'nearly'), 'disagrees'],
    ['17 against nearly 20', count(17), count(20, 'nearly'), 'disagrees'],
    // At least the number before it: "nearly ten" is nine or ten.
    ['9 against nearly 10', count(9), count(10, 'nearly'), 'agrees'],
    ['8 against nearly 10', count(8), count(10, 'nearly'), 'disagrees'],
    ['85 against more than 80', count(85), count(80, 'more-than'), 'agrees'],
    ['about 120 against more than 80', count(120, 'about'), count(80, 'more-than'), 'disagrees'],
    ['80 against more than 80', count(80), count(80, 'more-than'), 'disagrees'],
    ['two warrants against two', count(2), count(2), 'agrees'],
    ['three warrants against two', count(3), count(2), 'disagrees'],
  ])('%s', (_label, page, source, expected) => {
    expect(compareValues(page, source)).toBe(expected);
  });

  it.each([
    ['the same day', date('2026-06-23'), date('2026-06-23'), 'agrees'],
    // "Five years ago" (2021, approximate) confirms 2021 or the year after it names, and contradicts no year.
    ['five years ago against 2021', yearsAgo('2021'), date('2021'), 'agrees'],
    ['four years ago against 2021', yearsAgo('2022'), date('2021'), 'agrees'],
    ['six years ago against 2021', yearsAgo('2020'), date('2021'), 'incomparable'],
    ['thirty years ago against 2021', yearsAgo('1996'), date('2021'), 'incomparable'],
    ['another day', date('2026-06-24'), date('2026-06-23'), 'disagrees'],
    ['a precise day is not confirmed by late June', date('2026-06-23'), date('2026-06', 'late'), 'incomparable'],
    ['a precise day is not confirmed by a range', date('2026-06-23'), beforeSummer, 'incomparable'],
    ['late June against late June', date('2026-06', 'late'), date('2026-06', 'late'), 'agrees'],
    ['early June against late June', date('2026-06', 'early'), date('2026-06', 'late'), 'disagrees'],
    ['late June against the 23rd', date('2026-06', 'late'), date('2026-06-23'), 'agrees'],
    ['June 2026 against the 23rd', date('2026-06'), date('2026-06-23'), 'agrees'],
    ['early 2026 against January 2026', date('2026', 'early'), date('2026-01'), 'agrees'],
    ['the end of 2026 against January 2026', date('2026', 'late'), date('2026-01'), 'disagrees'],
    ['mid-2026 against the 23rd of June', date('2026', 'mid'), date('2026-06-23'), 'agrees'],
    ['early 2026 against early 2026', date('2026', 'early'), date('2026', 'early'), 'agrees'],
    ['early 2026 against late 2026', date('2026', 'early'), date('2026', 'late'), 'disagrees'],
    ['January 2026 is not confirmed by early 2026', date('2026-01'), date('2026', 'early'), 'incomparable'],
    ['September 2026 against early 2026', date('2026-09'), date('2026', 'early'), 'disagrees'],
    ['early 2026 is not confirmed by 2026', date('2026', 'early'), date('2026'), 'incomparable'],
    ['June 2026 against 25 June 2024', date('2026-06'), date('2024-06-25'), 'disagrees'],
    ['2019 against 2021', date('2019'), date('2021'), 'disagrees'],
    ['2021 against 2021', date('2021'), date('2021'), 'agrees'],
    ['March against January', date('2026-03'), date('2026-01'), 'disagrees'],
  ])('dates: %s', (_label, page, source, expected) => {
    expect(compareValues(page, source)).toBe(expected);
  });

  it.each([
    ['a one-day visa against one day', { kind: 'duration', days: 1 }, { kind: 'duration', days: 1 }, 'agrees'],
    ['a three-day visa against one day', { kind: 'duration', days: 3 }, { kind: 'duration', days: 1 }, 'disagrees'],
    // A city contains its buildings (the index gives each building its city from seeds/facets.json).
    ['Brussels against the Commission headquarters', { kind: 'place', name: 'Brussels' }, { kind: 'place', name: 'European Commission headquarters', within: 'Brussels' }, 'agrees'],
    ['the Commission headquarters against Brussels alone', { kind: 'place', name: 'European Commission headquarters', within: 'Brussels' }, { kind: 'place', name: 'Brussels' }, 'incomparable'],
    ['another building against the Commission headquarters', { kind: 'place', name: 'Council building', within: 'Brussels' }, { kind: 'place', name: 'European Commission headquarters', within: 'Brussels' }, 'disagrees'],
    ['another city against Brussels', { kind: 'place', name: 'Luxembourg' }, { kind: 'place', name: 'Brussels' }, 'disagrees'],
    ['a count against a date', { kind: 'count', n: 5 }, { kind: 'date', iso: '2026-06-23' }, 'incomparable'],
  ] as [string, FigureValue, FigureValue, string][])('%s', (_label, page, source, expected) => {
    expect(compareValues(page, source)).toBe(expected);
  });
});
