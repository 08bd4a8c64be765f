// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageEngine } from '@/src/extension/content/page-engine';
import { createPageSession } from '@/src/extension/content/page-session';
import type { PageReport } from '@/src/extension/messages';
import { DEFAULT_CONFIDENT_THRESHOLD } from '@/src/settings/defaults';
import { DEFAULT_SETTINGS, type Settings } from '@/src/extension/settings';
import { OFF_TOPIC, ON_TOPIC, SAMPLE_ANALYSIS, SAMPLE_ARTICLE, SAMPLE_SENTENCES } from '../popup/sample-analysis';
import { SAMPLE_INDEX } from '../popup/sample-index';
import { build, serialize, shapeOf } from './dom-shape';

/** A fake engine: on topic when the page mentions the Taliban, and always the sample analysis. */
function fakeEngine(): PageEngine & { analyzeArticleInSteps: ReturnType<typeof vi.fn> } {
  return {
    loadIndex: () => SAMPLE_INDEX,
    loadStory: () => SAMPLE_INDEX.story,
    detectTopic: (_title, text) => (text.includes('Taliban') ? ON_TOPIC : OFF_TOPIC),
    extractArticle: () => SAMPLE_ARTICLE,
    // Two steps, as the real engine yields between chunks of sentences.
    analyzeArticleInSteps: vi.fn(function* (_article, _index, options) {
      yield;
      return { ...SAMPLE_ANALYSIS, topic: options?.force ? OFF_TOPIC : ON_TOPIC };
    }),
  };
}

function articlePage() {
  build(
    document.body,
    ['h1', {}, SAMPLE_SENTENCES.headline],
    ['p', {}, `${SAMPLE_SENTENCES.date} `, ['b', {}, 'Belgium'], SAMPLE_SENTENCES.visas.slice('Belgium'.length)],
    ['p', {}, `${SAMPLE_SENTENCES.returns} ${SAMPLE_SENTENCES.technical}`],
  );
}

let ctx: ContentScriptContext;
let reports: PageReport[];
const start = (engine: PageEngine, settings: Settings = DEFAULT_SETTINGS) =>
  createPageSession({ ctx, doc: document, engine, settings, publish: (r) => reports.push(r) });
const marks = () => [...document.querySelectorAll<HTMLElement>('mark[data-claimlens]')];

beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('content');
  reports = [];
});
afterEach(() => {
  ctx.abort();
  document.body.replaceChildren();
});

describe('page session', () => {
  it('highlights the confident matches of an on-topic page and reports the analysis', async () => {
    articlePage();
    await start(fakeEngine()).scan();
    expect(reports.at(-1)).toMatchObject({ kind: 'analysed', forced: false, highlightsVisible: true });
    const anchors = marks().filter((m) => m.tabIndex === 0);
    expect(anchors.map((m) => m.dataset.claimlens)).toEqual(['conflicts', 'supports', 'supports']);
    expect(document.body.textContent).toContain(SAMPLE_SENTENCES.technical);
    expect(marks().some((m) => SAMPLE_SENTENCES.technical.includes(m.textContent ?? '!'))).toBe(false);
  });

  it('declines an off-topic page without running the analysis, until asked to scan anyway', async () => {
    build(document.body, ['p', {}, 'A story about the weather in Brussels.']);
    const engine = fakeEngine();
    const session = start(engine);
    await session.scan();
    expect(reports.at(-1)).toMatchObject({ kind: 'declined', topic: OFF_TOPIC });
    expect(engine.analyzeArticleInSteps).not.toHaveBeenCalled();
    await session.scanAnyway();
    expect(engine.analyzeArticleInSteps).toHaveBeenCalledWith(SAMPLE_ARTICLE, SAMPLE_INDEX, { force: true, confidentThreshold: DEFAULT_CONFIDENT_THRESHOLD });
    expect(reports.at(-1)).toMatchObject({ kind: 'analysed', forced: true });
  });

  it('stays off on a disabled site', async () => {
    articlePage();
    await start(fakeEngine(), { ...DEFAULT_SETTINGS, disabledSites: [location.hostname] }).scan();
    expect(reports.at(-1)?.kind).toBe('disabled');
    expect(marks()).toHaveLength(0);
  });

  it('waits to be asked when highlights are off by default, and hides them again without a trace', async () => {
    articlePage();
    const original = shapeOf(document.body);
    const session = start(fakeEngine(), { ...DEFAULT_SETTINGS, highlightsByDefault: false });
    await session.scan();
    expect(marks()).toHaveLength(0);
    expect(reports.at(-1)).toMatchObject({ kind: 'analysed', highlightsVisible: false });
    await session.setHighlightsVisible(true);
    expect(marks().length).toBeGreaterThan(0);
    await session.setHighlightsVisible(false);
    expect(shapeOf(document.body)).toEqual(original);
  });

  it('removes highlights, styles and card when the content script is invalidated', async () => {
    articlePage();
    const html = serialize(document.body);
    const session = start(fakeEngine());
    await session.scan();
    marks()[0].focus();
    expect(document.querySelector('claimlens-card')).not.toBeNull();
    ctx.abort();
    expect(serialize(document.body)).toBe(html);
    expect(document.querySelector('[data-claimlens-ui]')).toBeNull();
  });

  it('moves between highlights with Alt+Shift+N / P, closes the card with Escape, toggles with Alt+Shift+H', async () => {
    articlePage();
    const session = start(fakeEngine());
    await session.scan();
    const anchors = marks().filter((m) => m.tabIndex === 0);
    const press = (code: string, key = code, alt = true) =>
      document.dispatchEvent(new KeyboardEvent('keydown', { code, key, altKey: alt, shiftKey: alt, bubbles: true }));
    press('KeyN');
    expect(document.activeElement).toBe(anchors[0]);
    expect(anchors[0].getAttribute('aria-expanded')).toBe('true');
    press('KeyN');
    expect(document.activeElement).toBe(anchors[1]);
    press('KeyP');
    expect(document.activeElement).toBe(anchors[0]);
    press('Escape', 'Escape', false);
    expect(anchors[0].getAttribute('aria-expanded')).toBe('false');
    press('KeyH');
    await vi.waitFor(() => expect(reports.at(-1)).toMatchObject({ highlightsVisible: false }));
    expect(marks()).toHaveLength(0);
  });

  it('scrolls to a highlighted sentence on request, and answers false for one not on the page', async () => {
    articlePage();
    const session = start(fakeEngine());
    await session.scan();
    const visas = SAMPLE_ANALYSIS.matches[1];
    expect(session.revealMatch(visas.start, visas.end)).toBe(true);
    expect(document.activeElement?.textContent).toBe('Belgium');
    expect(session.revealMatch(1, 2)).toBe(false);
  });
});

describe('page session reports', () => {
  it('does not repeat an unchanged report after a rescan', async () => {
    articlePage();
    const session = start(fakeEngine());
    await session.scan();
    await session.scan();
    expect(reports.filter((r) => r.kind === 'analysed')).toHaveLength(1);
  });

  it('resends its report with the new URL after a hash-only move, and starts over for a new page', async () => {
    articlePage();
    const session = start(fakeEngine());
    await session.scan();
    const here = new URL(location.href);
    session.onLocationChange(new URL('#comments', here), here);
    expect(reports.at(-1)).toMatchObject({ kind: 'analysed', url: new URL('#comments', here).href });
    expect(marks().length).toBeGreaterThan(0);
    session.onLocationChange(new URL('/another-article', here), here);
    expect(marks()).toHaveLength(0);
  });
});
