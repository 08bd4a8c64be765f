import { describe, expect, it } from 'vitest';
import type { TestPage } from './extension-session';
import { ANALYSIS_TIMEOUT_MS, waitForHighlights, waitForPopup, type E2eContext } from './e2e-context';
import { readHighlights } from './page-probes';
import { SPEC_LONG_TASK_MS } from './long-task-checks';
import { contentScriptTasks } from './task-trace';
import { sendCommand } from './reader-checks';
import { readOverlay, readServedHtml, serializeBody } from './reader-probes';
import { waitUntil } from './wait-until';

/** The extension APIs the probes below call (`browser` in Firefox, `chrome` in Chromium). */
type ExtensionApi = {
  tabs: { sendMessage(tabId: number, message: unknown, options: object): Promise<unknown> };
  storage: { session: { set(items: Record<string, unknown>): Promise<void> } };
};

/**
 * The longest gap between the page's own timer ticks after load beyond which the page counts as
 * frozen for a reader. It includes the browser's own rendering work, which ClaimLens cannot slice:
 * when the highlight rules arrive, Chromium recomputes every element's style and repaints (about
 * 60–140 ms, then up to 80 ms, on these pages). ClaimLens's own tasks are held to 50 ms separately,
 * through the trace, below.
 */
const FREEZE_MS = 400;

function heartbeatMaxGap(): number {
  return (window as unknown as { heartbeatMaxGap(): number }).heartbeatMaxGap();
}

/** Computed styles of an element that a highlight style would change. */
function readMarkStyle(id: string): string {
  const style = getComputedStyle(document.getElementById(id)!);
  return [style.backgroundColor, style.textDecorationLine, style.textDecorationStyle, style.color, style.outlineStyle].join(' | ');
}

/** True when no range registered in CSS.highlights starts or ends inside `selector`. */
function noRangeInside(selector: string): boolean {
  const scope = document.querySelector(selector)!;
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  for (const [, highlight] of registry ?? []) {
    for (const range of highlight) if (scope.contains(range.startContainer) || scope.contains(range.endContainer)) return false;
  }
  return true;
}

