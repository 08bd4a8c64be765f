import type { TextSegment } from './anchor-quote';

/** A text node split in two by `splitText`: undone by appending `right` back onto `left`. */
export interface TextSplit {
  left: Text;
  right: Text;
}

/**
 * Wraps each segment in an element made by `createMark`, splitting text nodes at the segment's
 * edges. Returns the marks, and appends every split to `splits` in the order made, so that
 * `unwrapAll` can undo them in reverse and leave the page exactly as it was.
 *
 * When several quotes share a text node, wrap the later one first: a split leaves the earlier part
 * of the text in the original node, so segments found before wrapping stay valid.
 */
export function wrapSegments(segments: TextSegment[], createMark: () => HTMLElement, splits: TextSplit[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const { node, start, end } of segments) {
    if (!node.isConnected || !node.parentNode || end > node.length || start >= end) continue;
    let target = node;
    if (end < target.length) splits.push({ left: target, right: target.splitText(end) });
    if (start > 0) {
      const right = target.splitText(start);
      splits.push({ left: target, right });
      target = right;
    }
    const mark = createMark();
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    marks.push(mark);
  }
  return marks;
}

/** Removes the marks and merges the split text nodes back, newest split first. */
export function unwrapAll(marks: Iterable<HTMLElement>, splits: TextSplit[]): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue; // the page removed it already
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
  }
  for (let i = splits.length - 1; i >= 0; i--) {
    const { left, right } = splits[i];
    // A page that re-rendered in between may have moved either node: then there is nothing to merge.
    if (left.nextSibling !== right) continue;
    left.appendData(right.data);
    right.remove();
  }
  splits.length = 0;
}
