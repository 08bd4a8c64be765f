import { describe, expect, it } from 'vitest';
import type { TestPage } from './extension-session';
import { waitForBadge, waitForHighlights, waitForPopup, type E2eContext } from './e2e-context';
import { readHighlights, readShownArticle, type HighlightReport } from './page-probes';
import { waitUntil } from './wait-until';

const painted = (report: HighlightReport) => report.marks + report.ranges;
/** A badge that leads with a count of matches; the product may append a marker (e.g. "11!" when it found conflicts). */
const POSITIVE_COUNT = /^[1-9]\d*(\D|$)/;

/** Closes pages even when an assertion failed, so one failure does not slow the rest of the suite. */
async function withPages(pages: TestPage[], body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } finally {
    await Promise.all(pages.map((page) => page.close().catch(() => undefined)));
  }
}

/** Screenshots a page whether or not what follows passes: a failing run's pictures are the most useful. */
async function shootAfter<T>(ctx: E2eContext, page: TestPage, name: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } finally {
    await ctx.screenshot(page, name).catch(() => undefined);
  }
}

/**
 * What the product must do on real pages, through its test hooks: `mark[data-claimlens]` or
 * `CSS.highlights` in the page, the toolbar badge, and the popup's `data-testid` elements.
 */
export function describeProductBehaviour(ctx: () => E2eContext): void {
  describe('on pages', () => {
    it('highlights an on-topic article, counts it on the badge and lists its matches in the popup', async () => {
      const { session, pages, url } = ctx();
      const page = await session.openPage(url(pages.onTopic.urlPath));
      await withPages([page], async () => {
        await shootAfter(ctx(), page, 'highlighted-page', () =>
          waitForHighlights(page, 'body', (r) => painted(r) > 0, `highlights on ${pages.onTopic.name}`),
        );
        const tabId = await session.tabIdOf(page);
        const badge = await waitForBadge(session, tabId, (text) => POSITIVE_COUNT.test(text));
        if (badge === undefined) console.info(`${session.browserName}: the badge cannot be read here; badge check skipped`);
        const popup = await session.openPopup(tabId);
        await withPages([popup], async () => {
          const planted = pages.onTopic.plantedConflicts > 0;
          const report = await shootAfter(ctx(), popup, 'popup', () =>
            waitForPopup(popup, (r) => r.onTopic === 'true' && r.matches > 0 && (!planted || r.conflictsWithFacet > 0)),
          );
          expect(report.onTopic).toBe('true');
          expect(report.matches).toBeGreaterThan(0);
          if (planted) expect(report.conflictsWithFacet, `${pages.onTopic.name} plants conflicts`).toBeGreaterThan(0);
        });
      });
    });

    it('leaves a near-miss article alone: no highlights, an empty badge, an off-topic popup', async () => {
      const { session, pages, url } = ctx();
      const page = await session.openPage(url(pages.nearMiss.urlPath));
      const tabId = await session.tabIdOf(page);
      const popup = await session.openPopup(tabId);
      await withPages([page, popup], async () => {
        const report = await shootAfter(ctx(), popup, 'near-miss-popup', () => waitForPopup(popup));
        expect(report.onTopic).toBe('false');
        expect(painted(await page.evaluate(readHighlights, 'body'))).toBe(0);
        const badge = await session.badgeText(tabId);
        if (badge === undefined) console.info(`${session.browserName}: the badge cannot be read here; badge check skipped`);
        else expect(badge).toBe('');
      });
    });

    it('analyses again after in-page navigation to another article', async () => {
      const { session, pages, url } = ctx();
      const first = pages.onTopic.urlPath;
      const second = pages.otherOnTopic.urlPath;
      const page = await session.openPage(url(`/e2e/spa.html?${new URLSearchParams({ show: first, next: second })}`));
      await withPages([page], async () => {
        await waitForHighlights(page, '#story', (r) => painted(r) > 0, `highlights on the first article (${first})`);
        await page.evaluate(() => document.getElementById('next')!.click(), undefined);
        await waitUntil('the test site to show the second article', async () => (await page.evaluate(readShownArticle, undefined)) === second);
        const after = await shootAfter(ctx(), page, 'after-navigation', () =>
          waitForHighlights(page, '#story', (r) => painted(r) > 0 && r.stale === 0, `highlights on the second article (${second})`),
        );
        expect(after.stale, 'highlights left over from the first article').toBe(0);
      });
    });

    it('picks up article text inserted after the page has loaded', async () => {
      const { session, pages, url } = ctx();
      const article = pages.onTopic.urlPath;
      const page = await session.openPage(url(`/e2e/late.html?${new URLSearchParams({ show: article })}`));
      await withPages([page], async () => {
        await waitUntil('the late article to arrive', async () => (await page.evaluate(readShownArticle, undefined)) === article);
        const report = await waitForHighlights(page, '#story', (r) => painted(r) > 0, 'highlights on the late article');
        expect(painted(report)).toBeGreaterThan(0);
      });
    });
  });
}
