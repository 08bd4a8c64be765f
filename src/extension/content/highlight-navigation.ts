/** Which way the reader moves through the highlights. */
export type Direction = 1 | -1;

/**
 * The highlight to move to from `current` (a focused highlight, or anything else). From a highlight:
 * the next or previous one, wrapping around. From elsewhere: the first highlight at or below the top
 * of the viewport going forward, or the last one above it going back.
 */
export function nextAnchor(anchors: HTMLElement[], current: Element | null, direction: Direction): HTMLElement | undefined {
  if (!anchors.length) return undefined;
  const at = current ? anchors.indexOf(current as HTMLElement) : -1;
  if (at !== -1) return anchors[(at + direction + anchors.length) % anchors.length];
  const tops = anchors.map((anchor) => anchor.getBoundingClientRect().top);
  if (direction === 1) return anchors[tops.findIndex((top) => top >= 0)] ?? anchors[0];
  const above = tops.map((top, i) => (top < 0 ? i : -1)).filter((i) => i !== -1);
  return anchors[above[above.length - 1] ?? anchors.length - 1];
}

/** Focuses a highlight and brings it to the middle of the screen (without animation if the reader prefers). */
export function revealAnchor(anchor: HTMLElement): void {
  const view = anchor.ownerDocument.defaultView;
  const reduce = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  anchor.focus({ preventScroll: true });
  anchor.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
}

/** The ClaimLens shortcut a key press stands for, if any. `event.code` is used: Alt changes `key` on macOS. */
export function shortcutOf(event: KeyboardEvent): 'next' | 'previous' | 'toggle' | 'close' | undefined {
  if (event.key === 'Escape') return 'close';
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return undefined;
  return ({ KeyN: 'next', KeyP: 'previous', KeyH: 'toggle' } as const)[event.code as 'KeyN' | 'KeyP' | 'KeyH'];
}
