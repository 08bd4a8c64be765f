import path from 'node:path';
import puppeteer, { type Browser, type WebWorker } from 'puppeteer-core';
import { quietChromiumArgs } from './launch-chromium';

/** What the real toolbar popup looked like: its window, its content and its summary line. */
export interface RealPopupReading {
  windowWidth: number;
  bodyWidth: number;
  contentHeight: number;
  summary: string | null;
}

/** The service worker of the ClaimLens extension, among the browser's. */
async function claimLensWorker(browser: Browser): Promise<WebWorker> {
  for (let tries = 0; tries < 75; tries++) {
    for (const target of browser.targets().filter((t) => t.type() === 'service_worker')) {
      const worker = await target.worker();
      const name = await worker?.evaluate('globalThis.chrome?.runtime?.getManifest?.().name').catch(() => undefined);
      if (worker && name === 'ClaimLens') return worker;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the ClaimLens service worker never started');
}

/**
 * Opens Chromium's real toolbar popup (`chrome.action.openPopup()`, which Playwright cannot reach) for a
 * page and reads it. A popup opened as a tab has the window the test gives it; the real one is sized by
 * the browser from the popup's own CSS, which is what this checks.
 */
export async function readRealChromiumPopup(pageUrl: string, proxyPort: number, screenshot?: string): Promise<RealPopupReading> {
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    pipe: true,
    enableExtensions: [path.resolve('.output/chrome-mv3')],
    args: quietChromiumArgs(proxyPort),
  });
  try {
    const page = await browser.newPage();
    await page.goto(pageUrl, { waitUntil: 'load' });
    // ClaimLens's own worker: Chromium starts service workers of its own component extensions too, some
    // also named background.js, so each is asked for its manifest's name.
    const worker = await claimLensWorker(browser);
    await page.bringToFront();
    // The summary needs the page's report: wait for the badge, then open the popup.
    const badge = () => worker.evaluate('chrome.tabs.query({ active: true }).then(([t]) => chrome.action.getBadgeText({ tabId: t.id }))') as Promise<string>;
    for (let i = 0; i < 75 && !(await badge()); i++) await new Promise((resolve) => setTimeout(resolve, 200));
    await worker.evaluate('chrome.action.openPopup()');
    const popup = await (await browser.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 15_000 })).asPage();
    await popup.waitForSelector('[data-testid="summary"]', { timeout: 15_000 });
    const reading = await popup.evaluate(() => ({
      windowWidth: innerWidth,
      bodyWidth: Math.round(document.body.getBoundingClientRect().width),
      contentHeight: document.body.scrollHeight,
      summary: document.querySelector('[data-testid="summary"]')?.textContent ?? null,
    }));
    if (screenshot) await popup.screenshot({ path: screenshot as `${string}.png` });
    return reading;
  } finally {
    await browser.close();
  }
}
