import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { ExtensionSession, LaunchExtensionBrowser, TestPage } from './extension-session';
import type { RequestWatcher } from './request-watcher';
import { TASK_TRACE_CATEGORIES, type TraceEvent } from './task-trace';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

/** The subset of the `chrome` namespace the service-worker probes call. */
interface ChromeProbe {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}
/** The service worker's `chrome`; written inline in each probe because probes are serialised into the worker. */
type ChromeScope = { chrome: ChromeProbe };

function chromiumArgs(proxyPort: number, extensionDir: string): string[] {
  return [
    // --load-extension only works with --disable-extensions-except (Playwright adds --disable-extensions).
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...quietChromiumArgs(proxyPort),
  ];
}

/** Chromium switches that send every request to the recording proxy and silence the browser's own traffic. */
export function quietChromiumArgs(proxyPort: number): string[] {
  return [
    // Everything but loopback goes to the recording proxy, so any outside request is seen and refused.
    `--proxy-server=http://127.0.0.1:${proxyPort}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Chromium's own background traffic (sign-in, update and time checks), silenced so the request
    // watcher hears only what pages and the extension ask for.
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--no-pings',
    // Chromium 150 also preconnects to the default search engine and asks it whether "AI mode" is offered.
    '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,ChromeSignin,SigninInterception,' +
      'NetworkTimeServiceQuerying,PreconnectToSearch,AimEnabled,AimServerEligibilityEnabled',
    '--apps-gallery-update-url=http://127.0.0.1:9/',
    '--component-updater=url-source=http://127.0.0.1:9/',
    '--gaia-url=http://127.0.0.1:9',
    // Google Cloud Messaging's device check-in (android.clients.google.com), which Chromium 150 starts on its own.
    '--gcm-checkin-url=http://127.0.0.1:9/checkin',
    '--gcm-registration-url=http://127.0.0.1:9/register',
    '--gcm-mcs-endpoint=http://127.0.0.1:9',
  ];
}

function wrapPage(page: Page): TestPage {
  return {
    url: () => page.url(),
    bringToFront: () => page.bringToFront(),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    press: (keys) => page.keyboard.press(keys),
    click: (x, y) => page.mouse.click(x, y),
    revealClosedShadowRoots: () => revealClosedShadowRoots(page),
    close: () => page.close(),
  };
}

/** A node of CDP's DOM.getDocument, as far as `revealClosedShadowRoots` reads it. */
interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: { shadowRootType?: string; backendNodeId: number }[];
}

/** See `TestPage.revealClosedShadowRoots`: CDP's DOM domain pierces closed roots; resolved in the page's main world. */
async function revealClosedShadowRoots(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 2, pierce: true })) as unknown as { root: CdpNode };
    const html = root.children?.find((node) => node.nodeName === 'HTML');
    let revealed = 0;
    for (const host of html?.children ?? []) {
      const closed = host.shadowRoots?.find((r) => r.shadowRootType === 'closed');
      if (!closed) continue;
      const [hostObject, rootObject] = await Promise.all(
        [host.backendNodeId, closed.backendNodeId].map((backendNodeId) => cdp.send('DOM.resolveNode', { backendNodeId })),
      );
      await cdp.send('Runtime.callFunctionOn', {
        objectId: hostObject.object.objectId!,
        functionDeclaration: 'function (root) { Object.defineProperty(this, "shadowRoot", { configurable: true, get: () => root }); }',
        arguments: [{ objectId: rootObject.object.objectId! }],
      });
      revealed++;
    }
    return revealed;
  } finally {
    await cdp.detach();
  }
}

/**
 * Clicks ClaimLens's toolbar button for the tab `tabId`, over CDP (`Extensions.triggerAction`), as a
 * reader does before the popup opens. The click grants activeTab, which the popup needs to ask the gate
 * of a page it declined (src/extension/gate/gate-handle.ts). The real popup it opens is closed again:
 * the tests open popup.html as a tab of its own, to size, shoot and drive it.
 */
async function clickToolbarButton(context: BrowserContext, sw: Worker, tabId: number): Promise<void> {
  const extensionId = new URL(sw.url()).host;
  const cdp = await context.browser()!.newBrowserCDPSession();
  try {
    for (const page of context.pages().filter((p) => /^https?:/.test(p.url()))) {
      await page.bringToFront();
      const [active] = await sw.evaluate(() => (globalThis as unknown as ChromeScope).chrome.tabs.query({ active: true, lastFocusedWindow: true }), undefined);
      if (active?.id !== tabId) continue;
      const { targetInfos: tabs } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      // A tab target names no tab id: every tab at this address is clicked (a grant on a twin is harmless).
      for (const tab of tabs.filter((t) => t.url === page.url())) {
        await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
      }
      const realPopup = `chrome-extension://${extensionId}/popup.html`;
      for (let waited = 0; waited < 2000; waited += 50) {
        const { targetInfos } = await cdp.send('Target.getTargets');
        const opened = targetInfos.filter((t) => t.url === realPopup);
        if (opened.length > 0) {
          for (const target of opened) await cdp.send('Target.closeTarget', { targetId: target.targetId });
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return;
    }
  } finally {
    await cdp.detach();
  }
}

async function findServiceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker', { timeout: 30_000 });
}

