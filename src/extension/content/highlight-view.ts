import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AnalysisPlan, PlannedHighlight } from '../messages';
import { anchorQuote, rangeOf, withoutOverlaps, type SkeletonSpan } from '../highlight/anchor-quote';
import { textSkeleton } from '../highlight/text-skeleton';
import { clearPaint, highlightCss, highlightNames, paintRanges, type PaintKind } from '../highlight/highlight-paint';
import { buildPageTextMap, type PageTextMap } from '../highlight/page-text-map';
import { createOverlay, scrollToRange, type OverlayItem } from '../overlay/overlay';
import { randomToken } from '../overlay/overlay-host';
import { runSteps } from './idle-tasks';

/** Quotes anchored between two yields. */
const QUOTES_PER_STEP = 20;

/** A planned highlight found on the page. */
export interface AnchoredHighlight extends OverlayItem {
  plan: PlannedHighlight;
  /** The sentence's skeleton, to tell when the page has rewritten its text. */
  skeleton: string;
}

/** The page's highlights: anchored in idle steps, painted with CSS.highlights, explained by the overlay. */
export interface HighlightView {
  /** Finds the plan's sentences on the page; resolves to those found, or undefined if superseded. */
  anchor(plan: AnalysisPlan, isCurrent: () => boolean): Promise<AnchoredHighlight[] | undefined>;
  show(highlights: AnchoredHighlight[]): void;
  /** True when every painted sentence still reads as it did (a framework may rewrite text nodes). */
  isIntact(): boolean;
  clear(): void;
  move(direction: 1 | -1): void;
  /**
   * Opens the card of the shown sentence at [start, end); with highlights hidden, scrolls to that sentence
   * among `hidden` (the anchored ones) instead. False when it is on the page neither way.
   */
  reveal(start: number, end: number, hidden?: readonly AnchoredHighlight[]): boolean;
  readonly shown: readonly AnchoredHighlight[];
}

/** Creates the view; nothing is added to the page until `show`. */
export function createHighlightView(ctx: ContentScriptContext, doc: Document): HighlightView {
  const names = highlightNames(randomToken());
  const overlay = createOverlay(ctx, doc, randomToken(), highlightCss(names));
  let shown: AnchoredHighlight[] = [];

  const view: HighlightView = {
    async anchor(plan, isCurrent) {
      const map = await runSteps(ctx, buildPageTextMap(doc.body), isCurrent);
      if (!map) return undefined;
      return runSteps(ctx, anchorAll(doc, map, plan), isCurrent);
    },
    show(highlights) {
      shown = highlights;
      const ranges: Record<PaintKind, Range[]> = { supports: [], conflicts: [], figure: [] };
      for (const h of highlights) {
        ranges[h.relation].push(h.range);
        if (h.figureRange) ranges.figure.push(h.figureRange);
      }
      paintRanges(names, ranges);
      overlay.show(highlights);
    },
    isIntact: () => shown.every(readsAsAnchored),
    clear() {
      shown = [];
      clearPaint(names);
      overlay.clear();
    },
    move: (direction) => overlay.move(direction),
    reveal(start, end, hidden = []) {
      const at = (h: AnchoredHighlight) => h.plan.start === start && h.plan.end === end;
      const index = shown.findIndex(at);
      if (index !== -1) return overlay.reveal(index);
      // Highlights hidden: the sentence is still brought into view, if its text is where it was.
      const sentence = hidden.find(at);
      if (!sentence || !sentence.range.startContainer.isConnected || !readsAsAnchored(sentence) || !doc.defaultView) return false;
      scrollToRange(sentence.range, doc.defaultView);
      return true;
    },
    get shown() {
      return shown;
    },
  };
  ctx.onInvalidated(() => view.clear());
  // A click on highlighted text opens its card; a click anywhere else closes it (a selection is left alone).
  ctx.addEventListener(doc, 'click', (event) => {
    if (!shown.length || !doc.getSelection()?.isCollapsed) return;
    overlay.point(highlightAt(doc, shown, event.clientX, event.clientY));
  });
  ctx.addEventListener(doc, 'keydown', (event) => {
    if (event.key === 'Escape' && overlay.current !== -1) overlay.point(-1);
  });
  // Badges and the ring follow the text when the page's layout changes (fonts, a resized window).
  const resize = new ResizeObserver(() => overlay.size && overlay.reposition());
  resize.observe(doc.documentElement);
  ctx.onInvalidated(() => resize.disconnect());
  return view;
}

/** Whether an anchored sentence's text still reads as it did when it was found (frameworks rewrite text nodes). */
function readsAsAnchored(h: AnchoredHighlight): boolean {
  return textSkeleton(h.range.toString()) === h.skeleton;
}

/** Anchors each planned sentence near where it sat in the article, a few quotes per step. */
function* anchorAll(doc: Document, map: PageTextMap, plan: AnalysisPlan): Generator<void, AnchoredHighlight[], void> {
  const found: (SkeletonSpan & { plan: PlannedHighlight })[] = [];
  for (const [i, highlight] of plan.highlights.entries()) {
    if (i > 0 && i % QUOTES_PER_STEP === 0) yield;
    const span = anchorQuote(map.text, highlight.quote, plan.articleLength ? highlight.start / plan.articleLength : 0);
    if (span) found.push({ ...span, plan: highlight });
  }
  yield;
  const anchored: AnchoredHighlight[] = [];
  for (const span of withoutOverlaps(found)) {
    const range = rangeOf(doc, map, span);
    if (!range) continue;
    const figureRange = span.plan.figure ? figureRangeIn(doc, map, span, span.plan.figure) : undefined;
    anchored.push({ range, figureRange, relation: span.plan.relation, card: span.plan.card, plan: span.plan, skeleton: map.text.slice(span.start, span.end) });
  }
  return anchored;
}

function figureRangeIn(doc: Document, map: PageTextMap, span: SkeletonSpan, figure: string): Range | undefined {
  const needle = textSkeleton(figure);
  const at = needle ? map.text.indexOf(needle, span.start) : -1;
  if (at === -1 || at + needle.length > span.end) return undefined;
  return rangeOf(doc, map, { start: at, end: at + needle.length }) ?? undefined;
}

/** Index of the highlight under a viewport point, or -1. */
function highlightAt(doc: Document, shown: readonly AnchoredHighlight[], x: number, y: number): number {
  const caret = caretAt(doc, x, y);
  if (!caret) return -1;
  return shown.findIndex((h) => h.range.isPointInRange(caret.node, caret.offset) && [...h.range.getClientRects()].some((r) =>
    x >= r.left && x <= r.right && y >= r.top && y <= r.bottom));
}

/** The text position under a point: `caretPositionFromPoint` (standard, Firefox, Chromium 128+) or the older WebKit call. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const standard = (doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null })
    .caretPositionFromPoint?.(x, y);
  if (standard) return { node: standard.offsetNode, offset: standard.offset };
  const legacy = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint?.(x, y);
  return legacy ? { node: legacy.startContainer, offset: legacy.startOffset } : null;
}
