/**
 * Painting through the CSS Custom Highlight API: ranges registered in `CSS.highlights` and styled by
 * `::highlight(name)`. Nothing is inserted into the page's text; the page's DOM stays as served.
 * Names carry a random part per page load, so a page cannot style, nor be styled as, our marks.
 * @see https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API
 */

/** The kinds of mark ClaimLens paints. */
export type PaintKind = 'supports' | 'conflicts' | 'figure';
export const PAINT_KINDS: readonly PaintKind[] = ['supports', 'conflicts', 'figure'];

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

function registry(): { highlights: HighlightRegistryLike; Highlight: HighlightConstructor } | undefined {
  const highlights = (globalThis.CSS as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  const Highlight = (globalThis as { Highlight?: HighlightConstructor }).Highlight;
  return highlights && typeof Highlight === 'function' ? { highlights, Highlight } : undefined;
}

/** True when the browser can paint highlights (Chromium 105+, Firefox 140+, Safari 17.2+). */
export function canPaintHighlights(): boolean {
  return registry() !== undefined;
}

/** Highlight names for one page load: `claimlens-<random>-<kind>`. */
export function highlightNames(token: string): Record<PaintKind, string> {
  return { supports: `claimlens-${token}-supports`, conflicts: `claimlens-${token}-conflicts`, figure: `claimlens-${token}-figure` };
}

/**
 * Registers the ranges of each kind under its name. Returns false (painting nothing) where the API
 * is missing: then the overlay's focus ring and card still show each sentence one at a time.
 */
export function paintRanges(names: Record<PaintKind, string>, ranges: Record<PaintKind, Range[]>): boolean {
  const api = registry();
  if (!api) return false;
  for (const kind of PAINT_KINDS) api.highlights.set(names[kind], new api.Highlight(...ranges[kind]));
  return true;
}

/** Removes our highlights from the registry. */
export function clearPaint(names: Record<PaintKind, string>): void {
  const api = registry();
  for (const kind of PAINT_KINDS) api?.highlights.delete(names[kind]);
}

/**
 * Which elements the rules are written on. Adding a style sheet makes the browser recompute the style
 * of every element its rules could match: on a 50,000-node page that is one 100 ms step. Chromium
 * lets highlight styles inherit, so a rule on the root alone suffices and costs less (about 60 ms
 * there); Firefox ESR does not inherit them yet and needs the rule on every element.
 * @see https://drafts.csswg.org/css-pseudo-4/#highlight-cascade
 */
const HIGHLIGHT_ORIGIN = import.meta.env.FIREFOX ? '' : ':root';

/**
 * The document-level rules for our highlight names. Quiet for a shared sentence (a faint dotted
 * underline); for a conflict a faint wash on the sentence and, on the disputed figure itself, an
 * amber double underline: neither link blue nor spell-check red, and told apart by shape too.
 */
export function highlightCss(names: Record<PaintKind, string>, on: string = HIGHLIGHT_ORIGIN): string {
  return `
${on}::highlight(${names.supports}) { text-decoration: underline dotted 1px rgb(100 116 139 / 0.75); text-underline-offset: 0.2em; }
${on}::highlight(${names.conflicts}) { background-color: rgb(217 119 6 / 0.10); }
${on}::highlight(${names.figure}) { background-color: rgb(217 119 6 / 0.22); text-decoration: underline double 2px #b45309; text-underline-offset: 0.18em; }
@media (prefers-color-scheme: dark) {
  ${on}::highlight(${names.supports}) { text-decoration-color: rgb(148 163 184 / 0.8); }
  ${on}::highlight(${names.figure}) { text-decoration-color: #f59e0b; }
}`;
}
