const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-06-23" → "23 Jun 2026", "2026-01" → "Jan 2026", "2013/2024" → "2013–2024". */
export function formatSourceDate(value: string): string {
  const [from, to] = value.split('/');
  return to === undefined ? formatOne(from) : `${formatOne(from)}–${formatOne(to)}`;
}

function formatOne(iso: string): string {
  const [year, month, day] = iso.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
