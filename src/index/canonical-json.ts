/**
 * The one way the seed files are written: 2-space JSON with a trailing newline. Keeping them
 * canonical makes every hand edit show up as a small, reviewable diff.
 */
export function formatCanonical(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** True when `text` is already exactly the canonical form of what it parses to. */
export function isCanonical(text: string): boolean {
  return text === formatCanonical(JSON.parse(text));
}
