import { UI_ATTR } from '../highlight/own-nodes';
import type { CardModel } from './card-model';
import { CARD_CSS } from './card-styles';
import { renderCard } from './render-card';

/** The small card shown next to a highlight on hover or focus. */
export interface ClaimCard {
  show(anchor: HTMLElement, model: CardModel): void;
  hide(): void;
  /** Places the card again next to its highlight, which has moved (the page scrolled to it). */
  follow(): void;
  /** The highlight the card is showing, if any. */
  readonly anchor: HTMLElement | null;
  /** True for an event target inside the card (events from a closed shadow root target its host). */
  contains(target: EventTarget | null): boolean;
  destroy(): void;
}

const GAP = 6;

/**
 * Creates the card in a closed shadow root on its own host element under <html>, outside <body>,
 * so neither the page's styles nor its scripts reach in, and the article's DOM is left alone.
 */
export function createClaimCard(doc: Document): ClaimCard {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let anchor: HTMLElement | null = null;
  let shown: HTMLElement | null = null;

  const ensureHost = () => {
    if (host && root) return root;
    host = doc.createElement('claimlens-card');
    host.setAttribute(UI_ATTR, 'card');
    root = host.attachShadow({ mode: 'closed' });
    doc.documentElement.append(host);
    return root;
  };

  return {
    show(target, model) {
      const shadow = ensureHost();
      const style = doc.createElement('style');
      style.textContent = CARD_CSS;
      const card = (shown = renderCard(doc, model));
      shadow.replaceChildren(style, card);
      anchor?.setAttribute('aria-expanded', 'false');
      anchor = target;
      anchor.setAttribute('aria-expanded', 'true');
      host!.style.removeProperty('display');
      place(host!, card, target);
    },
    follow() {
      if (host && anchor && shown) place(host, shown, anchor);
    },
    hide() {
      anchor?.setAttribute('aria-expanded', 'false');
      anchor = null;
      // Inline style, since `:host { all: initial }` would override the [hidden] attribute.
      host?.style.setProperty('display', 'none');
    },
    get anchor() {
      return anchor;
    },
    contains: (target) => host !== null && target === host,
    destroy() {
      anchor?.setAttribute('aria-expanded', 'false');
      host?.remove();
      host = root = anchor = shown = null;
    },
  };
}

/** The card never gets shorter than this to keep clear of the highlight; it scrolls inside instead. */
const MIN_CARD_HEIGHT = 120;

/**
 * Below the highlight when there is room, else above it; when neither side has room for the whole
 * card (a sentence with two claims and a conflict), on the roomier side with its height capped to
 * fit, so it scrolls rather than covering the sentence it explains. Always inside the viewport.
 */
function place(host: HTMLElement, card: HTMLElement, anchor: HTMLElement): void {
  const view = anchor.ownerDocument.defaultView!;
  const target = anchor.getBoundingClientRect();
  card.style.removeProperty('max-height');
  let box = card.getBoundingClientRect();
  const roomBelow = view.innerHeight - target.bottom - 2 * GAP;
  const roomAbove = target.top - 2 * GAP;
  const below = box.height <= roomBelow || (box.height > roomAbove && roomBelow >= roomAbove);
  const room = below ? roomBelow : roomAbove;
  if (box.height > room) {
    card.style.setProperty('max-height', `${Math.max(MIN_CARD_HEIGHT, Math.floor(room))}px`);
    box = card.getBoundingClientRect();
  }
  const top = below ? target.bottom + GAP : Math.max(GAP, target.top - GAP - box.height);
  const left = Math.min(Math.max(GAP, target.left), Math.max(GAP, view.innerWidth - box.width - GAP));
  host.style.setProperty('transform', `translate(${Math.round(left)}px, ${Math.round(top)}px)`);
}
