import type { FigureValue, Qualifier } from '../types';

// Thousands separators by hand: Intl's number formatting loads locale data on first use, a cost the
// content script would pay on the page's main thread for "1,000,000".
const formatNumber = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Words put before a hedged number; "exactly" is the default and is left unsaid. */
const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exactly: '',
  about: 'about',
  'more-than': 'more than',
  nearly: 'nearly',
  'at-least': 'at least',
  'up-to': 'up to',
};

/**
 * A figure as a reader would write it: `5`, `about 1,000,000`, `23 June 2026`, `late June 2026`,
 * `before the summer (by 20 June 2026)`, `1 day`, `European Commission headquarters`.
 */
export function formatValue(value: FigureValue): string {
  switch (value.kind) {
    case 'count':
      return withNote(hedge(formatNumber(value.n), value.qualifier), value.note);
    case 'date':
      return value.approximate ? `about ${formatIsoDate(value.iso, value.part)}` : formatIsoDate(value.iso, value.part);
    case 'date-range':
      return value.label
        ? `${value.label} (by ${formatIsoDate(value.to)})`
        : `${formatIsoDate(value.from)} to ${formatIsoDate(value.to)}`;
    case 'duration':
      return hedge(`${value.days} ${value.days === 1 ? 'day' : 'days'}`, value.qualifier);
    case 'place':
      return value.name;
    case 'weekday':
      return value.label;
  }
}

/** `2026-06-23` → `23 June 2026`; `2026-06` → `June 2026` (or `late June 2026`); `2021` → `2021`. */
export function formatIsoDate(iso: string, part?: 'early' | 'mid' | 'late'): string {
  const [year, month, day] = iso.split('-');
  if (month === undefined) return year;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  const text = day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
  return part ? `${part} ${text}` : text;
}

function hedge(text: string, qualifier: Qualifier | undefined): string {
  const words = qualifier ? QUALIFIER_WORDS[qualifier] : '';
  return words ? `${words} ${text}` : text;
}

function withNote(text: string, note: string | undefined): string {
  return note ? `${text} ${note}` : text;
}
