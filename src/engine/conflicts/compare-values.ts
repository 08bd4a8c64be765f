import type { FigureValue } from '../../types';
import { YEAR_PART_FIRST_MONTH } from '../figures/figure-grammar';

/** How a page figure relates to one source's figure. */
export type Comparison = 'agrees' | 'disagrees' | 'incomparable';

/**
 * Tolerances of hedged counts, as fractions of the stated number. "About 1,000,000" accepts
 * 900,000–1,100,000; "nearly 20" means 19–20 (a twentieth below it, and at least the number
 * before: "nearly ten" is 9–10); "more than 80" means above 80 and below 100.
 */
const ABOUT = 0.1;
const NEARLY = 0.05;
const MORE_THAN = 0.25;

/**
 * Compares a page figure with a source figure of the same facet. Dates only confirm or contradict
 * each other at the page's precision: a precise day is neither confirmed nor contradicted by
 * "late June", while "June 2026" on the page agrees with a source's 23 June 2026.
 */
export function compareValues(page: FigureValue, source: FigureValue): Comparison {
  if (page.kind === 'count' && source.kind === 'count') return compareCounts(page, source);
  if (page.kind === 'duration' && source.kind === 'duration') return page.days === source.days ? 'agrees' : 'disagrees';
  if (page.kind === 'place' && source.kind === 'place') return comparePlaces(page, source);
  if (page.kind === 'date' && page.approximate) return compareApproximateYear(page.iso, source);
  if (isTemporal(page) && isTemporal(source)) return compareDates(page, source);
  if (page.kind === 'weekday' && source.kind === 'date') return weekdayOf(source.iso) === page.day ? 'agrees' : 'incomparable';
  return 'incomparable';
}

/**
 * The weekday of a day-precise ISO date, or undefined. "On Wednesday" never contradicts 23 June:
 * a report may mean another week, so a weekday only confirms.
 */
function weekdayOf(iso: string): number | undefined {
  return iso.length === 10 ? new Date(`${iso}T12:00:00Z`).getUTCDay() : undefined;
}

/**
 * "Five years ago", written in 2026, is 2021 or late 2020: it confirms a source dated in either year
 * and, as a weekday does, contradicts none.
 */
function compareApproximateYear(iso: string, source: FigureValue): Comparison {
  if (source.kind !== 'date') return 'incomparable';
  const year = Number(source.iso.slice(0, 4));
  return year === Number(iso) || year === Number(iso) - 1 ? 'agrees' : 'incomparable';
}

type Count = Extract<FigureValue, { kind: 'count' }>;

/**
 * Two hedged ranges that merely touch do not agree when either is "about": "roughly 1.2 million" and
 * "about one million" overlap at 1.1 million, but each names a different number. An "about" figure
 * agrees when either number falls in the other's range.
 */
function compareCounts(page: Count, source: Count): Comparison {
  if (page.qualifier !== 'about' && source.qualifier !== 'about') return overlaps(countRange(page), countRange(source));
  const within = (n: number, [low, high]: [number, number]) => low <= n && n <= high;
  return within(page.n, countRange(source)) || within(source.n, countRange(page)) ? 'agrees' : 'disagrees';
}

function countRange(v: Count): [number, number] {
  switch (v.qualifier) {
    case 'about': return [v.n * (1 - ABOUT), v.n * (1 + ABOUT)];
    case 'nearly': return [Math.min(v.n * (1 - NEARLY), v.n - 1), v.n];
    case 'more-than': return [v.n + 1e-9, v.n * (1 + MORE_THAN)];
    case 'at-least': return [v.n, v.n * (1 + MORE_THAN)];
    case 'up-to': return [0, v.n];
    default: return [v.n, v.n];
  }
}

function overlaps([a0, a1]: [number, number], [b0, b1]: [number, number]): Comparison {
  return a0 <= b1 && b0 <= a1 ? 'agrees' : 'disagrees';
}

type Temporal = Extract<FigureValue, { kind: 'date' | 'date-range' }>;

function isTemporal(v: FigureValue): v is Temporal {
  return v.kind === 'date' || v.kind === 'date-range';
}

/** Precision of an ISO date string: 4 = year, 7 = month, 10 = day. A month part ("late") sits between. */
function precision(v: Temporal): number {
  if (v.kind === 'date-range') return 8;
  return v.iso.length + (v.part ? 1 : 0);
}

function compareDates(page: Temporal, source: Temporal): Comparison {
  if (page.kind === 'date-range' || source.kind === 'date-range') {
    if (page.kind === 'date-range' && source.kind === 'date-range') {
      return page.from <= source.to && source.from <= page.to ? 'agrees' : 'disagrees';
    }
    return 'incomparable';
  }
  // A source less precise than the page cannot confirm it ("late June" does not confirm 23 June),
  // but it can contradict it at the source's own precision (August 2019 against 2021).
  if (precision(source) < precision(page)) return consistentWith(page, source) ? 'incomparable' : 'disagrees';
  const truncated = source.iso.slice(0, page.iso.length);
  if (truncated !== page.iso) return 'disagrees';
  // "Early 2026" against January 2026: the third of the year the source's month falls in.
  if (page.part && page.iso.length === 4) return (source.iso.length === 4 ? source.part : yearPartOf(source.iso)) === page.part ? 'agrees' : 'disagrees';
  if (page.part && source.part !== page.part && source.iso.length === 7) return 'disagrees';
  if (page.part && source.iso.length === 10) return partOf(source.iso) === page.part ? 'agrees' : 'disagrees';
  return 'agrees';
}

/** Whether a page date lies within a less precise source date (its year, month, or part of a month). */
function consistentWith(page: Extract<Temporal, { kind: 'date' }>, source: Extract<Temporal, { kind: 'date' }>): boolean {
  if (page.iso.slice(0, source.iso.length) !== source.iso) return false;
  if (!source.part) return true;
  if (source.iso.length === 4) return page.iso.length === 4 ? page.part === source.part : yearPartOf(page.iso) === source.part;
  if (page.iso.length === 10) return partOf(page.iso) === source.part;
  return !page.part || page.part === source.part;
}

/** Which third of its year a month ("2026-01") or day falls in (see `YEAR_PART_FIRST_MONTH`). */
function yearPartOf(iso: string): 'early' | 'mid' | 'late' {
  const month = Number(iso.slice(5, 7)) - 1;
  return month < YEAR_PART_FIRST_MONTH.mid ? 'early' : month < YEAR_PART_FIRST_MONTH.late ? 'mid' : 'late';
}

/** Which third of its month a day falls in. */
function partOf(iso: string): 'early' | 'mid' | 'late' {
  const day = Number(iso.slice(8, 10));
  return day <= 10 ? 'early' : day <= 20 ? 'mid' : 'late';
}

/**
 * A city contains its buildings: a page's city agrees with a source's building in it ("Brussels"
 * against the Commission's headquarters); a page's building is not confirmed by the city alone; two
 * buildings must be the same.
 */
function comparePlaces(page: Extract<FigureValue, { kind: 'place' }>, source: Extract<FigureValue, { kind: 'place' }>): Comparison {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  if (same(page.name, source.name)) return 'agrees';
  if (source.within && same(source.within, page.name)) return 'agrees';
  if (page.within && same(page.within, source.name)) return 'incomparable';
  return 'disagrees';
}
