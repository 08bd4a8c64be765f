import type { HighlightGroup } from './highlight-groups';
import { clearPaint, paintHighlights } from './highlight-paint';
import { PAINTED_CLASS } from './highlight-styles';
import { MARK_ATTR } from './own-nodes';
import { unwrapAll, wrapSegments, type TextSplit } from './wrap-segments';

/** Marker on the first mark of a group: the one that takes keyboard focus. */
export const FIRST_ATTR = 'data-claimlens-first';

/** The highlights of one page, which it created and can remove without a trace. */
export interface Highlighter {
  /** Wraps one anchored group. Call in the order `anchorGroups` returns (last in the page first). */
  wrap(group: HighlightGroup): void;
  /** Hands painting to the CSS Custom Highlight API where the browser has it. */
  paint(): void;
  /** The focusable first mark of every group, in page order. */
  anchors(): HTMLElement[];
  /** The group a mark (or a node inside one) belongs to. */
  groupOf(node: Node): HighlightGroup | undefined;
  /** All marks of a group, in page order. */
  marksOf(group: HighlightGroup): HTMLElement[];
  /** False once the page has removed any of the marks (a re-render): time to highlight again. */
  isIntact(): boolean;
  /** Removes every mark and merges split text back, leaving the page's DOM as it was. */
  removeAll(): void;
  readonly size: number;
}

/**
 * Creates the highlighter for `doc`. `describe` gives each group's accessible label, which the
 * first mark carries together with tabindex=0 so keyboard users can reach every highlight.
 */
export function createHighlighter(doc: Document, describe: (group: HighlightGroup) => string): Highlighter {
  const groups = new Map<HTMLElement, HighlightGroup>();
  const marksByGroup = new Map<HighlightGroup, HTMLElement[]>();
  const splits: TextSplit[] = [];

  const makeMark = (group: HighlightGroup) => () => {
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTR, group.relation);
    mark.className = `claimlens-mark claimlens-${group.relation}`;
    return mark;
  };

  return {
    wrap(group) {
      const marks = wrapSegments(group.segments, makeMark(group), splits);
      if (!marks.length) return;
      makeFocusable(marks[0], describe(group));
      for (const mark of marks) groups.set(mark, group);
      marksByGroup.set(group, marks);
    },
    paint() {
      const marks = [...groups].map(([element, group]) => ({ element, relation: group.relation }));
      if (paintHighlights(doc, marks)) for (const { element } of marks) element.classList.add(PAINTED_CLASS);
    },
    anchors: () => [...marksByGroup.values()].map((marks) => marks[0]).sort(inPageOrder),
    groupOf(node) {
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      const mark = element?.closest(`mark[${MARK_ATTR}]`);
      return mark ? groups.get(mark as HTMLElement) : undefined;
    },
    marksOf: (group) => marksByGroup.get(group) ?? [],
    isIntact: () => [...groups.keys()].every((mark) => mark.isConnected),
    removeAll() {
      clearPaint();
      unwrapAll(groups.keys(), splits);
      groups.clear();
      marksByGroup.clear();
    },
    get size() {
      return marksByGroup.size;
    },
  };
}

function makeFocusable(mark: HTMLElement, label: string): void {
  mark.setAttribute(FIRST_ATTR, '');
  mark.tabIndex = 0;
  mark.setAttribute('role', 'button');
  // A label replaces the element's text for screen readers: keep the page's words first, then ours.
  mark.setAttribute('aria-label', `${mark.textContent ?? ''} (${label})`);
  mark.setAttribute('aria-expanded', 'false');
}

function inPageOrder(a: Node, b: Node): number {
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
