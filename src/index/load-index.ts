import loadData, { story } from 'virtual:claimlens-index';
import type { Story } from '../types';
import { hydrateIndex, type LoadedIndex } from './hydrate-index';

let loaded: LoadedIndex | undefined;

/** The claim index compiled into the bundle at build time; parsed and hydrated once, on first call. */
export function loadClaimIndex(): LoadedIndex {
  loaded ??= hydrateIndex(loadData());
  return loaded;
}

/** The story and its gate signals, without loading the rest of the index. */
export function loadStory(): Story {
  return story;
}
