import { describe, expect, it } from 'vitest';
import type { TestPage } from './extension-session';
import { ANALYSIS_TIMEOUT_MS, waitForHighlights, waitForPopup, type E2eContext } from './e2e-context';
import { readBlockBoxes, readBodyBackground, readBodyShape, readFocus, readServedHtml, type FocusReport } from './reader-probes';
import { waitUntil } from './wait-until';

/** Tab presses allowed to reach the first highlight past the site's header links. */
const MAX_TABS = 150;
/** The popup's dark background (`--bg` in popup.css under prefers-color-scheme: dark). */
const DARK_BACKGROUND = 'rgb(15, 23, 42)';

async function pressUntil(page: TestPage, keys: string, limit: number, done: (focus: FocusReport) => boolean): Promise<FocusReport> {
  let focus = await page.evaluate(readFocus, undefined);
  for (let i = 0; i < limit && !done(focus); i++) {
    await page.press(keys);
    focus = await page.evaluate(readFocus, undefined);
  }
  return focus;
}

/** The first entry where two body shapes differ, as "served → live", or undefined when they are the same. */
function firstDifference(served: string[], live: string[]): string | undefined {
  const at = served.findIndex((entry, i) => entry !== live[i]);
  if (at === -1) return served.length === live.length ? undefined : `extra nodes from ${JSON.stringify(live[served.length])}`;
  return `at node ${at}: ${JSON.stringify(served[at])} → ${JSON.stringify(live[at])}`;
}

/** What a reader meets on the page and in the popup: keyboard use, the card, no layout shift, a clean removal, dark mode. */
export function describeReaderExperience(ctx: () => E2eContext): void {
  describe('for the reader', () => {
    it('moves nothing on the page, opens the card from the keyboard, and hides highlights without a trace', async () => {
      const { session, pages, url } = ctx();
      const page = await session.openPage(url(pages.onTopic.urlPath));
      try {
        await waitForHighlights(page, 'body', (r) => r.marks + r.ranges > 0, `highlights on ${pages.onTopic.name}`);
        const served = await page.evaluate(readServedHtml, undefined);
        const boxesShown = await page.evaluate(readBlockBoxes, 'body');

        await page.bringToFront();
        const tabbed = await pressUntil(page, 'Tab', MAX_TABS, (f) => f.relation !== null);
        expect(tabbed, 'Tab reaches a highlight and opens its card').toMatchObject({ expanded: 'true', cardShown: true, cardCoversFocus: false });
        const onConflict = await pressUntil(page, 'Alt+Shift+KeyN', 30, (f) => f.relation === 'conflicts');
        expect(onConflict, 'Alt+Shift+N reaches a conflict').toMatchObject({ relation: 'conflicts', cardShown: true, cardCoversFocus: false });
        await ctx().screenshot(page, 'conflict-card');
        expect(await page.evaluate(readBlockBoxes, 'body'), 'the open card moves no text block').toEqual(boxesShown);
        await page.press('Escape');
        expect(await page.evaluate(readFocus, undefined)).toMatchObject({ cardShown: false, expanded: 'false' });

        await page.press('Alt+Shift+KeyH');
        const original = await page.evaluate(readBodyShape, served);
        let difference: string | undefined;
        await waitUntil(
          () => `Alt+Shift+H to give back the page's DOM as served; first difference ${difference}`,
          async () => (difference = firstDifference(original, await page.evaluate(readBodyShape, undefined))) === undefined,
          ANALYSIS_TIMEOUT_MS,
        );
        expect(await page.evaluate(readBlockBoxes, 'body'), 'highlights moved text blocks').toEqual(boxesShown);
        await page.press('Alt+Shift+KeyH');
        await waitForHighlights(page, 'body', (r) => r.marks + r.ranges > 0, 'highlights shown again with Alt+Shift+H');
      } finally {
        await page.close();
      }
    });

    it('shows the popup in the dark theme when the system asks for it', async ({ skip }) => {
      const { session, pages, url } = ctx();
      // Puppeteer emulates media features over CDP only, which Firefox no longer speaks.
      if (session.browserName !== 'chromium') skip();
      const page = await session.openPage(url(pages.onTopic.urlPath));
      const tabId = await session.tabIdOf(page);
      const popup = await session.openPopup(tabId, { colorScheme: 'dark' });
      try {
        await waitForPopup(popup, (r) => r.matches > 0);
        await ctx().screenshot(popup, 'popup-dark');
        expect(await popup.evaluate(readBodyBackground, undefined)).toBe(DARK_BACKGROUND);
      } finally {
        await Promise.all([popup.close(), page.close()]);
      }
    });
  });
}
