import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startClaimLens } from '@/src/extension/content/start-content';

/**
 * The page side of the analysis, loaded by the gate (entrypoints/gate.ts) with `import()` only on
 * pages that mention the story. Runs in the content scripts' isolated world, with a context of its own.
 */
export default defineUnlistedScript(() => {
  void startClaimLens(new ContentScriptContext('reader'));
});
