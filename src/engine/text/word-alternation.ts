/**
 * The source of a regular-expression alternation of words and phrases, longest first (so "member
 * states" wins over "member"), with special characters escaped and a space or hyphen inside a phrase
 * matching any run of either ("one-day", "one day"). Shared by every pattern built from the story's data.
 */
export function wordAlternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+'))
    .join('|');
}
