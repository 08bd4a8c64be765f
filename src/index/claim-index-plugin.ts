import type { Plugin } from 'vite';

/** Placeholder until the compiler lands. */
export function claimIndexPlugin(): Plugin {
  return { name: 'claimlens-claim-index' };
}
