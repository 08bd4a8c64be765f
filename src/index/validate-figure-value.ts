import type { FacetSpec, FigureValue, Qualifier } from '../types';
import { expectKnownKeys, expectOptionalText, isNonEmptyString, isRecord, type Report } from './index-shape';
import { isIsoDate, isNotAfter } from './iso-date';

/** The hedges a count or duration may carry. */
export const QUALIFIERS: readonly Qualifier[] = ['exactly', 'about', 'more-than', 'nearly', 'at-least', 'up-to'];

const DATE_PARTS = ['early', 'mid', 'late'];

/** Checks one figure value: its shape, and that its kind suits the facet it is filed under. */
export function validateFigureValue(value: unknown, facet: FacetSpec, where: string, report: Report): void {
  if (!isRecord(value)) {
    report(where, '"value" must be an object');
    return;
  }
  const allowed = facet.kinds;
  if (!allowed.includes(value.kind as FigureValue['kind'])) {
    report(where, `value kind ${JSON.stringify(value.kind)} is not allowed for facet "${facet.key}" (use ${allowed.join(' or ')}, as facets.json says)`);
    return;
  }
  CHECKS[value.kind as FigureValue['kind']](value, where, report);
}

type Check = (value: Record<string, unknown>, where: string, report: Report) => void;

const CHECKS: Record<FigureValue['kind'], Check> = {
  count(value, where, report) {
    expectKnownKeys(value, ['kind', 'n', 'qualifier', 'note'], where, report);
    if (!Number.isInteger(value.n) || (value.n as number) < 0) report(where, 'count "n" must be a whole number ≥ 0');
    checkQualifier(value, where, report);
    expectOptionalText(value, 'note', where, report);
  },
  date(value, where, report) {
    expectKnownKeys(value, ['kind', 'iso', 'part'], where, report);
    const iso = value.iso;
    if (typeof iso !== 'string' || !isIsoDate(iso)) report(where, `date "iso" must be a real ISO date (got ${JSON.stringify(iso)})`);
    if (!('part' in value)) return;
    if (!DATE_PARTS.includes(value.part as string)) report(where, `date "part" must be one of ${DATE_PARTS.join(', ')}`);
    // "late June" only makes sense for a month: a part of a day or a year is a data entry slip.
    if (typeof iso === 'string' && iso.length !== 7) report(where, 'date "part" needs an iso of month precision (YYYY-MM)');
  },
  'date-range'(value, where, report) {
    expectKnownKeys(value, ['kind', 'from', 'to', 'label'], where, report);
    const { from, to } = value;
    const valid = (date: unknown): date is string => typeof date === 'string' && isIsoDate(date);
    if (!valid(from)) report(where, `date-range "from" must be a real ISO date (got ${JSON.stringify(from)})`);
    if (!valid(to)) report(where, `date-range "to" must be a real ISO date (got ${JSON.stringify(to)})`);
    if (valid(from) && valid(to) && !isNotAfter(from, to)) report(where, `date-range starts after it ends (${from} > ${to})`);
    expectOptionalText(value, 'label', where, report);
  },
  duration(value, where, report) {
    expectKnownKeys(value, ['kind', 'days', 'qualifier'], where, report);
    if (typeof value.days !== 'number' || !(value.days > 0)) report(where, 'duration "days" must be a number > 0');
    checkQualifier(value, where, report);
  },
  place(value, where, report) {
    expectKnownKeys(value, ['kind', 'name', 'within'], where, report);
    if (!isNonEmptyString(value.name)) report(where, 'place "name" must be a non-empty string');
    expectOptionalText(value, 'within', where, report);
  },
  // A weekday only confirms a source's date; a source states the date itself.
  weekday(_value, where, report) {
    report(where, 'a claim gives a date ("kind": "date"), not a bare weekday; weekdays are read from pages only');
  },
};

function checkQualifier(value: Record<string, unknown>, where: string, report: Report): void {
  if ('qualifier' in value && !QUALIFIERS.includes(value.qualifier as Qualifier)) {
    report(where, `"qualifier" must be one of ${QUALIFIERS.join(', ')}`);
  }
}
