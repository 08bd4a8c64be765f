import type { ExtensionSession } from './extension-session';
import { contentScriptTasks } from './task-trace';

/** Loads of each page measured; the median is reported, so one disturbed load does not decide. */
export const COST_RUNS = 7;

/** Main-thread cost of an extension's content script on one page load, from a Chromium trace. */
export interface PageCost {
  /** Sum of the tasks the content script ran in. */
  totalMs: number;
  longestMs: number;
}

/**
 * Opens `url` traced, waits `settleMs` for the script's idle work, and sums the tasks its code ran in.
 * Chromium only (the session must have `openTracedPage`).
 */
export async function measurePageCost(session: ExtensionSession, url: string, settleMs: number): Promise<PageCost> {
  const { page, stop } = await session.openTracedPage!(url);
  try {
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const tasks = contentScriptTasks(await stop(), session.extensionOrigin);
    if (process.env.CLAIMLENS_COST_DEBUG) console.info(url, tasks.map((t) => `${t.kind}:${t.ms.toFixed(2)}`).join(' '));
    return { totalMs: tasks.reduce((sum, t) => sum + t.ms, 0), longestMs: Math.max(0, ...tasks.map((t) => t.ms)) };
  } finally {
    await page.close();
  }
}

/** The median of the costs of `runs` loads, after one load that warms the browser's code cache. */
export async function medianPageCost(session: ExtensionSession, url: string, settleMs: number, runs = COST_RUNS): Promise<PageCost> {
  await measurePageCost(session, url, settleMs);
  const costs: PageCost[] = [];
  for (let i = 0; i < runs; i++) costs.push(await measurePageCost(session, url, settleMs));
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { totalMs: median(costs.map((c) => c.totalMs)), longestMs: median(costs.map((c) => c.longestMs)) };
}
