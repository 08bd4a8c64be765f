import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { GateWords } from '../build/gate-words-plugin';
import type { AnalysisPlan, PageForAnalysis, PageReport } from '../messages';
import { isSiteDisabled, type Settings } from '../settings';
import { observeContentChanges } from './content-observer';
import { createHighlightView, type AnchoredHighlight } from './highlight-view';
import { runSteps, whenIdle } from './idle-tasks';
import { missingRequiredWords, pageTextPieces } from './page-precheck';
import { asShown, declinedVerdict } from './page-report';
import { createRescanQueue } from './rescan-queue';
import { serializePage } from './serialize-page';

/** One page's ClaimLens: the cheap check, the background's analysis, highlights and the report. */
export interface PageSession {
  /** The word check first; the page goes to the background only when it passes, or after `scanAnyway`. */
  scan(): Promise<void>;
  scanAnyway(): Promise<void>;
  setHighlightsVisible(visible: boolean): Promise<void>;
  /** Brings the page's sentence at [start, end) into view, with its card where highlights show. */
  revealMatch(start: number, end: number): boolean;
  move(direction: 1 | -1): void;
  /** Called on in-page navigation: starts over for a new URL, only resends for a new #hash. */
  onLocationChange(newUrl: URL, oldUrl: URL): void;
  updateSettings(settings: Settings): void;
  /** The latest report; a disabled site is told apart only when asked (settings are read lazily). */
  report(): Promise<PageReport | null>;
}

/** Everything a session is given; `publish` hands reports to the background, `analyze` pages. */
export interface PageSessionOptions {
  ctx: ContentScriptContext;
  doc: Document;
  gate: GateWords;
  loadSettings: () => Promise<Settings>;
  analyze: (page: PageForAnalysis, isCurrent: () => boolean) => Promise<AnalysisPlan | null>;
  publish: (report: PageReport) => void;
}

/** Creates the session and its one MutationObserver; everything is torn down with `ctx`. */
export function createPageSession(options: PageSessionOptions): PageSession {
  const { ctx, doc, gate } = options;
  let settings: Settings | undefined;
  const getSettings = async () => (settings ??= await options.loadSettings());
  let generation = 0;
  let forced = false;
  let visible: boolean | undefined;
  let current: { plan: AnalysisPlan; anchored: AnchoredHighlight[]; html: string } | null = null;
  let lastReport: PageReport | null = null;
  let backgroundKnows = false;

  const view = createHighlightView(ctx, doc);
  const rescans = createRescanQueue(() => scanNow());
  const observer = observeContentChanges(ctx, doc.body, () => rescans.request(), () => {
    // A framework rewrote text under a painted sentence: take the paint down now, repaint after the rescan.
    if (view.shown.length && !view.isIntact()) view.clear();
  });

  const url = () => doc.location?.href ?? '';
  let lastSent = '';
  const publish = (report: PageReport) => {
    lastReport = report;
    // Only analysed pages concern the background (badge, popup); an off-topic page never wakes it.
    if (report.kind !== 'analysed' && !backgroundKnows) return;
    const serialized = JSON.stringify(report);
    if (serialized === lastSent) return;
    lastSent = serialized;
    backgroundKnows = true;
    options.publish(report);
  };
  const publishAnalysed = () => {
    if (!current) return;
    const analysis = asShown(current.plan.analysis, current.anchored.map((h) => h.plan));
    publish({ kind: 'analysed', url: url(), analysis, forced, highlightsVisible: visible ?? true });
  };
  const stop = (report: PageReport) => {
    generation++;
    current = null;
    view.clear();
    publish(report);
  };

  const scanNow = async () => {
    const run = ++generation;
    const isCurrent = () => run === generation && !ctx.isInvalid;
    // The script's own loading is the page's only cost at injection: everything else waits for idle time.
    await whenIdle(ctx);
    if (!isCurrent()) return;
    const missing = await runSteps(ctx, missingRequiredWords(pageTextPieces(doc), gate), isCurrent);
    if (!missing || !isCurrent()) return;
    if (missing.length && !forced) return stop({ kind: 'declined', url: url(), topic: declinedVerdict(gate, missing) });
    const chosen = await getSettings();
    visible ??= chosen.highlightsByDefault;
    if (isSiteDisabled(chosen, doc.location?.hostname ?? '')) return stop({ kind: 'disabled', url: url() });
    const html = await runSteps(ctx, serializePage(doc), isCurrent);
    if (html === null) return void observer.schedule(); // the page changed under the walk
    if (!html || !isCurrent()) return;
    // Handing a page of up to a megabyte to the browser's messaging copies it: a task of its own.
    await whenIdle(ctx);
    if (!isCurrent()) return;
    // The same page text as last time (a change elsewhere, e.g. a clock): keep the analysis, find it again.
    const plan = current?.html === html ? current.plan
      : await options.analyze({ html, url: url(), force: forced, confidentThreshold: chosen.confidentThreshold }, isCurrent);
    if (!plan || !isCurrent()) return;
    if (!plan.analysis.topic.onTopic && !forced) return stop({ kind: 'declined', url: url(), topic: plan.analysis.topic });
    const anchored = await view.anchor(plan, isCurrent);
    if (!anchored || !isCurrent()) return;
    current = { plan, anchored, html };
    if (visible) view.show(anchored);
    else view.clear();
    publishAnalysed();
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
      if (visible) {
        // Text may have moved since: find the sentences again rather than paint stale ranges.
        const run = ++generation;
        const anchored = await view.anchor(current.plan, () => run === generation && !ctx.isInvalid);
        if (!anchored || run !== generation) return;
        current.anchored = anchored;
        view.show(anchored);
      } else view.clear();
      publishAnalysed();
    },
    revealMatch: (start, end) => view.reveal(start, end, current?.anchored),
    move(direction) {
      view.move(direction);
    },
    onLocationChange(newUrl, oldUrl) {
      if (newUrl.href.split('#')[0] === oldUrl.href.split('#')[0]) {
        if (lastReport) publish({ ...lastReport, url: newUrl.href });
        return;
      }
      forced = false;
      visible = settings?.highlightsByDefault;
      generation++;
      current = null;
      view.clear();
      // The new route's content usually arrives after the URL changes: wait for it to settle.
      observer.schedule();
    },
    updateSettings(next) {
      const rescan = !settings || next.confidentThreshold !== settings.confidentThreshold ||
        next.disabledSites.join() !== settings.disabledSites.join();
      settings = next;
      if (rescan && lastReport) void session.scan();
    },
    async report() {
      if (lastReport?.kind !== 'declined') return lastReport;
      const chosen = await getSettings();
      return isSiteDisabled(chosen, doc.location?.hostname ?? '') ? { kind: 'disabled', url: url() } : lastReport;
    },
  };
  return session;
}
