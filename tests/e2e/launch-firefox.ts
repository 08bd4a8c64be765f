import path from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import type { ExtensionSession, LaunchExtensionBrowser, TestPage } from './extension-session';
import type { RequestWatcher } from './request-watcher';
import { waitUntil } from './wait-until';

const EXTENSION_DIR = path.resolve('.output/firefox-mv2');
/** As in wxt.config.ts. */
const GECKO_ID = 'claimlens@claimlens.example';
/** Pinned through a pref so the test knows the moz-extension:// origin before the add-on is installed. */
const FIXED_UUID = '5c1a1e25-0e2e-4c1a-9e2e-c1a1e25e2e00';
const EXTENSION_ORIGIN = `moz-extension://${FIXED_UUID}`;

/** The subset of the `browser` namespace the extension-page probes call. */
interface BrowserProbe {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  browserAction?: { getBadgeText(details: { tabId: number }): Promise<string> };
  action?: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { getBackgroundPage(): Promise<unknown> };
}
/** An extension page's `browser`; written inline in each probe because probes are serialised into the page. */
type BrowserScope = { browser: BrowserProbe };

function firefoxPrefs(proxyPort: number): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
    // Everything but 127.0.0.1 goes to the recording proxy, so any outside request is seen and refused.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
    // Firefox's own remote-settings sync; release builds honour this override only with
    // MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in the environment (set at launch below).
    'services.settings.server': 'http://127.0.0.1:9/dummy/blocklist/',
    // Firefox's own captive-portal and connectivity checks (detectportal.firefox.com).
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
  };
}

function wrapPage(page: Page): TestPage {
  return {
    url: () => page.url(),
    bringToFront: () => page.bringToFront(),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => Promise<R>, arg) as Promise<R>,
    // Firefox over BiDi cannot resize the viewport (setViewport fails), so shoot the body element.
    screenshot: async (file) => {
      const body = await page.waitForSelector('body', { timeout: 10_000 });
      await body!.screenshot({ path: file as `${string}.png` });
    },
    press: async (keys) => {
      // Puppeteer presses one key at a time: hold the modifiers of a chord, then release them.
      const parts = keys.split('+') as KeyInput[];
      const key = parts.pop()!;
      for (const modifier of parts) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
    },
    click: (x, y) => page.mouse.click(x, y),
    revealClosedShadowRoots: () => revealClosedShadowRoots(page),
    close: () => page.close(),
  };
}

/** The WebDriver BiDi realm under Puppeteer's main frame (not in Puppeteer's public types). */
interface BidiRealm {
  callFunction(declaration: string, awaitPromise: boolean, options: object): Promise<{ result: BidiValue }>;
}
interface BidiValue {
  type: string;
  sharedId?: string;
  value?: BidiValue[] | { shadowRoot?: BidiValue | null; mode?: string };
}

/**
 * See `TestPage.revealClosedShadowRoots`: BiDi serialises closed shadow roots when asked to
 * (`includeShadowTree: 'all'`), and a serialised node can be handed back to a function by its shared id.
 */
async function revealClosedShadowRoots(page: Page): Promise<number> {
  const realm = (page.mainFrame() as unknown as { mainRealm(): { realm: BidiRealm } }).mainRealm().realm;
  const { result: hosts } = await realm.callFunction('() => [...document.documentElement.children]', false, {
    serializationOptions: { maxDomDepth: 0, maxObjectDepth: 1, includeShadowTree: 'all' },
    resultOwnership: 'none',
  });
  let revealed = 0;
  for (const host of Array.isArray(hosts.value) ? hosts.value : []) {
    const shadow = !Array.isArray(host.value) ? host.value?.shadowRoot : undefined;
    if (!shadow?.sharedId || !host.sharedId) continue;
    const mode = !Array.isArray(shadow.value) ? shadow.value?.mode : undefined;
    if (mode !== 'closed') continue;
    await realm.callFunction(
      '(host, root) => { Object.defineProperty(host, "shadowRoot", { configurable: true, get: () => root }); }',
      false,
      { arguments: [{ sharedId: host.sharedId }, { sharedId: shadow.sharedId }], resultOwnership: 'none' },
    );
    revealed++;
  }
  return revealed;
}

