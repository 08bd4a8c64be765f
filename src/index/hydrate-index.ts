import Fuse, { type FuseIndex } from 'fuse.js';
import type { ClaimIndex } from '../types';
import type { CompiledIndexData } from './compile-index';
import { VOCABULARY_KEYS } from './compile-index';

/** The claim index plus what the matcher derives from it once per load. */
export interface LoadedIndex extends ClaimIndex {
  vocabulary: ReadonlySet<string>;
  /** Typo-tolerant lookup of page words in the vocabulary. */
  vocabularyFuse: Fuse<{ w: string }>;
}

/** Turns compiled index data into the runtime index: lookup maps and a Fuse over the vocabulary. */
export function hydrateIndex(data: CompiledIndexData): LoadedIndex {
  const docs = data.vocabulary.map((w) => ({ w }));
  const fuseIndex = Fuse.parseIndex<{ w: string }>(data.vocabularyIndex as Parameters<typeof Fuse.parseIndex>[0]);
  return {
    sources: data.sources,
    claims: data.claims,
    story: data.story,
    claimById: new Map(data.claims.map((c) => [c.id, c])),
    sourceById: new Map(data.sources.map((s) => [s.id, s])),
    vocabulary: new Set(data.vocabulary),
    vocabularyFuse: new Fuse(docs, { keys: VOCABULARY_KEYS, threshold: 0.25, includeScore: true }, fuseIndex as FuseIndex<{ w: string }>),
  };
}
