/**
 * Elements whose content is not the page's published text: scripts and styles, media and their
 * labels (an icon's `<svg><title>`), form fields and buttons, and editors (a CMS draft or webmail
 * is the reader's own writing). Both ways a page reaches the engine leave them out with all they
 * hold: the browser's walk of the live page (serialize-page.ts) and the CLI's parse of a saved one
 * (html-to-article.ts), so the two read the same words.
 */
const UNREAD_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO',
  'TEXTAREA', 'SELECT', 'INPUT', 'BUTTON', 'SVG', 'MATH', 'IMG', 'PICTURE', 'SOURCE', 'LINK', 'META',
]);

/** The same elements' names in lower case. */
export const UNREAD_TAG_NAMES: readonly string[] = [...UNREAD_TAGS].map((tag) => tag.toLowerCase());

/** The same elements as a selector, for a parsed page. */
export const UNREAD_SELECTOR = UNREAD_TAG_NAMES.join(', ');

/** True for elements whose content is not the page's published text (left out with everything inside). */
export function isUnread(element: Element): boolean {
  return UNREAD_TAGS.has(element.tagName.toUpperCase()) || isEditable(element);
}

/** An editor (a CMS draft, webmail) is the reader's own writing: ClaimLens neither reads nor marks it. */
export function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}
