/**
 * Coalesces rescans asked for by page changes. A page that changes every few seconds (a ticker, a
 * "5 seconds ago" label) would otherwise restart the analysis before it ever finished: a change
 * during a scan marks one more scan as wanted, run when the current one ends.
 */
export interface RescanQueue {
  /** Runs a scan now, or once the scan in progress ends. */
  request(): void;
  /** Runs `scan` while counting it as in progress; explicit scans (a click, new settings) go through here. */
  run(): Promise<void>;
}

/** Wraps `scan` (which supersedes any scan in progress) with the coalescing above. */
export function createRescanQueue(scan: () => Promise<void>): RescanQueue {
  let inFlight = 0;
  let wanted = false;
  const queue: RescanQueue = {
    request() {
      if (inFlight > 0) wanted = true;
      else void queue.run();
    },
    async run() {
      inFlight++;
      try {
        await scan();
      } finally {
        inFlight--;
        if (inFlight === 0 && wanted) {
          wanted = false;
          void queue.run();
        }
      }
    },
  };
  return queue;
}
