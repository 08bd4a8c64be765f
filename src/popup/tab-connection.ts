import { browser } from 'wxt/browser';
import type { BackgroundRequest, ContentRequest, PageReport } from '@/src/extension/messages';
import { askGateHandle, GATE_HANDLE_NAME, type GateReply } from '@/src/extension/gate/gate-handle';

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

/**
 * Sends a request to the tab's content script; resolves to null when nothing there answers. The reader
 * (and Firefox's gate) answer messages; Chromium's gate keeps no listener and is asked in the page
 * instead, which the activeTab grant of the toolbar click allows (see gate-handle.ts).
 */
export async function askTab(tabId: number, request: ContentRequest): Promise<GateReply | null> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, request)) as GateReply | undefined;
    if (reply) return reply;
  } catch {
    // "Receiving end does not exist": no listener in that tab; the gate may still be there.
  }
  return askGateInPage(tabId, request);
}

async function askGateInPage(tabId: number, request: ContentRequest): Promise<GateReply | null> {
  if (!browser.scripting) return null; // Firefox: its gate listens, so nothing else is there to ask
  const action = request.type === 'claimlens:scan-anyway' ? 'scan-anyway' : 'report';
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: askGateHandle, args: [GATE_HANDLE_NAME, action] });
    const reply = frame?.result as GateReply | null | undefined;
    if (!reply) return null; // no gate in the page: it was open before ClaimLens was installed
    return action === 'report' ? { ...reply, ok: request.type === 'claimlens:get-report' } : reply;
  } catch {
    return null; // no grant (a page ClaimLens may not read: the store, chrome://, a PDF) or the tab closed
  }
}
