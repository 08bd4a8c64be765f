/**
 * Small type guards for checking hand-written JSON before it is trusted as a `ClaimIndexSpec`.
 * Each check reports into a shared list so that one run names every problem, not just the first.
 */

/** Collects problems; `where` names the entry, e.g. `claims[12] "visas-five"`. */
export type Report = (where: string, problem: string) => void;

/** A plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string with visible content. */
export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Reports a field that must be a non-empty string. */
export function expectText(record: Record<string, unknown>, key: string, where: string, report: Report): void {
  if (!isNonEmptyString(record[key])) report(where, `"${key}" must be a non-empty string`);
}

/** Reports a field that, when present, must be a non-empty string. */
export function expectOptionalText(record: Record<string, unknown>, key: string, where: string, report: Report): void {
  if (key in record && !isNonEmptyString(record[key])) report(where, `"${key}" must be a non-empty string when present`);
}

/** Reports a field that must be one of `allowed`. */
export function expectOneOf(
  record: Record<string, unknown>,
  key: string,
  allowed: readonly string[],
  where: string,
  report: Report,
): void {
  const value = record[key];
  if (typeof value !== 'string' || !allowed.includes(value)) {
    report(where, `"${key}" must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
  }
}

/** Reports keys the type does not know: usually a typo that would otherwise be ignored silently. */
export function expectKnownKeys(record: Record<string, unknown>, known: readonly string[], where: string, report: Report): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) report(where, `unknown field "${key}"`);
  }
}

/** Reports a field that must be an array of non-empty strings; returns the strings it found. */
export function expectTextList(record: Record<string, unknown>, key: string, where: string, report: Report): string[] {
  const value = record[key];
  if (!Array.isArray(value) || !value.every(isNonEmptyString)) {
    report(where, `"${key}" must be an array of non-empty strings`);
    return [];
  }
  return value;
}

/** How an entry is named in messages: its index and, when it has one, its id. */
export function entryName(list: string, index: number, entry: unknown): string {
  const id = isRecord(entry) && typeof entry.id === 'string' ? ` "${entry.id}"` : '';
  return `${list}[${index}]${id}`;
}
