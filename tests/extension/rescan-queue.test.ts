import { describe, expect, it } from 'vitest';
import { createRescanQueue } from '@/src/extension/content/rescan-queue';

/** A scan that ends only when told to, counting how many were started. */
function controllableScan() {
  const pending: (() => void)[] = [];
  let started = 0;
  return {
    scan: () => {
      started++;
      return new Promise<void>((resolve) => pending.push(resolve));
    },
    finishNext: async () => {
      pending.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    started: () => started,
  };
}

describe('rescan queue', () => {
  it('does not restart a scan in progress for page changes, and scans once more when it ends', async () => {
    const s = controllableScan();
    const queue = createRescanQueue(s.scan);
    queue.request();
    queue.request();
    queue.request();
    expect(s.started()).toBe(1);
    await s.finishNext();
    expect(s.started()).toBe(2);
    await s.finishNext();
    expect(s.started()).toBe(2);
  });

  it('scans at once when nothing is in progress', async () => {
    const s = controllableScan();
    const queue = createRescanQueue(s.scan);
    queue.request();
    await s.finishNext();
    queue.request();
    expect(s.started()).toBe(2);
  });

  it('still lets an explicit scan run at once, and follows up after the last one ends', async () => {
    const s = controllableScan();
    const queue = createRescanQueue(s.scan);
    void queue.run();
    void queue.run();
    expect(s.started()).toBe(2);
    queue.request();
    await s.finishNext();
    expect(s.started()).toBe(2);
    await s.finishNext();
    expect(s.started()).toBe(3);
  });
});
