/**
 * ISO calendar dates at year, month or day precision (`2021`, `2026-01`, `2026-06-23`),
 * and ranges of them (`2013/2024`). Day dates must exist on the calendar: `2026-02-30` does not.
 */

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar year, month or day. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const dayNumber = Number(day);
  return dayNumber >= 1 && dayNumber <= daysInMonth(Number(year), monthNumber);
}

/** True for an ISO date or a `FROM/TO` range of ISO dates whose start is not after its end. */
export function isIsoDateOrRange(text: string): boolean {
  const parts = text.split('/');
  if (parts.length === 1) return isIsoDate(text);
  if (parts.length !== 2) return false;
  const [from, to] = parts;
  return isIsoDate(from) && isIsoDate(to) && isNotAfter(from, to);
}

/**
 * Compares ISO dates of any precision by their start: `2026-06` is not after `2026-06-30`.
 * Plain string order is enough because every part is zero-padded.
 */
export function isNotAfter(from: string, to: string): boolean {
  return from <= to;
}

/** Number of days in a month; day 0 of the next month is the last day of this one. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
