import { HIGHLIGHT_NAMES } from './highlight-paint';
import { MARK_ATTR, UI_ATTR } from './own-nodes';

/** Class on marks whose text the CSS Custom Highlight API paints (so the mark itself stays plain). */
export const PAINTED_CLASS = 'claimlens-painted';
/** Class that briefly marks the highlight the reader jumped to. */
export const FLASH_CLASS = 'claimlens-flash';

// A small "≠" badge: conflicts are told apart by shape (wavy line + this icon), not colour alone.
const CONFLICT_ICON =
  "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'%3E" +
  "%3Ccircle cx='5' cy='5' r='5' fill='%23b91c1c'/%3E" +
  "%3Cpath d='M2.5 4h5M2.5 6.2h5M6.3 2.4 3.7 7.8' stroke='white' stroke-width='1.1'/%3E%3C/svg%3E\")";

const mark = `mark[${MARK_ATTR}]`;

/**
 * Styles for the highlights. Everything is !important and `all: unset` first, because pages style
 * <mark> themselves; no padding, margin or border is set, so line boxes never move.
 */
export const HIGHLIGHT_CSS = `
${mark} {
  all: unset !important;
  cursor: help !important;
  border-radius: 2px !important;
  text-decoration-skip-ink: auto !important;
  text-underline-offset: 0.18em !important;
}
${mark}[${MARK_ATTR}="supports"] {
  background-color: rgb(37 99 235 / 0.10) !important;
  text-decoration: underline solid 2px #2563eb !important;
}
${mark}[${MARK_ATTR}="conflicts"] {
  background-color: rgb(220 38 38 / 0.10) !important;
  text-decoration: underline wavy 1.5px #dc2626 !important;
}
${mark}[${MARK_ATTR}="conflicts"][data-claimlens-first] {
  background-image: ${CONFLICT_ICON} !important;
  background-repeat: no-repeat !important;
  background-position: left top !important;
  background-size: 0.55em 0.55em !important;
}
${mark}.${PAINTED_CLASS} {
  background-color: transparent !important;
  text-decoration: none !important;
}
::highlight(${HIGHLIGHT_NAMES.supports}) {
  background-color: rgb(37 99 235 / 0.10);
  text-decoration: underline solid 2px #2563eb;
}
::highlight(${HIGHLIGHT_NAMES.conflicts}) {
  background-color: rgb(220 38 38 / 0.10);
  text-decoration: underline wavy 1.5px #dc2626;
}
${mark}:focus-visible {
  outline: 2px solid #2563eb !important;
  outline-offset: 2px !important;
}
${mark}.${FLASH_CLASS} {
  outline: 3px solid #f59e0b !important;
  outline-offset: 2px !important;
}
`;

/** Adds the highlight stylesheet to the page; returns the function that removes it. */
export function installHighlightStyles(doc: Document): () => void {
  const style = doc.createElement('style');
  style.setAttribute(UI_ATTR, 'styles');
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
  return () => style.remove();
}
