import type { ClaimIndex, SourceRef } from '@/src/types';

/** How many names a compact list spells out before "and N more". */
export const NAMES_SHOWN = 2;

/** The short names of the sources behind some references, each once, in order; never a bare id. */
export function sourceNames(refs: readonly SourceRef[], index: Pick<ClaimIndex, 'sourceById'>): string[] {
  const names = refs.map((ref) => index.sourceById.get(ref.source)?.name ?? 'another source');
  return [...new Set(names)];
}

/** "A", "A and B", "A, B and 3 more": a list that stays one line however many names there are. */
export function compactList(names: readonly string[], shown = NAMES_SHOWN): string {
  if (names.length <= Math.max(shown, 1) || (shown > 1 && names.length === shown + 1)) return joinWithAnd(names);
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

/** "A", "A and B", "A, B and C". */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "1 source", "3 sources": a count with its noun. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
