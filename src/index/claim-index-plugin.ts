import path from 'node:path';
import type { Plugin } from 'vite';
import { loadIndexData } from '../cli/load-index-data';
// Imported statically: two load hooks importing it lazily at once raced in the config loader, and one
// build in about eight saw the module half-evaluated ("reading 'compileIndex'" of undefined).

const VIRTUAL_ID = 'virtual:claimlens-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** The facets' labels alone, for the popup and card: they must not pull the whole index in. */
const LABELS_ID = 'virtual:claimlens-facet-labels';
const RESOLVED_LABELS_ID = `\0${LABELS_ID}`;

/**
 * Vite plugin that validates seeds/ and compiles it into the module the extension imports, once per
 * build. A broken index throws here, so the build fails with the validator's message.
 */
export function claimIndexPlugin(): Plugin {
  let seedsDir = path.resolve('seeds');
  return {
    name: 'claimlens-claim-index',
    configResolved(config) {
      seedsDir = path.join(config.root, 'seeds');
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : id === LABELS_ID ? RESOLVED_LABELS_ID : undefined;
    },
    load(id) {
      if (id === RESOLVED_LABELS_ID) {
        this.addWatchFile(path.join(seedsDir, 'facets.json'));
        const labels = Object.fromEntries(loadIndexData(seedsDir).facets.facets.map((f) => [f.key, f.label]));
        return `export default ${JSON.stringify(labels)};`;
      }
      if (id !== RESOLVED_ID) return undefined;
      for (const file of ['sources.json', 'claims.json', 'story.json', 'facets.json', 'thesaurus.json', 'concepts.json']) this.addWatchFile(path.join(seedsDir, file));
      const full = loadIndexData(seedsDir);
      // The matcher reads the compiled `groups`; of the hand-written `terms` only each group's first
      // wording is shown (as evidence), so the bundle keeps just that.
      const data = { ...full, claims: full.claims.map((c) => ({ ...c, terms: c.terms.map((group) => group.slice(0, 1)) })) };
      // The story (for the gate) is a small object; the rest stays a string until an article needs it,
      // so a page that is not about the story never pays for parsing the whole index.
      return [
        `export const story = ${JSON.stringify(data.story)};`,
        `const text = ${JSON.stringify(JSON.stringify(data))};`,
        'let parsed;',
        'export default function loadData() { return (parsed ??= JSON.parse(text)); }',
      ].join('\n');
    },
  };
}
