import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ClaimCard } from '../card/claim-card';
import type { HighlightGroup } from '../highlight/highlight-groups';
import { FIRST_ATTR } from '../highlight/highlighter';
import { nextAnchor, revealAnchor, shortcutOf } from './highlight-navigation';

/** What the interactions need from the highlights shown at the moment. */
export interface InteractionTarget {
  groupOf(node: Node): HighlightGroup | undefined;
  firstMarkOf(group: HighlightGroup): HTMLElement | undefined;
  anchors(): HTMLElement[];
  showCard(anchor: HTMLElement, group: HighlightGroup): void;
  toggleHighlights(): void;
}

/** Grace period so the pointer can travel from a highlight onto its card. */
const HIDE_DELAY_MS = 250;

/**
 * Hover and focus open the card; leaving or Escape closes it; Alt+Shift+N / P move between
 * highlights and Alt+Shift+H hides or shows them all. Every listener goes through `ctx`.
 */
export function wireHighlightInteractions(ctx: ContentScriptContext, doc: Document, card: ClaimCard, target: InteractionTarget): void {
  let hideTimer: number | undefined;
  const cancelHide = () => clearTimeout(hideTimer);
  const hideSoon = () => {
    cancelHide();
    hideTimer = ctx.setTimeout(() => card.hide(), HIDE_DELAY_MS);
  };
  const open = (node: Node | null) => {
    const group = node ? target.groupOf(node) : undefined;
    const anchor = group && target.firstMarkOf(group);
    if (!group || !anchor) return false;
    cancelHide();
    if (card.anchor !== anchor) target.showCard(anchor, group);
    return true;
  };

  ctx.addEventListener(doc, 'mouseover', (event) => {
    if (card.contains(event.target)) cancelHide();
    else if (!open(event.target as Node) && card.anchor) hideSoon();
  });
  ctx.addEventListener(doc, 'focusin', (event) => {
    if (!open(event.target as Node) && card.anchor) card.hide();
  });
  ctx.addEventListener(doc, 'keydown', (event) => onKey(event, card, target), { capture: true });
  // When the page scrolls, the card follows the focused highlight it explains (Alt+Shift+N scrolls to
  // it after focusing it); a card opened by hovering closes instead.
  ctx.addEventListener(
    window,
    'scroll',
    () => {
      if (!card.anchor) return;
      if (doc.activeElement === card.anchor) card.follow();
      else card.hide();
    },
    { passive: true },
  );
}

function onKey(event: KeyboardEvent, card: ClaimCard, target: InteractionTarget): void {
  const shortcut = shortcutOf(event);
  if (!shortcut && isActivation(event) && target.groupOf(event.target as Node)) {
    const mark = event.target as HTMLElement;
    if (card.anchor === mark) card.hide();
    else target.showCard(mark, target.groupOf(mark)!);
    event.preventDefault();
    return;
  }
  if (!shortcut || (shortcut !== 'close' && isEditable(event.target))) return;
  if (shortcut === 'close') {
    if (!card.anchor) return; // leave Escape to the page when the card is not open
    card.hide();
  } else if (shortcut === 'toggle') {
    target.toggleHighlights();
  } else {
    const anchor = nextAnchor(target.anchors(), document.activeElement, shortcut === 'next' ? 1 : -1);
    if (anchor) revealAnchor(anchor);
  }
  event.preventDefault();
  event.stopPropagation();
}

function isActivation(event: KeyboardEvent): boolean {
  const element = event.target as Element | null;
  return (event.key === 'Enter' || event.key === ' ') && Boolean(element?.hasAttribute?.(FIRST_ATTR));
}

function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element?.isContentEditable || element?.closest?.('input, textarea, select'));
}
