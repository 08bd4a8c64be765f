const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "2026-06-23" → "23 Jun 2026", "2026-01" → "Jan 2026", and ranges as short as they can be read:
 * "21–30 Jun 2026", "1 Mar–20 Jun 2026", "2013–2024".
 */
export function formatSourceDate(value: string): string {
  const [from, to] = value.split('/');
  if (to === undefined) return formatOne(from);
  const [fy, fm, fd] = from.split('-');
  const [ty, tm, td] = to.split('-');
  if (fy === ty && fm && fm === tm && fd && td) return `${Number(fd)}–${formatOne(to)}`;
  if (fy === ty && fm && tm) return `${formatOne(from).replace(` ${fy}`, '')}–${formatOne(to)}`;
  return `${formatOne(from)}–${formatOne(to)}`;
}

function formatOne(iso: string): string {
  const [year, month, day] = iso.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
