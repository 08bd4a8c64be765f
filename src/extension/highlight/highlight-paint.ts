import type { Relation } from '@/src/types';

/** Names of the CSS custom highlights, used by `::highlight()` in the page stylesheet. */
export const HIGHLIGHT_NAMES: Record<Relation, string> = {
  supports: 'claimlens-supports',
  conflicts: 'claimlens-conflicts',
};

/** The part of the CSS Custom Highlight API this needs; absent in older browsers. */
interface HighlightRegistryLike {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

function registry(): { highlights: HighlightRegistryLike; Highlight: new (...ranges: Range[]) => unknown } | undefined {
  const highlights = (globalThis.CSS as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  return highlights && typeof Highlight === 'function' ? { highlights, Highlight } : undefined;
}

/** True when the browser can paint highlights through `CSS.highlights`. */
export function canPaintHighlights(): boolean {
  return registry() !== undefined;
}

/**
 * Paints the marks' text through the CSS Custom Highlight API, one named highlight per relation.
 * Returns false (and paints nothing) where the API is missing; the marks' own style applies then.
 */
export function paintHighlights(doc: Document, marks: { relation: Relation; element: HTMLElement }[]): boolean {
  const api = registry();
  if (!api) return false;
  for (const relation of Object.keys(HIGHLIGHT_NAMES) as Relation[]) {
    const ranges = marks
      .filter((mark) => mark.relation === relation)
      .map(({ element }) => {
        const range = doc.createRange();
        range.selectNodeContents(element);
        return range;
      });
    api.highlights.set(HIGHLIGHT_NAMES[relation], new api.Highlight(...ranges));
  }
  return true;
}

/** Removes ClaimLens's custom highlights from the page. */
export function clearPaint(): void {
  const api = registry();
  for (const name of Object.values(HIGHLIGHT_NAMES)) api?.highlights.delete(name);
}