async function withPage(ctx: E2eContext, path: string, body: (page: TestPage) => Promise<void>): Promise<void> {
  const page = await ctx.session.openPage(ctx.url(path));
  try {
    await body(page);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** "The page is the reader's": huge pages, editors, frameworks, hostile pages and damaged storage. */
export function describePageOwnership(ctx: () => E2eContext): void {
  describe('the page is the reader’s', () => {
    it.for([
      ['a 5 MB page of text', '/generated/big-text.html'],
      ['a 50,000-node page', '/generated/many-nodes.html'],
    ])('highlights %s without freezing it', async ([name, path]) => {
      const { session, url } = ctx();
      // Chromium: traced, so each task the content script runs in can be held to the spec's 50 ms.
      const traced = session.openTracedPage ? await session.openTracedPage(url(path)) : { page: await session.openPage(url(path)), stop: undefined };
      try {
        await waitForHighlights(traced.page, 'body', (r) => r.ranges > 0, `highlights on ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 1000)); // the paint that follows, inside the measure
        const gap = await traced.page.evaluate(heartbeatMaxGap, undefined);
        const tasks = traced.stop ? contentScriptTasks(await traced.stop(), session.extensionOrigin) : [];
        const longest = Math.max(0, ...tasks.map((t) => t.ms));
        console.info(`${session.browserName} ${name}: longest gap between page timer ticks after load ${gap.toFixed(0)} ms` +
          (traced.stop ? `; longest content-script task ${longest.toFixed(1)} ms of ${tasks.length}` : ''));
        expect(gap, 'longest main-thread gap after load').toBeLessThan(FREEZE_MS);
        expect(longest, 'longest task the content script ran in').toBeLessThanOrEqual(SPEC_LONG_TASK_MS);
      } finally {
        await traced.page.close();
      }
    });

    it('shows the first highlights on a 3,000-word article within a second of the page loading', async () => {
      await withPage(ctx(), '/generated/long-article.html', async (page) => {
        await waitForHighlights(page, 'body', (r) => r.ranges > 0, 'highlights on the long article');
        const words = await page.evaluate(() => (document.querySelector('article')?.textContent ?? '').split(/\s+/).length, undefined);
        const ms = await page.evaluate(() => (window as unknown as { firstHighlightMs: number }).firstHighlightMs, undefined);
        console.info(`${ctx().browserName} ${words}-word article: first highlights ${ms.toFixed(0)} ms after load`);
        expect(words).toBeGreaterThanOrEqual(3000);
        expect(ms, 'ms from load to the first highlight').toBeLessThan(1000);
      });
    });

    it("declines the story's page when its metadata dates it years before the story, and says why", async () => {
      await withPage(ctx(), '/generated/plain.html', (page) => waitForHighlights(page, 'body', (r) => r.ranges > 0, 'highlights on the same page undated').then(() => undefined));
      await withPage(ctx(), '/generated/dated-2021.html', async (page) => {
        const popup = await ctx().session.openPopup(await ctx().session.tabIdOf(page));
        try {
          expect((await waitForPopup(popup)).onTopic, 'the page dated 2021').toBe('false');
          expect(await popup.evaluate(() => document.body.textContent ?? '', undefined)).toContain('the page is dated 2021-09-03');
          expect((await page.evaluate(readHighlights, 'body')).ranges).toBe(0);
        } finally {
          await popup.close();
        }
      });
    });

    it('neither reads nor marks an article inside an editor', async () => {
      await withPage(ctx(), '/generated/editable.html', async (page) => {
        const tabId = await ctx().session.tabIdOf(page);
        const popup = await ctx().session.openPopup(tabId);
        try {
          const report = await waitForPopup(popup);
          expect(report.onTopic, 'the page without its editor is not about the story').toBe('false');
        } finally {
          await popup.close();
        }
        expect(await page.evaluate(noRangeInside, '#editor')).toBe(true);
        expect(await page.evaluate(readOverlay, undefined)).toMatchObject({ hosts: 0 });
        const served = await page.evaluate(readServedHtml, undefined);
        expect(await page.evaluate(serializeBody, undefined)).toBe(await page.evaluate(serializeBody, served));
      });
    });

    it('follows a framework that re-renders the text: highlights on the new text, none left on the old', async () => {
      await withPage(ctx(), '/generated/framework.html', async (page) => {
        const before = await waitForHighlights(page, 'body', (r) => r.ranges > 0, 'highlights before the re-render');
        await waitUntil('the page to re-render', () => page.evaluate(() => document.body.dataset.rerendered === 'yes', undefined));
        const after = await waitForHighlights(
          page, 'body', (r) => r.ranges >= before.ranges && r.stale === 0 && r.texts.every((t) => t.trim().length > 0),
          'the same highlights on the re-rendered text',
        );
        const text = await page.evaluate(() => document.body.textContent ?? '', undefined);
        for (const quote of after.texts) expect(text, 'every highlight is on text the page shows').toContain(quote);
        expect(text.split('The entry permits are good for one day only').length - 1, 'the article text appears once').toBe(1);
      });
    });

    it('cannot be spoofed or broken by the page: its marks, our old element names, *{all:unset}', async () => {
      await withPage(ctx(), '/generated/spoof.html', async (page) => {
        await waitForHighlights(page, 'body', (r) => r.ranges > 0, 'highlights on the hostile page');
        expect(await page.evaluate(readMarkStyle, 'fake-mark'), 'a page mark named like ours looks like any page mark')
          .toBe(await page.evaluate(readMarkStyle, 'plain-mark'));
        const tabId = await ctx().session.tabIdOf(page);
        await sendCommand(ctx().session, tabId, 'next');
        const overlay = await page.evaluate(readOverlay, undefined);
        expect(overlay, 'the card opens in its own box, out of the page flow').toMatchObject({ hosts: 1, cardShown: true, cardCoversCurrent: false });
        await ctx().screenshot(page, 'spoof-page-card');
        await sendCommand(ctx().session, tabId, 'toggle');
        await waitUntil('everything of ours to go', async () => (await page.evaluate(readOverlay, undefined)).hosts === 0);
        expect(await page.evaluate(readHighlights, 'body')).toMatchObject({ ranges: 0, stale: 0 });
        expect(await page.evaluate(() => document.querySelectorAll('#fake-mark, #fake-card').length, undefined)).toBe(2);
        if (ctx().browserName === 'chromium') {
          // The reader is web-accessible under a per-session URL only: the page cannot load it by the extension's id.
          const probe = await page.evaluate((url) => fetch(url).then(() => 'loaded', () => 'refused'), `${ctx().session.extensionOrigin}/reader.js`);
          expect(probe, 'a page loading reader.js by the fixed extension id').toBe('refused');
        }
      });
    });

    it('shows a clear state, never a crash, whatever storage holds for the tab', async () => {
      const { session, pages, url } = ctx();
      const page = await session.openPage(url(pages.onTopic.urlPath));
      try {
        await waitForHighlights(page, 'body', (r) => r.ranges > 0, 'highlights');
        const tabId = await session.tabIdOf(page);
        const damaged: unknown[] = [
          null, 42, 'analysed', [], { kind: 'analysed' }, { kind: 'analysed', url: 'x', analysis: {} },
          { kind: 'analysed', url: 'x', forced: false, highlightsVisible: true, analysis: { topic: null, matches: [] } },
          { kind: 'declined', url: 'x', topic: { onTopic: 'no' } }, { kind: 'from-the-future', url: 'x' },
          { kind: 'analysed', url: 'x', forced: false, highlightsVisible: true, analysis: { topic: { onTopic: true, score: 1, threshold: 1, signals: [], missing: [] }, matches: [{ start: 'a' }], conflicts: [], sourceDisagreements: [], sources: [], stats: { sentences: 1, ms: 1 } } },
        ];
        for (const value of damaged) {
          await session.evaluateInExtension(
            ({ key, stored }) => {
              const api = (globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
              return api.storage.session.set({ [key]: stored });
            },
            { key: `tab-report:${tabId}`, stored: value },
          );
          const popup = await session.openPopup(tabId);
          try {
            const report = await waitForPopup(popup);
            expect(report.onTopic, `popup with ${JSON.stringify(value).slice(0, 80)} stored`).toBe('true');
          } finally {
            await popup.close();
          }
        }
      } finally {
        await page.close();
      }
    }, ANALYSIS_TIMEOUT_MS * 4);
  });
}
