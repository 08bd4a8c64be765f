import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardModel } from '../card/card-model';
import { describeHighlight } from '../card/card-model';
import { renderCard } from '../card/render-card';
import { createOverlayHost, type OverlayHost } from './overlay-host';
import { pageLooksDark, placeCard } from './place-card';

/** Long enough for the browser to render a frame (and recompute styles) between painting and drawing. */
const FRAME_WAIT_MS = 100;

/** One highlighted sentence as the overlay sees it. */
export interface OverlayItem {
  range: Range;
  /** For a conflict: the disputed figure inside the sentence, which gets the ≠ badge. */
  figureRange?: Range;
  relation: 'supports' | 'conflicts';
  card: CardModel;
}

/** Everything ClaimLens draws over the page: one Tab stop, a focus ring, ≠ badges and the card. */
export interface Overlay {
  /** Shows these highlights (replacing any before); an empty list removes the overlay altogether. */
  show(items: OverlayItem[]): void;
  /** Moves to the next or previous highlight, focusing the overlay's Tab stop. */
  move(direction: 1 | -1): void;
  /** Opens the card of item `index`, scrolled into view; false when there is no such item. */
  reveal(index: number): boolean;
  /** Opens (or with -1 closes) a card for the pointer: no focus moved, nothing scrolled. */
  point(index: number): void;
  /** The item whose card is open, or -1. */
  readonly current: number;
  /** Redraws badges and the ring after the page's layout changed. */
  reposition(): void;
  /** Removes everything, returning focus where it was if the overlay had it. */
  clear(): void;
  readonly size: number;
}

/**
 * The overlay lives in one closed shadow root on `<html>` (see overlay-host.ts), created on first
 * highlight and removed when the last one goes, so a hidden ClaimLens leaves nothing in the page.
 */
