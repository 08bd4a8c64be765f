import { compileIndex, type CompiledIndexData } from '../index/compile-index';
import { hydrateIndex, type LoadedIndex } from '../index/hydrate-index';
import { validateIndex } from '../index/validate-index';
import { readIndexSpec } from './read-index-spec';

/** Reads, validates and compiles the claim index in a seeds folder (Node only). Throws with every problem found. */
export function loadIndexData(seedsDir?: string): CompiledIndexData {
  return compileIndex(validateIndex(readIndexSpec(seedsDir)));
}

/** The runtime index straight from a seeds folder, for the CLI, benchmark and tests. */
export function loadIndexFromSeeds(seedsDir?: string): LoadedIndex {
  return hydrateIndex(loadIndexData(seedsDir));
}
