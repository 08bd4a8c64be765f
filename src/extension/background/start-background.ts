import { browser, type Browser } from 'wxt/browser';
import { isBackgroundRequest, type AnalysisPlan, type BackgroundRequest, type ContentRequest, type PageReport, type ReportChanged } from '../messages';
import { parsePageForAnalysis, parsePageReport } from '../report-guard';
import { analyzePage } from './analyze-page';
import { applyBadge, badgeFor } from './badge';
import { createTabReportStore, type TabReportStore } from './tab-report-store';

/** Wires the background: stores each tab's report, keeps its badge, forgets it on navigation or close. */
export function startBackground(store: TabReportStore = createTabReportStore()): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isBackgroundRequest(message)) return undefined;
    return handleBackgroundRequest(message, sender, store);
  });
  browser.tabs.onRemoved.addListener((tabId) => void store.clear(tabId));
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    void forgetOnNavigation(tabId, changeInfo, store);
  });
  browser.commands?.onCommand.addListener((command) => void forwardCommand(command));
}

/** The manifest's keyboard commands (see wxt.config.ts), and the move each asks of the page. */
export const COMMAND_MOVES: Record<string, 'next' | 'previous' | 'toggle'> = {
  'next-highlight': 'next',
  'previous-highlight': 'previous',
  'toggle-highlights': 'toggle',
};

/** Sends a keyboard command to the active tab's content script; a tab without one ignores it. */
export async function forwardCommand(command: string): Promise<void> {
  const move = COMMAND_MOVES[command];
  if (!move) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const request: ContentRequest = { type: 'claimlens:navigate', move };
  await browser.tabs.sendMessage(tab.id, request, { frameId: 0 }).catch(() => undefined);
}

/** Answers one request; resolves to the reply (a report, or null). */
export async function handleBackgroundRequest(
  request: BackgroundRequest,
  sender: Browser.runtime.MessageSender,
  store: TabReportStore,
): Promise<PageReport | AnalysisPlan | null> {
  if (request.type === 'claimlens:tab-report') return typeof request.tabId === 'number' ? store.get(request.tabId) : null;
  const tabId = sender.tab?.id;
  // Only a tab's top frame speaks for the tab.
  if (tabId === undefined || (sender.frameId ?? 0) !== 0) return null;
  if (request.type === 'claimlens:analyze') {
    const page = parsePageForAnalysis(request.page);
    return page ? analyzePage(page) : null;
  }
  const report = parsePageReport(request.report);
  if (!report) return null;
  await store.set(tabId, report);
  await publish(tabId, report);
  return report;
}

/** Clears a tab's report and badge when `shouldForget` says its page changed. */
export async function forgetOnNavigation(
  tabId: number,
  changeInfo: { status?: string; url?: string },
  store: TabReportStore,
): Promise<void> {
  const previous = await store.get(tabId);
  if (!previous || !shouldForget(previous.url, changeInfo)) return;
  await store.clear(tabId);
  await publish(tabId, null);
}

/**
 * A tab that loads a document (a new one, or the same one again) or moves to another URL loses its
 * report. A hash-only move keeps it: the content script resends the same report for those.
 * `url` is only present when the browser lets us see it, so a bare 'loading' counts too.
 */
export function shouldForget(previousUrl: string, changeInfo: { status?: string; url?: string }): boolean {
  const { url, status } = changeInfo;
  if (url === undefined) return status === 'loading';
  if (url === previousUrl) return status === 'loading';
  return withoutHash(url) !== withoutHash(previousUrl);
}

async function publish(tabId: number, report: PageReport | null): Promise<void> {
  await applyBadge(tabId, badgeFor(report)).catch(() => undefined); // the tab may be gone already
  const notice: ReportChanged = { type: 'claimlens:report-changed', tabId, report };
  // Rejects when no popup is open to hear it, which is the usual case.
  await browser.runtime.sendMessage(notice).catch(() => undefined);
}

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
