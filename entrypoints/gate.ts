import { startGate } from '@/src/extension/gate/start-gate';

/**
 * The always-on content script (registered in wxt.config.ts): a few kilobytes, no engine, no index,
 * no polyfill. Built as an unlisted script so WXT's content-script runtime does not come with it.
 */
export default defineUnlistedScript(() => {
  startGate();
});
