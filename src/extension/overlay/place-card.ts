/** Gap between a sentence and its card, and between the card and the viewport's edge. */
const GAP = 6;
/** The card never gets shorter than this to keep clear of the sentence; it scrolls inside instead. */
const MIN_CARD_HEIGHT = 96;

/**
 * Where the card goes, in document coordinates: below the sentence when it fits, else above; when
 * neither side has room, on the roomier side with its height capped, so it scrolls rather than
 * covering the sentence it explains. `target` is the sentence's box in viewport coordinates.
 */
export function placeCard(card: HTMLElement, target: DOMRect, view: Window): void {
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
  card.style.setProperty('left', `${Math.round(left + view.scrollX)}px`);
  card.style.setProperty('top', `${Math.round(top + view.scrollY)}px`);
}

/** Whether the page is dark where the sentence is: the card follows the page's theme, not the system's. */
export function pageLooksDark(node: Node | null): boolean {
  for (let element = node instanceof Element ? node : node?.parentElement; element; element = element.parentElement) {
    const match = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(getComputedStyle(element).backgroundColor);
    if (!match || match[4] === '0') continue;
    const [r, g, b] = match.slice(1, 4).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
  }
  return false;
}
