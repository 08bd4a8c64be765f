import { anchorQuote } from '../highlight/anchor-quote';
import { buildPageTextMap } from '../highlight/page-text-map';

/**
 * Scrolls to a sentence that has no highlight (a possible match, or highlights hidden) and selects
 * it, the way the browser's own find does. Returns false when the sentence is not on the page.
 */
export function selectQuote(doc: Document, quote: string, expectedRatio: number): boolean {
  const found = anchorQuote(buildPageTextMap(doc.body), quote, expectedRatio);
  if (!found) return false;
  const first = found.segments[0];
  const last = found.segments[found.segments.length - 1];
  const range = doc.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  first.node.parentElement?.scrollIntoView?.({ block: 'center' });
  return true;
}
