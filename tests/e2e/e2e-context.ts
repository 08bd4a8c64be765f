import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import path from 'node:path';
import type { BrowserName, ExtensionSession, LaunchExtensionBrowser, TestPage } from './extension-session';
import { startRequestWatcher, type RequestWatcher } from './request-watcher';
import { startStaticServer, type StaticServer } from './static-server';
import { chooseFixturePages } from './fixture-pages';
import { readHighlights, readPopup, type HighlightReport, type PopupReport } from './page-probes';
import { waitUntil } from './wait-until';

const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

/** How long the extension gets to analyse a page and paint, on a slow 2-core CI machine. */
export const ANALYSIS_TIMEOUT_MS = 15_000;

/** Everything a test of one browser needs; created in beforeAll, closed in afterAll. */
export interface E2eContext {
  browserName: BrowserName;
  server: StaticServer;
  requests: RequestWatcher;
  session: ExtensionSession;
  pages: ReturnType<typeof chooseFixturePages>;
  /** Full URL of a path on the static server. */
  url(urlPath: string): string;
  /** Saves `test-results/screenshots/<browser>-<name>.png` and returns its path. */
  screenshot(page: TestPage, name: string): Promise<string>;
}

/** Starts the server, the request watcher and the browser. Closes what started if a later step fails. */
export async function openE2eContext(browserName: BrowserName, launch: LaunchExtensionBrowser): Promise<E2eContext> {
  const pages = chooseFixturePages();
  const server = await startStaticServer();
  const requests = await startRequestWatcher();
  const session = await launch(requests).catch(async (error: unknown) => {
    await Promise.all([server.close(), requests.close()]);
    throw error;
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    browserName,
    server,
    requests,
    session,
    pages,
    url: (urlPath) => server.origin + urlPath,
    screenshot: async (page, name) => {
      const file = path.join(SCREENSHOT_DIR, `${browserName}-${name}.png`);
      await page.screenshot(file);
      return file;
    },
  };
}

/** Closes the browser, then the servers. Safe on a partly opened context. */
/**
 * Opens a browser with the built extension before the enclosing describe's tests and closes it after;
 * returns the accessor its tests call (it throws, pointing at the beforeAll error, if the browser did not start).
 */
export function useE2eContext(browserName: BrowserName, launch: LaunchExtensionBrowser): () => E2eContext {
  let context: E2eContext | undefined;
  beforeAll(async () => {
    context = await openE2eContext(browserName, launch);
  });
  afterAll(() => closeE2eContext(context));
  return () => {
    if (!context) throw new Error(`${browserName} did not start; see the beforeAll error above`);
    return context;
  };
}

export async function closeE2eContext(context: E2eContext | undefined): Promise<void> {
  await context?.session.close();
  await Promise.all([context?.server.close(), context?.requests.close()]);
}

/** Waits until the page's highlights satisfy `accept`, and returns them; the failure message shows the last reading. */
export async function waitForHighlights(
  page: TestPage,
  scopeSelector: string,
  accept: (report: HighlightReport) => boolean,
  what: string,
): Promise<HighlightReport> {
  let last: HighlightReport | undefined;
  await waitUntil(
    () => `${what}; last reading ${JSON.stringify(last)}`,
    async () => accept((last = await page.evaluate(readHighlights, scopeSelector))),
    ANALYSIS_TIMEOUT_MS,
  );
  return last!;
}

/** Waits until the popup has a status (the analysis is in) and, if given, `accept` holds; returns its state. */
export async function waitForPopup(popup: TestPage, accept: (report: PopupReport) => boolean = () => true): Promise<PopupReport> {
  let last: PopupReport | undefined;
  await waitUntil(
    () => `the popup's [data-testid="status"][data-on-topic]; last reading ${JSON.stringify(last)}`,
    async () => {
      last = await popup.evaluate(readPopup, undefined);
      return last.onTopic !== null && accept(last);
    },
    ANALYSIS_TIMEOUT_MS,
  );
  return last!;
}

/** Waits until the badge of a tab satisfies `accept`; returns the last text read (undefined when unreadable). */
export async function waitForBadge(session: ExtensionSession, tabId: number, accept: (text: string) => boolean): Promise<string | undefined> {
  let last: string | undefined;
  await waitUntil(
    () => `the badge of tab ${tabId}; last text ${JSON.stringify(last)}`,
    async () => {
      last = await session.badgeText(tabId);
      return last === undefined || accept(last);
    },
    ANALYSIS_TIMEOUT_MS,
  );
  return last;
}
