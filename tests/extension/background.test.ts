import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor, CONFLICTS_COLOR, SUPPORTS_COLOR } from '@/src/extension/background/badge';
import { forwardCommand, forgetOnNavigation, shouldForget, startBackground } from '@/src/extension/background/start-background';
import type { AnalysisPlan } from '@/src/extension/messages';
import { createTabReportStore, type TabReportStore } from '@/src/extension/background/tab-report-store';
import type { PageReport } from '@/src/extension/messages';
import { OFF_TOPIC, SAMPLE_ANALYSIS } from '../popup/sample-analysis';

const URL_A = 'https://news.example/eu-taliban';
const analysed: PageReport = { kind: 'analysed', url: URL_A, analysis: SAMPLE_ANALYSIS, forced: false, highlightsVisible: true };
const onlySupports: PageReport = {
  ...analysed,
  analysis: { ...SAMPLE_ANALYSIS, matches: SAMPLE_ANALYSIS.matches.filter((m) => m.relation === 'supports'), conflicts: [] },
};
const declined: PageReport = { kind: 'declined', url: URL_A, topic: OFF_TOPIC };

/** The sender of a message from a content script; the fake needs only these fields. */
const fromTab = (id: number, frameId = 0) => ({ tab: { id } as Browser.tabs.Tab, frameId });

beforeEach(() => {
  fakeBrowser.reset();
  // The fake has no keyboard commands; the real browsers do (see wxt.config.ts).
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
});

describe.each([
  ['storage.session', () => createTabReportStore()],
  ['in-memory fallback', () => createTabReportStore(null)],
])('tab report store (%s)', (_name, makeStore: () => TabReportStore) => {
  it('keeps reports per tab and clears one tab only', async () => {
    const store = makeStore();
    await store.set(1, analysed);
    await store.set(2, declined);
    expect(await store.get(1)).toEqual(analysed);
    expect(await store.get(2)).toEqual(declined);
    await store.clear(1);
    expect(await store.get(1)).toBeNull();
    expect(await store.get(2)).toEqual(declined);
  });
});

it('keeps session reports where a restarted service worker finds them', async () => {
  await createTabReportStore().set(5, analysed);
  expect(await createTabReportStore().get(5)).toEqual(analysed);
});

describe('badgeFor', () => {
  it.each([
    ['no report', null, '', SUPPORTS_COLOR],
    ['a declined page', declined, '', SUPPORTS_COLOR],
    ['a page with only supporting matches', onlySupports, '2', SUPPORTS_COLOR],
    ['a page with a conflict', analysed, '3!', CONFLICTS_COLOR],
  ])('%s', (_name, report, text, color) => {
    expect(badgeFor(report)).toMatchObject({ text, color });
  });

  it('counts a sentence that states two claims once', () => {
    const [first] = SAMPLE_ANALYSIS.matches;
    const twice = { ...analysed, analysis: { ...SAMPLE_ANALYSIS, matches: [first, { ...first, claimId: 'another' }] } } as PageReport;
    expect(badgeFor(twice).text).toMatch(/^1!?$/);
  });

  it('says the numbers in its title', () => {
    expect(badgeFor(analysed).title).toBe('ClaimLens: 3 highlighted sentences, 1 figure differs from other coverage');
  });
});

describe('shouldForget', () => {
  it.each([
    [{ status: 'loading' }, true],
    [{ status: 'complete' }, false],
    [{ status: 'loading', url: URL_A }, true],
    [{ url: `${URL_A}#comments` }, false],
    [{ status: 'loading', url: `${URL_A}#comments` }, false],
    [{ url: 'https://news.example/other' }, true],
  ])('%j → %s', (changeInfo, expected) => expect(shouldForget(URL_A, changeInfo)).toBe(expected));
});

describe('background', () => {
  it('stores a content script report under its tab and badges that tab', async () => {
    const store = createTabReportStore();
    startBackground(store);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'claimlens:page-report', report: analysed }, fromTab(7));
    expect(await store.get(7)).toEqual(analysed);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('3!');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual([0xb9, 0x1c, 0x1c, 255]);
  });

  it('answers the popup with the stored report of the tab it asks about', async () => {
    const store = createTabReportStore();
    await store.set(3, declined);
    startBackground(store);
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'claimlens:tab-report', tabId: 3 }, {});
    expect(replies.find(Boolean)).toEqual(declined);
  });

  it('ignores reports from subframes and messages that are not its own', async () => {
    const store = createTabReportStore();
    startBackground(store);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'claimlens:page-report', report: analysed }, fromTab(7, 3));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'other-extension', report: analysed }, fromTab(7));
    expect(await store.get(7)).toBeNull();
  });

  it('clears report and badge when the tab loads another page, and the report when it closes', async () => {
    const store = createTabReportStore();
    startBackground(store);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'claimlens:page-report', report: analysed }, fromTab(7));
    await forgetOnNavigation(7, { status: 'loading', url: 'https://news.example/next' }, store);
    expect(await store.get(7)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');

    await store.set(8, analysed);
    await fakeBrowser.tabs.onRemoved.trigger(8, { windowId: 1, isWindowClosing: false });
    expect(await store.get(8)).toBeNull();
  });
});

describe('background analysis', () => {
  const html = readFileSync('tests/fixtures/on-topic/01-wire-brief/page.html', 'utf8');
  const page = { html, url: 'https://news.example/a', force: false, confidentThreshold: 0.52 };

  it('analyses a page a content script sends and plans one highlight per confident sentence, with its card', async () => {
    startBackground(createTabReportStore());
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'claimlens:analyze', page }, fromTab(4));
    const plan = replies.find(Boolean) as unknown as AnalysisPlan;
    expect(plan.analysis.topic.onTopic).toBe(true);
    const confident = new Set(plan.analysis.matches.filter((m) => m.tier === 'confident').map((m) => `${m.start}:${m.end}`));
    expect(plan.highlights.map((h) => `${h.start}:${h.end}`)).toEqual([...confident]);
    for (const h of plan.highlights) expect(h.card.claims.length + h.card.figures.length).toBeGreaterThan(0);
  });

  it.each([
    ['no page', { type: 'claimlens:analyze' }],
    ['a page without html', { type: 'claimlens:analyze', page: { ...page, html: 42 } }],
    ['a page over the size limit', { type: 'claimlens:analyze', page: { ...page, html: 'x'.repeat(8_000_001) } }],
    ['a malformed report', { type: 'claimlens:page-report', report: { kind: 'analysed', url: 'x', analysis: {} } }],
  ])('refuses %s with null', async (_name, message) => {
    const store = createTabReportStore();
    startBackground(store);
    const replies = await fakeBrowser.runtime.onMessage.trigger(message, fromTab(4));
    expect(replies.find((r) => r !== undefined)).toBeNull();
    expect(await store.get(4)).toBeNull();
  });

  it('reads a damaged stored report as none', async () => {
    await fakeBrowser.storage.session.set({ 'tab-report:9': { kind: 'analysed', url: 1 } });
    expect(await createTabReportStore().get(9)).toBeNull();
  });

  it('forwards a keyboard command to the active tab, and ignores commands it does not know', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 12 } as Browser.tabs.Tab]);
    await forwardCommand('next-highlight');
    await forwardCommand('something-else');
    expect(send).toHaveBeenCalledOnce();
    expect(send).toHaveBeenCalledWith(12, { type: 'claimlens:navigate', move: 'next' }, { frameId: 0 });
  });
});
