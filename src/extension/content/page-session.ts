import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Analysis, ClaimIndex } from '@/src/types';
import type { PageReport } from '../messages';
import { isSiteDisabled, type Settings } from '../settings';
import { observeContentChanges } from './content-observer';
import { createHighlightView } from './highlight-view';
import { runSteps, whenIdle } from './idle-tasks';
import { selectQuote } from './locate-quote';
import { createRescanQueue } from './rescan-queue';
import type { PageEngine } from './page-engine';

/** One page's ClaimLens: gate, analysis, highlights and report, re-run as the page changes. */
export interface PageSession {
  /** Gate first; the full analysis only for an on-topic page or after `scanAnyway`. */
  scan(): Promise<void>;
  scanAnyway(): Promise<void>;
  setHighlightsVisible(visible: boolean): Promise<void>;
  /** Brings the page's sentence at [start, end) into view. */
  revealMatch(start: number, end: number): boolean;
  /** Called on in-page navigation: starts over for a new URL, only resends for a new #hash. */
  onLocationChange(newUrl: URL, oldUrl: URL): void;
  updateSettings(settings: Settings): void;
  report(): PageReport | null;
}

/** Everything a session is given; `publish` hands reports to the background. */
export interface PageSessionOptions {
  ctx: ContentScriptContext;
  doc: Document;
  engine: PageEngine;
  settings: Settings;
  publish: (report: PageReport) => void;
}

/** Creates the session and its one MutationObserver; everything is torn down with `ctx`. */
export function createPageSession(options: PageSessionOptions): PageSession {
  const { ctx, doc, engine } = options;
  // The full index is parsed only once a page passes the gate (see `scan`).
  let index: ClaimIndex | undefined;
  const loadIndex = () => (index ??= engine.loadIndex());
  let settings = options.settings;
  let generation = 0;
  let forced = false;
  let visible = settings.highlightsByDefault;
  let current: { analysis: Analysis; articleLength: number } | null = null;
  let lastReport: PageReport | null = null;

  // Page changes ask for a rescan; one in progress finishes first (see `createRescanQueue`).
  const rescans = createRescanQueue(() => scanNow());
  const observer = observeContentChanges(ctx, doc.body, () => rescans.request());
  const view = createHighlightView({
    ctx, doc, loadIndex,
    ignoreOwnMutations: observer.ignorePending,
    toggleHighlights: () => void session.setHighlightsVisible(!visible),
  });
  ctx.onInvalidated(() => view.destroy());

  const url = () => doc.location?.href ?? '';
  let lastSent = '';
  const publish = (report: PageReport) => {
    lastReport = report;
    // Rescans after unrelated page changes usually find the same: tell the background only news.
    const serialized = JSON.stringify(report);
    if (serialized === lastSent) return;
    lastSent = serialized;
    options.publish(report);
  };
  const publishAnalysed = () =>
    current && publish({ kind: 'analysed', url: url(), analysis: current.analysis, forced, highlightsVisible: visible });
  const stop = (report: PageReport) => {
    generation++;
    current = null;
    view.clear();
    publish(report);
  };

  /** One scan: the gate, then index, extraction and analysis in idle steps; a newer scan supersedes it. */
  const scanNow = async () => {
    const run = ++generation;
    if (isSiteDisabled(settings, doc.location?.hostname ?? '')) return stop({ kind: 'disabled', url: url() });
    // Even the gate waits for idle time: the script's own loading is the page's only cost at injection.
    await whenIdle(ctx);
    if (run !== generation) return;
    const topic = engine.detectTopic(doc.title, doc.body.textContent ?? '', { story: engine.loadStory() });
    if (!topic.onTopic && !forced) return stop({ kind: 'declined', url: url(), topic });
    // Index parsing, article extraction and the analysis each get idle time of their own.
    await whenIdle(ctx);
    if (run !== generation) return;
    const claimIndex = loadIndex();
    await whenIdle(ctx);
    if (run !== generation) return;
    const article = engine.extractArticle(doc);
    const steps = engine.analyzeArticleInSteps(article, claimIndex, { force: forced, confidentThreshold: settings.confidentThreshold });
    const analysis = await runSteps(ctx, steps, () => run === generation);
    if (!analysis) return;
    const unchanged = current !== null && view.isShowing(analysis);
    current = { analysis, articleLength: article.text.length };
    if (visible && !unchanged) await view.show(analysis, article.text.length, () => run === generation);
    if (!visible) view.clear();
    if (run === generation) publishAnalysed();
  };

  const session: PageSession = {
    scan: () => rescans.run(),
    scanAnyway() {
      forced = true;
      return session.scan();
    },
    async setHighlightsVisible(next) {
      visible = next;
      if (!current) return;
      const run = ++generation;
      if (visible) await view.show(current.analysis, current.articleLength, () => run === generation);
      else view.clear();
      publishAnalysed();
    },
    revealMatch(start, end) {
      if (view.reveal(start, end)) return true;
      const match = current?.analysis.matches.find((m) => m.start === start && m.end === end);
      return Boolean(match && selectQuote(doc, match.text, start / Math.max(1, current!.articleLength)));
    },
    onLocationChange(newUrl, oldUrl) {
      if (newUrl.href.split('#')[0] === oldUrl.href.split('#')[0]) {
        if (lastReport) publish({ ...lastReport, url: newUrl.href });
        return;
      }
      forced = false;
      visible = settings.highlightsByDefault;
      generation++;
      current = null;
      view.clear();
      // The new route's content usually arrives after the URL changes: wait for it to settle.
      observer.schedule();
    },
    updateSettings(next) {
      const rescan = next.confidentThreshold !== settings.confidentThreshold ||
        next.disabledSites.join() !== settings.disabledSites.join();
      settings = next;
      if (rescan) void session.scan();
    },
    report: () => lastReport,
  };
  return session;
}
