import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runSteps, SLICE_MS } from '@/src/extension/content/idle-tasks';

/** A context whose idle waits end at once, counting them (Node has no requestIdleCallback: the timer stands in). */
function countingContext() {
  const ctx = {
    isInvalid: false,
    idlePeriods: 0,
    setTimeout(callback: () => void) {
      ctx.idlePeriods++;
      queueMicrotask(callback);
      return 0;
    },
  };
  return ctx;
}

/** Steps that each take `ms` of (mocked) clock time. */
function* stepsTaking(ms: number[], clock: { now: number }): Generator<void, string, void> {
  for (const cost of ms) {
    clock.now += cost;
    yield;
  }
  return 'done';
}

afterEach(() => vi.restoreAllMocks());

describe('runSteps', () => {
  it.each([
    ['cheap steps share a slice', [1, 1, 1, 1], 1],
    ['a step that would overrun the slice waits for the next idle period', [SLICE_MS * 0.7, SLICE_MS * 0.7, SLICE_MS * 0.7], 4],
    ['a step longer than a slice still runs, alone', [SLICE_MS * 3, 1], 2],
  ])('%s', async (_name, costs, idlePeriods) => {
    const clock = { now: 0 };
    vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
    const ctx = countingContext();
    const result = await runSteps(ctx as unknown as ContentScriptContext, stepsTaking(costs, clock), () => true);
    expect(result).toBe('done');
    expect(ctx.idlePeriods).toBe(idlePeriods);
  });

  it('stops when a newer scan takes over', async () => {
    const ctx = countingContext();
    expect(await runSteps(ctx as unknown as ContentScriptContext, stepsTaking([1], { now: 0 }), () => false)).toBeUndefined();
  });
});
