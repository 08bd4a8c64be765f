import type { Source, SourceRef } from '@/src/types';

/**
 * "One-day visas analysis, citing Reuters": the source's short name (never its bare id: readers
 * cannot place a number), and whom it cites when it reports at second hand. Without the sources at
 * hand, "source 003".
 */
export function sourceRefLabel(ref: SourceRef, sources?: ReadonlyMap<string, Pick<Source, 'name'>>): string {
  const name = sources?.get(ref.source)?.name;
  const who = name ?? `source ${ref.source}`;
  return ref.via ? `${who}, citing ${ref.via}` : who;
}

/** A labeller bound to an index's sources, for `refs.map(…)`. */
export function sourceLabeller(sources: ReadonlyMap<string, Pick<Source, 'name'>>): (ref: SourceRef) => string {
  return (ref) => sourceRefLabel(ref, sources);
}

/**
 * How many independent origins stand behind some source references: two articles that both cite
 * Reuters are one origin, not two. The origin of a reference is whom it cites, else the source itself.
 */
export function countOrigins(refs: readonly SourceRef[]): number {
  return new Set(refs.map((ref) => (ref.via ?? ref.source).trim().toLowerCase())).size;
}
