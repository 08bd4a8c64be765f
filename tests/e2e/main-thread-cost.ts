import type { ExtensionSession } from './extension-session';
import { contentScriptCodeMs, contentScriptTasks } from './task-trace';

/** Loads of each page measured; the median is reported, so one disturbed load does not decide. */
export const COST_RUNS = 7;

/** Main-thread cost of an extension's content script on one page load, from a Chromium trace. */
export interface PageCost {
  /** Time spent running the content script's code (see `contentScriptCodeMs`). */
  totalMs: number;
  /** Sum of the whole tasks the content script ran in, for reference. */
  tasksMs: number;
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
    const events = await stop();
    const tasks = contentScriptTasks(events, session.extensionOrigin);
    const totalMs = contentScriptCodeMs(events, session.extensionOrigin);
    if (process.env.CLAIMLENS_COST_DEBUG) console.info(url, totalMs.toFixed(2), tasks.map((t) => `${t.kind}:${t.ms.toFixed(2)}`).join(' '));
    return { totalMs, tasksMs: tasks.reduce((sum, t) => sum + t.ms, 0), longestMs: Math.max(0, ...tasks.map((t) => t.ms)) };
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
  return {
    totalMs: median(costs.map((c) => c.totalMs)),
    tasksMs: median(costs.map((c) => c.tasksMs)),
    longestMs: median(costs.map((c) => c.longestMs)),
  };
}
