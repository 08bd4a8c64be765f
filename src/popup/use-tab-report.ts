import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isReportChanged, type ContentRequest, type PageReport } from '@/src/extension/messages';
import { parsePageReport } from '@/src/extension/report-guard';
import { askTab, fetchTabState, resolveTabId, type TabState } from './tab-connection';

/** Where the popup is: finding the tab, a page ClaimLens cannot read, waiting for the scan, or a report. */
export type PopupPhase = 'connecting' | 'unsupported' | 'waiting' | 'ready';

/** The popup's view of its tab, and the actions it can ask of the page. */
export interface TabReportState {
  phase: PopupPhase;
  report: PageReport | null;
  /** True while an action sent to the page has not answered yet. */
  busy: boolean;
  send(request: ContentRequest): Promise<boolean>;
}

/** How often to ask again while the page is still being read, in case a change notice was missed. */
const RETRY_MS = 1000;

/** How many times a tab that is still loading is asked before the popup says it cannot read it. */
const LOADING_TRIES = 10;

/**
 * The tab's first state. ClaimLens's script enters a page once its document is idle, so a popup
 * opened while the tab is still loading may find nothing to ask yet: it asks again, every
 * `RETRY_MS`, while the tab loads (a page that stays loading is given up after `LOADING_TRIES`).
 */
async function firstTabState(tabId: number, stillWanted: () => boolean): Promise<TabState> {
  for (let tries = 1; ; tries++) {
    // Read before asking, so the last request is made after the tab has finished loading.
    const loading = (await browser.tabs.get(tabId).catch(() => undefined))?.status === 'loading';
    const state = await fetchTabState(tabId);
    if (state.reachable || !loading || tries >= LOADING_TRIES || !stillWanted()) return state;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

/** Loads the report of the popup's tab and follows its changes while the popup is open. */
export function useTabReport(search: string = location.search): TabReportState {
  const [tabId, setTabId] = useState<number | undefined>();
  const [phase, setPhase] = useState<PopupPhase>('connecting');
  const [report, setReport] = useState<PageReport | null>(null);
  const [busy, setBusy] = useState(false);

  // Whatever arrives is checked first: a malformed report counts as none (the page is asked again).
  const accept = useCallback((next: PageReport | null) => {
    const valid = parsePageReport(next);
    setReport(valid);
    setPhase(valid ? 'ready' : 'waiting');
  }, []);

  useEffect(() => {
    let live = true;
    void (async () => {
      const id = await resolveTabId(search);
      if (!live) return;
      if (id === undefined) return setPhase('unsupported');
      setTabId(id);
      const state = await firstTabState(id, () => live);
      if (!live) return;
      if (state.reachable) accept(state.report);
      else setPhase('unsupported');
    })();
    return () => void (live = false);
  }, [search, accept]);

  useEffect(() => {
    if (tabId === undefined) return;
    const listener = (message: unknown) => {
      if (isReportChanged(message) && message.tabId === tabId) accept(message.report);
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [tabId, accept]);

  useEffect(() => {
    if (phase !== 'waiting' || tabId === undefined) return;
    const timer = setInterval(() => void fetchTabState(tabId).then((s) => s.report && accept(s.report)), RETRY_MS);
    return () => clearInterval(timer);
  }, [phase, tabId, accept]);

  const send = useCallback(
    async (request: ContentRequest) => {
      if (tabId === undefined) return false;
      setBusy(true);
      const reply = await askTab(tabId, request);
      setBusy(false);
      if (reply?.report) accept(reply.report);
      return Boolean(reply?.ok);
    },
    [tabId, accept],
  );

  return { phase, report, busy, send };
}
