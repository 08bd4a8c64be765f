/** Attribute on every highlight element; its value is the relation ('supports' or 'conflicts'). */
export const MARK_ATTR = 'data-claimlens';
/** Attribute on every other element ClaimLens adds to a page (the card host, the style element). */
export const UI_ATTR = 'data-claimlens-ui';

/** True for a node ClaimLens put into the page: a highlight, its card or its styles. */
export function isOwnNode(node: Node | null): boolean {
  if (!node || node.nodeType !== Node.ELEMENT_NODE) return false;
  const element = node as Element;
  return element.hasAttribute(MARK_ATTR) || element.hasAttribute(UI_ATTR);
}

/** True for a node inside (or being) a ClaimLens highlight or UI element. */
export function isInsideOwnNode(node: Node | null): boolean {
  const element = node?.nodeType === Node.ELEMENT_NODE ? (node as Element) : node?.parentElement;
  return Boolean(element?.closest(`[${MARK_ATTR}],[${UI_ATTR}]`));
}
