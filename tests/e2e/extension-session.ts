import type { RequestWatcher } from './request-watcher';
import type { TraceEvent } from './task-trace';

/** The browsers the e2e suite drives. */
export type BrowserName = 'chromium' | 'firefox';

/**
 * A tab, the same shape for Playwright (Chromium) and Puppeteer (Firefox): just what the tests use.
 * `evaluate` runs in the page's own world; for an extension page that world has `chrome` / `browser`.
 */
export interface TestPage {
  url(): string;
  /** Makes this the active tab of its window. */
  bringToFront(): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Saves a PNG of the page (or of its body where the browser cannot shoot the viewport). */
  screenshot(file: string): Promise<void>;
  /** Presses a key or a chord such as `Alt+Shift+KeyH` (key names as in KeyboardEvent.code / .key). */
  press(keys: string): Promise<void>;
  /** Clicks at a point of the viewport, in CSS pixels. */
  click(x: number, y: number): Promise<void>;
  /**
   * Test-only: through the driver (CDP in Chromium, WebDriver BiDi in Firefox), which sees closed shadow
   * roots, makes each closed shadow root of `<html>`'s children readable from the page's world as its
   * host's `shadowRoot`, so that axe can check ClaimLens's overlay. The extension's own world and the
   * root's mode are untouched. Returns how many roots it revealed.
   */
  revealClosedShadowRoots(): Promise<number>;
  close(): Promise<void>;
}

/** A browser with the built extension loaded. */
export interface ExtensionSession {
  browserName: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  extensionOrigin: string;
  /** Every request the browser made since launch. */
  requests: RequestWatcher;
  /** Opens a new tab at `url` and waits for its load event. */
  openPage(url: string): Promise<TestPage>;
  /**
   * Opens `popup.html?tabId=<tabId>` as a tab of its own (a popup opened as a tab would otherwise describe itself).
   * `colorScheme` emulates the system's light or dark preference where the driver can; `width` sets the
   * window's width where it can (Chromium; 420 px otherwise, about the real popup's).
   */
  openPopup(tabId: number, options?: { colorScheme?: 'light' | 'dark'; width?: number }): Promise<TestPage>;
  /**
   * Chromium only: opens `url` with the main thread traced from before navigation, so tasks can be
   * attributed to the content script. `stop` ends the trace and returns its events.
   */
  openTracedPage?(url: string): Promise<{ page: TestPage; stop(): Promise<TraceEvent[]> }>;
  /**
   * The extension's tab id of a page. Found as the active tab after bringing the page to the front: the
   * extension has neither the "tabs" permission nor host permissions, so `tabs.query` does not reveal URLs.
   */
  tabIdOf(page: TestPage): Promise<number>;
  /** The toolbar badge text for a tab, or undefined where this browser gives the test no way to read it. */
  badgeText(tabId: number): Promise<string | undefined>;
  /**
   * Chromium only: stops the MV3 service worker, as Chrome does to an idle one. Afterwards the
   * session's probes that run in the worker (`tabIdOf`, `badgeText`, `evaluateInExtension`) no longer work.
   */
  stopBackground?(): Promise<void>;
  /** True when the background (MV3 service worker / MV2 background page) is running. */
  backgroundIsRunning(): Promise<boolean>;
  /** Runs `fn` in an extension page, to reach extension APIs (e.g. to check the request watcher). */
  evaluateInExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** Starts a browser with the extension; the request watcher is created by the caller so it outlives a failed launch. */
export type LaunchExtensionBrowser = (requests: RequestWatcher) => Promise<ExtensionSession>;
