import compiled from 'virtual:claimlens-index';
import { hydrateIndex, type LoadedIndex } from './hydrate-index';

let loaded: LoadedIndex | undefined;

/** The claim index compiled into the bundle at build time; hydrated once, then memoised. */
export function loadClaimIndex(): LoadedIndex {
  loaded ??= hydrateIndex(compiled);
  return loaded;
}
