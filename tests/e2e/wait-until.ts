/** How often a condition is re-checked. */
const POLL_MS = 200;

/**
 * Re-checks `condition` until it returns true or the time is up, then fails naming what it waited for.
 * Polling through `evaluate` works the same in Playwright and Puppeteer, and on Firefox extension pages whose
 * load event never arrives. A condition that throws (page still navigating) counts as not yet true.
 * `what` may be a function, so the message can show the last value read.
 */
export async function waitUntil(
  what: string | (() => string),
  condition: () => Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await condition()) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  const described = typeof what === 'function' ? what() : what;
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${described}${cause}`);
}