/**
 * Navigates to an extension page. Over BiDi its load event never arrives and `page.url()` keeps saying
 * about:blank, so ask the page itself where it is and whether it has finished loading.
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url).catch(() => undefined);
  await waitUntil(`${url} to open`, () =>
    page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url),
  );
}

function wrapExtensionPage(page: Page, url: string): TestPage {
  return { ...wrapPage(page), url: () => url };
}

/** Options of a Firefox session: `dark` starts it with the system's dark theme (Firefox cannot emulate it later). */
export interface FirefoxOptions {
  dark?: boolean;
}

/** Content and extension pages see `prefers-color-scheme: dark`. */
const DARK_PREFS = { 'layout.css.prefers-color-scheme.content-override': 0, 'ui.systemUsesDarkTheme': 1 };

async function launchFirefoxWithExtension(requests: RequestWatcher, options: FirefoxOptions): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'], // Firefox 153 refuses moz-extension:// navigation without it
    extraPrefsFirefox: { ...firefoxPrefs(requests.proxyPort), ...(options.dark ? DARK_PREFS : {}) },
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
  await browser.installExtension(EXTENSION_DIR); // a temporary add-on
  return browser;
}

/** The session's ways into extension APIs, all through one extension page kept open for the purpose. */
function extensionPageProbes(probe: Page): Pick<ExtensionSession, 'tabIdOf' | 'badgeText' | 'backgroundIsRunning' | 'evaluateInExtension'> {
  return {
    tabIdOf: async (page) => {
      await page.bringToFront();
      const tabs = await probe.evaluate(() =>
        (globalThis as unknown as BrowserScope).browser.tabs.query({ active: true, lastFocusedWindow: true }),
      );
      if (tabs.length !== 1 || tabs[0].id === undefined) throw new Error(`expected one active tab, got ${JSON.stringify(tabs)}`);
      return tabs[0].id;
    },
    badgeText: (tabId) =>
      probe.evaluate(async (id) => {
        const api = (globalThis as unknown as BrowserScope).browser;
        const badge = api.action ?? api.browserAction;
        return badge ? badge.getBadgeText({ tabId: id }) : undefined;
      }, tabId),
    backgroundIsRunning: async () =>
      probe.evaluate(async () => Boolean(await (globalThis as unknown as BrowserScope).browser.runtime.getBackgroundPage())),
    evaluateInExtension: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      probe.evaluate(fn as (arg: unknown) => Promise<R>, arg) as Promise<R>,
  };
}

/** Launches Debian's Firefox ESR headless over WebDriver BiDi with the built MV2 extension. */
export const launchFirefox = async (requests: RequestWatcher, options: FirefoxOptions = {}): ReturnType<LaunchExtensionBrowser> => {
  const browser = await launchFirefoxWithExtension(requests, options);
  const newPage = async () => {
    const page = await browser.newPage();
    page.on('request', (request) => requests.record(request.url()));
    return page;
  };
  const probe = await newPage();
  await gotoExtensionPage(probe, `${EXTENSION_ORIGIN}/popup.html?probe`);
  return {
    browserName: 'firefox',
    extensionOrigin: EXTENSION_ORIGIN,
    requests,
    openPage: async (url) => {
      const page = await newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrapPage(page);
    },
    // Colour-scheme emulation needs CDP, which Puppeteer cannot use with Firefox: `options` is ignored.
    openPopup: async (tabId) => {
      const page = await newPage();
      const url = `${EXTENSION_ORIGIN}/popup.html?tabId=${tabId}`;
      await gotoExtensionPage(page, url);
      return wrapExtensionPage(page, url);
    },
    ...extensionPageProbes(probe),
    close: () => browser.close(),
  };
};
