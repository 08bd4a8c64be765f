import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserName, LaunchExtensionBrowser } from './extension-session';
import { useE2eContext, waitForHighlights } from './e2e-context';
import { describeProductBehaviour } from './product-checks';
import { describeReaderExperience } from './reader-checks';
import { describeLongTaskChecks } from './long-task-checks';
import { describePageOwnership } from './page-ownership-checks';

/** A host that does not exist: the watcher self-check asks for it on purpose. */
export const SELF_CHECK_URL = 'http://watch-check.claimlens.invalid/';

/** A PNG smaller than this is blank or broken. */
const MIN_SCREENSHOT_BYTES = 500;

/**
 * The whole browser suite for one browser: first the harness (the built extension loads, its background
 * runs, its popup opens for a given tab, the request watcher sees outside requests, screenshots are saved),
 * then the product's behaviour on real pages.
 */
export function describeClaimLensIn(browserName: BrowserName, launch: LaunchExtensionBrowser): void {
  describe(`ClaimLens built for ${browserName}`, () => {
    const ctx = useE2eContext(browserName, launch);

    describe('harness', () => {
      it('loads the extension and finds its running background', async () => {
        expect(ctx().session.extensionOrigin).toMatch(/^(chrome|moz)-extension:\/\/[a-z0-9-]+$/);
        expect(await ctx().session.backgroundIsRunning()).toBe(true);
      });

      it('sees a request to another host made from inside the extension', async () => {
        await ctx().session.evaluateInExtension((url) => fetch(url).then(() => 'answered', () => 'refused'), SELF_CHECK_URL);
        expect(ctx().requests.foreign()).toContain(SELF_CHECK_URL);
      });

      it('opens the popup as a page for a given tab and saves screenshots', async () => {
        const { session, pages, url } = ctx();
        const page = await session.openPage(url(pages.nearMiss.urlPath));
        const tabId = await session.tabIdOf(page);
        const popup = await session.openPopup(tabId);
        try {
          const search = await popup.evaluate(() => location.search, undefined);
          expect(new URLSearchParams(search).get('tabId')).toBe(String(tabId));
          expect(await popup.evaluate(() => (document.body.textContent ?? '').trim().length, undefined)).toBeGreaterThan(0);
          for (const [shot, name] of [[popup, 'harness-popup'], [page, 'harness-page']] as const) {
            expect(statSync(await ctx().screenshot(shot, name)).size).toBeGreaterThan(MIN_SCREENSHOT_BYTES);
          }
        } finally {
          await popup.close();
          await page.close();
        }
      });
    });

    describeProductBehaviour(ctx);
    describeReaderExperience(ctx);
    // Costs first, before the huge pages load this browser.
    describeLongTaskChecks(ctx);
    describePageOwnership(ctx);

    describe('the MV3 service worker', () => {
      // Last but one: the session's worker probes are gone once the worker is stopped.
      it('is started again by a page about the story after Chrome stopped it, and the page is highlighted', async ({ skip }) => {
        const { session, pages, url } = ctx();
        if (!session.stopBackground) return skip();
        await session.stopBackground();
        const page = await session.openPage(url(pages.otherOnTopic.urlPath));
        try {
          const report = await waitForHighlights(page, 'body', (r) => r.ranges > 0, 'highlights after the worker was stopped');
          expect(report.ranges).toBeGreaterThan(0);
        } finally {
          await page.close();
        }
      });
    });

    describe('privacy', () => {
      // Last, so it covers every page the suite opened. The self-check's own request is the one allowed exception.
      it('makes no network request except to the local test server', () => {
        const outside = ctx().requests.foreign().filter((url) => url !== SELF_CHECK_URL);
        expect(outside, 'requests to hosts other than 127.0.0.1').toEqual([]);
      });
    });
  });
}
