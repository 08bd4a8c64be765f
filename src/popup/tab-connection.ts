import { browser } from 'wxt/browser';
import type { BackgroundRequest, ContentReply, ContentRequest, PageReport } from '@/src/extension/messages';

/** The tab the popup speaks about: `?tabId=N` when given (tests, a popup opened as a page), else the active tab. */
export async function resolveTabId(search: string): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** What the popup learns about a tab. `reachable` is false where no content script runs (chrome://, PDF, store). */
export interface TabState {
  reachable: boolean;
  report: PageReport | null;
}

/** The background's stored report first; else the content script itself, which also proves it runs there. */
export async function fetchTabState(tabId: number): Promise<TabState> {
  const request: BackgroundRequest = { type: 'claimlens:tab-report', tabId };
  const stored = (await browser.runtime.sendMessage(request).catch(() => null)) as PageReport | null | undefined;
  if (stored) return { reachable: true, report: stored };
  const reply = await askTab(tabId, { type: 'claimlens:get-report' });
  return reply ? { reachable: true, report: reply.report } : { reachable: false, report: null };
}

/** Sends a request to the tab's content script; resolves to null when nothing there answers. */
export async function askTab(tabId: number, request: ContentRequest): Promise<(ContentReply & { ok?: boolean }) | null> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, request)) as (ContentReply & { ok?: boolean }) | undefined;
    return reply ?? null;
  } catch {
    return null; // "Receiving end does not exist": no content script in that tab
  }
}
