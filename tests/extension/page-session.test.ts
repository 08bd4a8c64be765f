// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { planHighlights } from '@/src/extension/background/analyze-page';
import { createPageSession, type PageSessionOptions } from '@/src/extension/content/page-session';
import type { AnalysisPlan, PageForAnalysis, PageReport } from '@/src/extension/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/src/extension/settings';
import { OFF_TOPIC, ON_TOPIC, SAMPLE_ANALYSIS, SAMPLE_ARTICLE, SAMPLE_SENTENCES } from '../popup/sample-analysis';
import { SAMPLE_INDEX } from '../popup/sample-index';
import { build, serialize } from './dom-shape';

/** Gate words as the build would compile them; test data, not the story's. */
const GATE = { story: { id: 'test-story', title: 'A test story' }, required: [{ label: 'Taliban', words: ['taliban'] }], threshold: 1 };

/** A fake background: the sample analysis for any page, forced or not. */
function fakeBackground() {
  return vi.fn(async (page: PageForAnalysis): Promise<AnalysisPlan> => {
    const analysis = { ...SAMPLE_ANALYSIS, topic: page.force ? OFF_TOPIC : ON_TOPIC };
    return { analysis, articleLength: SAMPLE_ARTICLE.text.length, highlights: planHighlights(analysis, SAMPLE_INDEX) };
  });
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
const start = (analyze: PageSessionOptions['analyze'] = fakeBackground(), settings: Settings = DEFAULT_SETTINGS) =>
  createPageSession({ ctx, doc: document, gate: GATE, loadSettings: async () => settings, analyze, publish: (r) => reports.push(r) });
const hosts = () => [...document.documentElement.children].filter((e) => e.tagName.startsWith('CLAIMLENS-'));

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
  it('sends an on-topic page to the background, shows its sentences and leaves the body as it was', async () => {
    articlePage();
    const before = serialize(document.body);
    const analyze = fakeBackground();
    const session = start(analyze);
    await session.scan();
    expect(analyze).toHaveBeenCalledOnce();
    const sent = analyze.mock.calls[0][0];
    expect(sent.html).toContain(SAMPLE_SENTENCES.technical);
    expect(reports.at(-1)).toMatchObject({ kind: 'analysed', forced: false, highlightsVisible: true });
    expect(serialize(document.body)).toBe(before);
    expect(hosts()).toHaveLength(1);
    expect(await session.report()).toBe(reports.at(-1));
  });

  it('declines an off-topic page without waking the background, until asked to scan anyway', async () => {
    build(document.body, ['p', {}, 'A story about the weather in Brussels.']);
    const analyze = fakeBackground();
    const session = start(analyze);
    await session.scan();
    expect(analyze).not.toHaveBeenCalled();
    expect(reports).toEqual([]);
    expect(await session.report()).toMatchObject({ kind: 'declined', topic: { onTopic: false, missing: ['Taliban'] } });
    await session.scanAnyway();
    expect(analyze.mock.calls[0][0].force).toBe(true);
    expect(reports.at(-1)).toMatchObject({ kind: 'analysed', forced: true });
  });

  it('stays off on a disabled site, and says so when asked', async () => {
    articlePage();
    const analyze = fakeBackground();
    const session = start(analyze, { ...DEFAULT_SETTINGS, disabledSites: [location.hostname] });
    await session.scan();
    expect(analyze).not.toHaveBeenCalled();
    expect((await session.report())?.kind).toBe('disabled');
  });

  it('lists a sentence it cannot find on the page as possible, so the badge counts what is shown', async () => {
    build(document.body, ['p', {}, `Taliban. ${SAMPLE_SENTENCES.returns}`]);
    await start().scan();
    const report = reports.at(-1);
    if (report?.kind !== 'analysed') throw new Error('expected an analysed report');
    const confident = report.analysis.matches.filter((m) => m.tier === 'confident');
    expect(confident.every((m) => m.text === SAMPLE_SENTENCES.returns)).toBe(true);
  });

  it('hides and shows highlights on request, leaving nothing of ours behind when hidden', async () => {
    articlePage();
    const session = start();
    await session.scan();
    await session.setHighlightsVisible(false);
    expect(hosts()).toHaveLength(0);
    expect(reports.at(-1)).toMatchObject({ highlightsVisible: false });
    await session.setHighlightsVisible(true);
    expect(hosts()).toHaveLength(1);
  });

  it('brings a listed sentence into view with highlights hidden, and refuses one that is not on the page', async () => {
    articlePage();
    const session = start();
    await session.scan();
    const report = reports.at(-1);
    if (report?.kind !== 'analysed') throw new Error('expected an analysed report');
    const listed = report.analysis.matches.find((m) => m.tier === 'confident')!;
    await session.setHighlightsVisible(false);
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    expect(session.revealMatch(listed.start, listed.end)).toBe(true);
    expect(scrollTo).toHaveBeenCalledOnce();
    expect(hosts(), 'hidden highlights stay hidden').toHaveLength(0);
    expect(session.revealMatch(listed.start + 1, listed.end)).toBe(false);
    document.body.replaceChildren();
    expect(session.revealMatch(listed.start, listed.end), 'its text is gone from the page').toBe(false);
    scrollTo.mockRestore();
  });

  it('removes everything when the content script is invalidated', async () => {
    articlePage();
    await start().scan();
    ctx.abort();
    expect(hosts()).toHaveLength(0);
  });

  it('does not ask the background again when a rescan finds the same page', async () => {
    articlePage();
    const analyze = fakeBackground();
    const session = start(analyze);
    await session.scan();
    await session.scan();
    expect(analyze).toHaveBeenCalledOnce();
    expect(reports).toHaveLength(1);
  });

  it('shows a clear state when the background cannot answer', async () => {
    articlePage();
    const session = start(vi.fn(async () => null));
    await session.scan();
    expect(await session.report()).toBeNull();
    expect(hosts()).toHaveLength(0);
  });
});
