import { describe, expect, it } from 'vitest';
import type { ExtensionSession, TestPage } from './extension-session';
import { ANALYSIS_TIMEOUT_MS, waitForHighlights, waitForPopup, type E2eContext } from './e2e-context';
import { axeViolations } from './popup-view-checks';
import { describeFocus, readBlockBoxes, readBodyBackground, readCardTheme, readOverlay, readOverlayContrast, readServedHtml, sentencePoint, serializeBody, type OverlayReport } from './reader-probes';
import { waitUntil } from './wait-until';

/** The extension APIs the probes below call (`browser` in Firefox, `chrome` in Chromium). */
type ExtensionApi = {
  tabs: { sendMessage(tabId: number, message: unknown, options: object): Promise<unknown> };
  storage: { session: { set(items: Record<string, unknown>): Promise<void> } };
};

/** Tab presses allowed to reach the overlay's Tab stop (the last one of the page) past the site's links. */
const MAX_TABS = 200;
/** The popup's dark background (`--bg` in popup.css under prefers-color-scheme: dark). */
const DARK_BACKGROUND = 'rgb(15, 23, 42)';

/** Sends what a manifest command sends (the browser's own shortcut cannot be pressed from a test). */
export async function sendCommand(session: ExtensionSession, tabId: number, move: 'next' | 'previous' | 'toggle'): Promise<void> {
  await session.evaluateInExtension(
    ({ id, step }) => {
      const api = (globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      return api.tabs.sendMessage(id, { type: 'claimlens:navigate', move: step }, { frameId: 0 }).then(() => undefined);
    },
    { id: tabId, step: move },
  );
}

async function pressUntil(page: TestPage, keys: string, limit: number, done: (overlay: OverlayReport) => boolean): Promise<{ overlay: OverlayReport; before: string }> {
  let overlay = await page.evaluate(readOverlay, undefined);
  let before = await page.evaluate(describeFocus, undefined);
  for (let i = 0; i < limit && !done(overlay); i++) {
    before = await page.evaluate(describeFocus, undefined);
    await page.press(keys);
    overlay = await page.evaluate(readOverlay, undefined);
  }
  return { overlay, before };
}

/** What a reader meets on the page: the DOM as served, one Tab stop, the card, a clean removal, dark mode. */
export function describeReaderExperience(ctx: () => E2eContext): void {
  describe('for the reader', () => {
    it('leaves the body byte for byte as served, reaches highlights from one Tab stop, and hides without a trace', async () => {
      const { session, pages, url } = ctx();
      const page = await session.openPage(url(pages.onTopic.urlPath));
      try {
        await waitForHighlights(page, 'body', (r) => r.ranges > 0, `highlights on ${pages.onTopic.name}`);
        const served = await page.evaluate(readServedHtml, undefined);
        expect(await page.evaluate(serializeBody, undefined), 'the body with highlights showing').toBe(await page.evaluate(serializeBody, served));
        const boxesShown = await page.evaluate(readBlockBoxes, 'body');

        await page.bringToFront();
        const point = await page.evaluate(sentencePoint, 0);
        expect(point, 'a highlighted sentence on screen').not.toBeNull();
        await page.click(point!.x, point!.y);
        expect(await page.evaluate(readOverlay, undefined), 'a click on a sentence opens its card').toMatchObject({ current: 0, cardShown: true, cardCoversCurrent: false, focused: false });
        await page.press('Escape');
        expect(await page.evaluate(readOverlay, undefined), 'Escape closes it').toMatchObject({ cardShown: false });
        await page.evaluate(() => scrollTo(0, 0), undefined);

        const tabbed = await pressUntil(page, 'Tab', MAX_TABS, (o) => o.focused);
        expect(tabbed.overlay, 'Tab reaches the overlay, which opens the first card').toMatchObject({ focused: true, cardShown: true, cardCoversCurrent: false });
        const onConflict = await pressUntil(page, 'ArrowDown', 40, (o) => o.currentKind === 'conflicts');
        expect(onConflict.overlay, 'ArrowDown reaches a conflict').toMatchObject({ currentKind: 'conflicts', cardShown: true, cardCoversCurrent: false });
        await ctx().screenshot(page, 'conflict-card');
        expect(await page.evaluate(readBlockBoxes, 'body'), 'the open card moves no text block').toEqual(boxesShown);
        await page.press('Escape');
        expect(await page.evaluate(readOverlay, undefined)).toMatchObject({ cardShown: false, focused: true });

        await sendCommand(session, await session.tabIdOf(page), 'toggle');
        await waitUntil('the highlights and the overlay to go', async () => {
          const overlay = await page.evaluate(readOverlay, undefined);
          return overlay.hosts === 0 && overlay.sentences.length === 0;
        });
        expect(await page.evaluate(describeFocus, undefined), 'focus returns where it was').toBe(tabbed.before);
        // Chromium's autofill leaves `style=""` on a form field the keyboard passed through: not ClaimLens's doing.
        const afterKeyboard = (await page.evaluate(serializeBody, undefined)).replace(/ style=""/g, '');
        expect(afterKeyboard, 'the body after hiding').toBe(await page.evaluate(serializeBody, served));
        expect(await page.evaluate(readBlockBoxes, 'body'), 'highlights moved text blocks').toEqual(boxesShown);
        await sendCommand(session, await session.tabIdOf(page), 'toggle');
        await waitForHighlights(page, 'body', (r) => r.ranges > 0, 'highlights shown again by the toggle command');
      } finally {
        await page.close();
      }
    });

    it.for(['light', 'dark'] as const)('opens a conflict card that follows a %s page, passes axe and keeps AA text contrast', async (theme) => {
      const { session, pages, url } = ctx();
      const page = await session.openPage(url(theme === 'light' ? pages.onTopic.urlPath : '/generated/dark-article.html'));
      try {
        await waitForHighlights(page, 'body', (r) => r.ranges > 0, `highlights on the ${theme} page`);
        await page.bringToFront();
        await pressUntil(page, 'Tab', MAX_TABS, (o) => o.focused);
        const { overlay } = await pressUntil(page, 'ArrowDown', 40, (o) => o.currentKind === 'conflicts');
        expect(overlay, 'a conflict card is open').toMatchObject({ currentKind: 'conflicts', cardShown: true, cardCoversCurrent: false });
        expect(await page.revealClosedShadowRoots(), 'one closed shadow root: the overlay').toBe(1);
        expect(await page.evaluate(readCardTheme, undefined), 'the card follows the page').toBe(theme);
        await ctx().screenshot(page, `card-${theme}`);
        expect(await axeViolations(page, true), `axe on the card, ${theme} page`).toEqual([]);
        const contrast = await page.evaluate(readOverlayContrast, undefined);
        expect(contrast.ratio, `lowest text contrast in the overlay (WCAG AA 4.5), at ${contrast.where}`).toBeGreaterThanOrEqual(4.5);
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

export { ANALYSIS_TIMEOUT_MS };
