import Fuse, { type FuseIndex } from 'fuse.js';
import type { ClaimIndex } from '../types';
import type { CompiledIndexData } from './compile-index';
import { VOCABULARY_KEYS } from './vocabulary-keys';
import { figureGrammarOf, type FigureGrammar } from '../engine/figures/figure-grammar';

/** Fuse's score (0 exact … 1 anything) above which a vocabulary word is not offered as a correction. */
const FUSE_THRESHOLD = 0.25;

/** The claim index plus what the matcher derives from it once per load. */
export interface LoadedIndex extends ClaimIndex {
  /** The story's figure grammar (facets and cues), compiled from `facets` on first use. */
  figureGrammar: FigureGrammar;
  vocabulary: ReadonlySet<string>;
  /** Typo-tolerant lookup of a page word among the vocabulary words with its first two letters. */
  searchVocabulary(word: string): { word: string; score: number } | undefined;
}

/** Turns compiled index data into the runtime index: lookup maps and Fuse searches per two-letter prefix. */
export function hydrateIndex(data: CompiledIndexData): LoadedIndex {
  const searchers = new Map<string, Fuse<{ w: string }>>();
  const searcherFor = (letter: string) => {
    const bucket = data.vocabularyIndex[letter];
    if (!bucket) return undefined;
    let fuse = searchers.get(letter);
    if (!fuse) {
      const index = Fuse.parseIndex<{ w: string }>(bucket.index as Parameters<typeof Fuse.parseIndex>[0]);
      const docs = bucket.words.map((w) => ({ w }));
      fuse = new Fuse(docs, { keys: VOCABULARY_KEYS, threshold: FUSE_THRESHOLD, includeScore: true }, index as FuseIndex<{ w: string }>);
      searchers.set(letter, fuse);
    }
    return fuse;
  };
  return {
    sources: data.sources,
    claims: data.claims,
    story: data.story,
    facets: data.facets,
    get figureGrammar() {
      return figureGrammarOf(data.facets, data.claims);
    },
    claimById: new Map(data.claims.map((c) => [c.id, c])),
    sourceById: new Map(data.sources.map((s) => [s.id, s])),
    vocabulary: new Set(data.vocabulary),
    searchVocabulary(word) {
      const [best] = searcherFor(word.slice(0, 2))?.search(word, { limit: 1 }) ?? [];
      return best ? { word: best.item.w, score: best.score ?? 1 } : undefined;
    },
  };
}