export function createOverlay(ctx: ContentScriptContext, doc: Document, token: string, highlightCss: string): Overlay {
  const view = doc.defaultView!;
  let host: OverlayHost | null = null;
  let parts: { stop: HTMLButtonElement; layer: HTMLElement; live: HTMLElement } | null = null;
  let items: OverlayItem[] = [];
  let current = -1;
  let returnFocus: Element | null = null;

  const ensureHost = () => {
    if (host && parts) return parts;
    host = createOverlayHost(doc, token, highlightCss);
    const stop = doc.createElement('button');
    stop.className = 'stop';
    stop.addEventListener('focus', (event) => {
      returnFocus ??= (event as FocusEvent).relatedTarget as Element | null;
      if (current === -1) overlay.move(1);
    });
    stop.addEventListener('keydown', (event) => onKey(event));
    const layer = doc.createElement('div');
    const live = doc.createElement('div');
    live.className = 'live';
    live.setAttribute('aria-live', 'polite');
    host.root.append(stop, layer, live);
    return (parts = { stop, layer, live });
  };

  const onKey = (event: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowDown: () => overlay.move(1), ArrowRight: () => overlay.move(1),
      ArrowUp: () => overlay.move(-1), ArrowLeft: () => overlay.move(-1),
      Home: () => overlay.reveal(0), End: () => overlay.reveal(items.length - 1),
      Escape: () => closeCard(),
    };
    const action = moves[event.key];
    if (!action) return;
    action();
    event.preventDefault();
    event.stopPropagation();
  };

  const closeCard = () => {
    current = -1;
    draw();
  };

  /** Redraws the layer: a badge per disputed figure, then the ring and card of the current item. */
  const draw = () => {
    if (!parts || !host) return;
    const boxes: HTMLElement[] = [];
    for (const item of items) {
      const rect = item.figureRange && lastRect(item.figureRange);
      if (!rect) continue;
      // Superscript-like, over the figure's last letter and the line gap above it.
      const badge = box(doc, 'badge', rect.right + view.scrollX - 3, rect.top + view.scrollY - 6);
      badge.textContent = '≠';
      badge.setAttribute('aria-hidden', 'true');
      boxes.push(badge);
    }
    const item = items[current];
    // State on the host for tests and assistive tools; the shadow root itself stays closed.
    host.host.toggleAttribute('data-card', Boolean(item));
    if (item) {
      for (const rect of item.range.getClientRects()) {
        const ring = box(doc, 'ring', rect.left + view.scrollX - 2, rect.top + view.scrollY - 1);
        ring.style.width = `${rect.width + 4}px`;
        ring.style.height = `${rect.height + 2}px`;
        boxes.push(ring);
      }
      const position = `${current + 1} of ${items.length}`;
      const card = renderCard(doc, item.card, position);
      if (pageLooksDark(item.range.startContainer)) card.dataset.theme = 'dark';
      boxes.push(card);
      parts.layer.replaceChildren(...boxes);
      placeCard(card, item.range.getBoundingClientRect(), view);
      const cardBox = card.getBoundingClientRect();
      host.host.setAttribute('data-current', String(current));
      host.host.setAttribute('data-card-box', [cardBox.left, cardBox.top, cardBox.width, cardBox.height].map(Math.round).join(' '));
      parts.live.textContent = `${position}. ${describeHighlight(item.card)}`;
    } else {
      parts.layer.replaceChildren(...boxes);
      host.host.removeAttribute('data-card-box');
      host.host.removeAttribute('data-current');
    }
  };

  // Not requestAnimationFrame: its callback runs in the frame's own task, before the recalculation.
  let frame: number | undefined;
  const drawAfterFrame = () => {
    clearTimeout(frame);
    frame = ctx.setTimeout(draw, FRAME_WAIT_MS);
  };

  const overlay: Overlay = {
    show(next) {
      items = next;
      current = Math.min(current, items.length - 1);
      if (!items.length) return overlay.clear();
      const { stop } = ensureHost();
      stop.textContent = `ClaimLens: ${items.length} highlighted sentence${items.length === 1 ? '' : 's'}. Arrow keys move between them.`;
      // Reading geometry now would force the style recalculation our new rules cause (100 ms on a
      // 50,000-node page) into this task; a little later the browser has done it in its own frame.
      drawAfterFrame();
    },
    move(direction) {
      if (!items.length) return;
      const from = current === -1 ? firstInView(items, view, direction) : current + direction;
      overlay.reveal((from + items.length) % items.length);
    },
    reveal(index) {
      if (!items[index]) return false;
      const { stop } = ensureHost();
      current = index;
      if (doc.activeElement !== host?.host) {
        returnFocus = doc.activeElement;
        stop.focus({ preventScroll: true });
      }
      scrollToRange(items[index].range, view);
      draw();
      return true;
    },
    point(index) {
      if (index === current || (index !== -1 && !items[index])) return;
      current = index;
      draw();
    },
    get current() {
      return current;
    },
    reposition: () => drawAfterFrame(),
    clear() {
      clearTimeout(frame);
      const hadFocus = host !== null && doc.activeElement === host.host;
      items = [];
      current = -1;
      host?.remove();
      host = parts = null;
      if (hadFocus && returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
      returnFocus = null;
    },
    get size() {
      return items.length;
    },
  };
  ctx.onInvalidated(() => overlay.clear());
  return overlay;
}

function box(doc: Document, className: string, left: number, top: number): HTMLElement {
  const element = doc.createElement('div');
  element.className = className;
  element.style.left = `${Math.round(left)}px`;
  element.style.top = `${Math.round(top)}px`;
  return element;
}

function lastRect(range: Range): DOMRect | undefined {
  const rects = range.getClientRects();
  return rects.length ? rects[rects.length - 1] : undefined;
}

/** Index of the first item at or below the top of the viewport (going forward), or the last above it. */
function firstInView(items: OverlayItem[], view: Window, direction: 1 | -1): number {
  const tops = items.map((item) => item.range.getBoundingClientRect().top);
  if (direction === 1) {
    const below = tops.findIndex((top) => top >= 0);
    return (below === -1 ? 0 : below) - 1;
  }
  const above = tops.findLastIndex((top) => top < view.innerHeight);
  return (above === -1 ? items.length - 1 : above) + 1;
}

/**
 * Brings a sentence to the middle of the viewport unless it is well inside it already: near the
 * edges it could sit under a page's sticky header or cookie banner, and the card needs room.
 */
export function scrollToRange(range: Range, view: Window): void {
  const rect = range.getBoundingClientRect();
  if (rect.top >= view.innerHeight * 0.15 && rect.bottom <= view.innerHeight * 0.7) return;
  view.scrollTo({ top: view.scrollY + rect.top - view.innerHeight / 2 + rect.height / 2, behavior: 'instant' });
}
