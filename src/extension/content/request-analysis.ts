import { browser } from 'wxt/browser';
import type { AnalysisPlan, BackgroundRequest, PageForAnalysis } from '../messages';

/** Attempts, and the wait before each retry: a stopped MV3 worker is restarted by the next message. */
const RETRY_DELAYS_MS = [250, 1000, 3000];

/**
 * Asks the background to analyse the page. The MV3 service worker may be stopped, or stop while it
 * works (Chrome ends idle workers); its reply then never comes and sendMessage rejects, so the page
 * is sent again. Resolves to null when the background still cannot answer, or answers nonsense.
 */
export async function requestAnalysis(page: PageForAnalysis, isCurrent: () => boolean): Promise<AnalysisPlan | null> {
  const request: BackgroundRequest = { type: 'claimlens:analyze', page };
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(request)) as AnalysisPlan | null | undefined;
      if (reply && Array.isArray(reply.highlights) && reply.analysis) return reply;
      if (reply === null) return null; // the background refused the page: asking again will not help
    } catch {
      // the worker went away mid-reply, or the extension is reloading
    }
    if (attempt >= RETRY_DELAYS_MS.length || !isCurrent()) return null;
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
  }
}
