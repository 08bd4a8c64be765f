import { browser } from 'wxt/browser';
import type { PageReport } from '../messages';
import { parsePageReport } from '../report-guard';

/** The latest page report of each tab. */
export interface TabReportStore {
  get(tabId: number): Promise<PageReport | null>;
  set(tabId: number, report: PageReport): Promise<void>;
  clear(tabId: number): Promise<void>;
}

/** Storage that behaves like `browser.storage.session`: enough to back the store. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * A store in `storage.session`, so reports outlive a stopped MV3 service worker; where the browser
 * has no session storage (or `null` is passed), a Map that lives as long as the background page does.
 */
export function createTabReportStore(area: SessionArea | null = sessionArea()): TabReportStore {
  return area ? sessionStore(area) : memoryStore();
}

function sessionArea(): SessionArea | null {
  // Feature-detected: Firefox has storage.session from 115, Chrome from 102.
  return (browser.storage.session as SessionArea | undefined) ?? null;
}

const keyOf = (tabId: number) => `tab-report:${tabId}`;

function sessionStore(area: SessionArea): TabReportStore {
  return {
    async get(tabId) {
      const key = keyOf(tabId);
      // Stored by an older version, or damaged: a report of the wrong shape is as good as none.
      const stored: Record<string, unknown> = await area.get(key).catch(() => ({}));
      return parsePageReport(stored[key]);
    },
    set: (tabId, report) => area.set({ [keyOf(tabId)]: report }),
    clear: (tabId) => area.remove(keyOf(tabId)),
  };
}

function memoryStore(): TabReportStore {
  const reports = new Map<number, PageReport>();
  return {
    get: async (tabId) => reports.get(tabId) ?? null,
    set: async (tabId, report) => void reports.set(tabId, report),
    clear: async (tabId) => void reports.delete(tabId),
  };
}
