// Functions that run inside the page through `page.evaluate`, for the reader-facing checks (layout,
// keyboard, card). Serialised, so each one is self-contained: no imports, nothing from outside its body.

/**
 * Document-relative boxes [x, y, width, height] of the text blocks under `scopeSelector`, to 0.1 px.
 * Blocks inside fixed or sticky boxes (a cookie banner) are left out: they move with scrolling.
 */
export function readBlockBoxes(scopeSelector: string): number[][] {
  const scope = document.querySelector(scopeSelector) ?? document.body;
  const round = (value: number) => Math.round(value * 10) / 10;
  const pinned = (element: Element | null): boolean =>
    element !== null && (['fixed', 'sticky'].includes(getComputedStyle(element).position) || pinned(element.parentElement));
  const blocks = [...scope.querySelectorAll('h1, h2, h3, p, li, blockquote, dt, dd, figcaption')].filter((e) => !pinned(e));
  return blocks.map((element) => {
    const box = element.getBoundingClientRect();
    return [box.x + scrollX, box.y + scrollY, box.width, box.height].map(round);
  });
}

/**
 * The body as a flat list: one entry per element (tag and sorted attributes) and per text node (its
 * text), so a split text node or a leftover attribute shows up as a difference. Pass a document to read
 * it instead of this page's (the served HTML, parsed afresh).
 */
export function readBodyShape(source?: string): string[] {
  const body = source ? new DOMParser().parseFromString(source, 'text/html').body : document.body;
  const shape: string[] = [];
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) shape.push(`#${(node as Text).data}`);
    else {
      const element = node as Element;
      // Chromium's autofill leaves `style=""` on a form field the keyboard passed through: not ClaimLens's doing.
      const attributes = [...element.attributes].filter((a) => a.name !== 'style' || a.value).map((a) => `${a.name}=${a.value}`).sort();
      shape.push(`<${element.tagName} ${attributes.join(' ')}>`);
    }
  }
  return shape;
}

/** The page's HTML as the server sent it, before any script (ClaimLens's included) touched it. */
export async function readServedHtml(): Promise<string> {
  return (await fetch(location.href, { cache: 'no-store' })).text();
}

/** What keyboard focus is on, and whether ClaimLens's card is open beside it without covering it. */
export interface FocusReport {
  /** `data-claimlens` of the focused highlight ('supports' / 'conflicts'), or null when focus is elsewhere. */
  relation: string | null;
  expanded: string | null;
  cardShown: boolean;
  cardCoversFocus: boolean;
}

/** Reads the focused element and the card's host (its shadow root is closed: only its box is visible). */
export function readFocus(): FocusReport {
  const active = document.activeElement as HTMLElement | null;
  const relation = active?.matches('mark[data-claimlens]') ? active.getAttribute('data-claimlens') : null;
  const host = document.querySelector<HTMLElement>('[data-claimlens-ui="card"]');
  const card = host && getComputedStyle(host).display !== 'none' ? host.getBoundingClientRect() : null;
  const focus = active?.getBoundingClientRect();
  const overlaps = Boolean(card && focus && card.left < focus.right && focus.left < card.right && card.top < focus.bottom && focus.top < card.bottom);
  return {
    relation,
    expanded: active?.getAttribute('aria-expanded') ?? null,
    cardShown: Boolean(card && card.height > 0),
    cardCoversFocus: overlaps,
  };
}

/** The computed background colour of the body, e.g. to tell the dark theme from the light one. */
export function readBodyBackground(): string {
  return getComputedStyle(document.body).backgroundColor;
}