/** The session's ways into extension APIs, all through the service worker. */
function serviceWorkerProbes(sw: Worker): Pick<ExtensionSession, 'tabIdOf' | 'badgeText' | 'backgroundIsRunning' | 'evaluateInExtension'> {
  return {
    tabIdOf: async (page) => {
      await page.bringToFront();
      const tabs = await sw.evaluate(
        () => (globalThis as unknown as ChromeScope).chrome.tabs.query({ active: true, lastFocusedWindow: true }),
        undefined,
      );
      if (tabs.length !== 1 || tabs[0].id === undefined) throw new Error(`expected one active tab, got ${JSON.stringify(tabs)}`);
      return tabs[0].id;
    },
    badgeText: (tabId) => sw.evaluate((id) => (globalThis as unknown as ChromeScope).chrome.action.getBadgeText({ tabId: id }), tabId),
    backgroundIsRunning: async () =>
      (await sw.evaluate(() => typeof (globalThis as unknown as ChromeScope).chrome.tabs, undefined)) === 'object',
    evaluateInExtension: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      sw.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
  };
}

/** Starts tracing a page's tasks over CDP; the returned function ends the trace and gives its events. */
async function startTrace(context: BrowserContext, page: Page): Promise<() => Promise<TraceEvent[]>> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (chunk) => void events.push(...(chunk.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: TASK_TRACE_CATEGORIES } });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return events;
  };
}

/** Launches Debian's Chromium headless with the built MV3 extension. */
export const launchChromium: LaunchExtensionBrowser = (requests: RequestWatcher) => launchChromiumWith(requests, EXTENSION_DIR);

/** Launches Chromium with the MV3 extension in `extensionDir` (ClaimLens, or a bare one to compare against). */
export async function launchChromiumWith(requests: RequestWatcher, extensionDir: string): Promise<ExtensionSession> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs(requests.proxyPort, extensionDir),
    viewport: { width: 1000, height: 800 },
  });
  // Requests of pages, extension pages and the service worker alike.
  context.on('request', (request) => requests.record(request.url()));
  const sw = await findServiceWorker(context);
  // Node gives non-special schemes an opaque origin ("null"), so build it from the host.
  const extensionOrigin = `chrome-extension://${new URL(sw.url()).host}`;
  return {
    browserName: 'chromium',
    extensionOrigin,
    requests,
    openPage: async (url) => {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrapPage(page);
    },
    openPopup: async (tabId, options = {}) => {
      await clickToolbarButton(context, sw, tabId);
      const page = await context.newPage();
      // The size of the real toolbar popup, so screenshots look like what a reader sees.
      await page.setViewportSize({ width: options.width ?? 420, height: 640 });
      if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
      await page.goto(`${extensionOrigin}/popup.html?tabId=${tabId}`, { waitUntil: 'load' });
      return wrapPage(page);
    },
    openTracedPage: async (url) => {
      const page = await context.newPage();
      const stop = await startTrace(context, page);
      await page.goto(url, { waitUntil: 'load' });
      return { page: wrapPage(page), stop };
    },
    stopBackground: async () => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const { targetInfos } = await cdp.send('Target.getTargets');
      const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(extensionOrigin));
      if (!worker) throw new Error('no running ClaimLens service worker to stop');
      await cdp.send('Target.closeTarget', { targetId: worker.targetId });
      await cdp.detach();
      await page.close();
    },
    ...serviceWorkerProbes(sw),
    close: () => context.close(),
  };
}
