import type { SourceRef } from '@/src/types';

/** "003, citing Reuters", or "003" when the source reports it first-hand. */
export function sourceRefLabel(ref: SourceRef): string {
  return ref.via ? `${ref.source}, citing ${ref.via}` : ref.source;
}

/**
 * How many independent origins stand behind some source references: two articles that both cite
 * Reuters are one origin, not two. The origin of a reference is whom it cites, else the source itself.
 */
export function countOrigins(refs: readonly SourceRef[]): number {
  return new Set(refs.map((ref) => (ref.via ?? ref.source).trim().toLowerCase())).size;
}
