import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Longest stretch of DOM work in one task, well under the 50 ms that makes a long task. */
export const SLICE_MS = 12;
/** How long an idle callback may wait before running anyway, so busy pages still get highlights. */
const IDLE_TIMEOUT_MS = 500;

/** Resolves at the browser's next idle period (or next task where there is no requestIdleCallback). */
export function whenIdle(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    if (typeof globalThis.requestIdleCallback === 'function') {
      ctx.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    } else {
      ctx.setTimeout(resolve, 16);
    }
  });
}

/**
 * Runs `work` over `items` in slices of at most about SLICE_MS, one slice per idle period, stopping
 * as soon as `isCurrent` turns false (a newer scan started) or the content script is invalidated.
 * `afterSlice` runs after each slice, e.g. to drop the mutation records the slice caused.
 * Resolves to true when every item was done.
 */
export async function runInSlices<T>(
  ctx: ContentScriptContext,
  items: readonly T[],
  work: (item: T) => void,
  isCurrent: () => boolean,
  afterSlice: () => void = () => undefined,
): Promise<boolean> {
  let next = 0;
  while (next < items.length) {
    await whenIdle(ctx);
    if (!isCurrent() || ctx.isInvalid) return false;
    const budget = sliceBudget();
    do work(items[next++]);
    while (next < items.length && budget.hasRoom());
    afterSlice();
  }
  return true;
}

/**
 * Drives a stepwise computation (a generator that yields between chunks of work) over idle
 * periods, at most about SLICE_MS per task. Resolves to its result, or undefined when superseded.
 */
export async function runSteps<R>(
  ctx: ContentScriptContext,
  steps: Generator<void, R, void>,
  isCurrent: () => boolean,
): Promise<R | undefined> {
  for (;;) {
    await whenIdle(ctx);
    if (!isCurrent() || ctx.isInvalid) return undefined;
    const budget = sliceBudget();
    let step = steps.next();
    while (!step.done && budget.hasRoom()) step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The time left in one slice. Room is judged by the last item's cost, not only the clock: an item
 * started at 11 ms that takes 30 ms would otherwise stretch the task to 41 ms. The first item of a
 * slice always runs, or a slow item could never be done.
 */
function sliceBudget(): { hasRoom(): boolean } {
  const start = performance.now();
  let last = start;
  return {
    hasRoom() {
      const now = performance.now();
      const lastItem = now - last;
      last = now;
      return now - start + lastItem < SLICE_MS;
    },
  };
}
