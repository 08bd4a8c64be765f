import { UI_ATTR } from './own-nodes';

/**
 * The page's visible text reduced to an anchoring "skeleton": whitespace, soft hyphens and
 * zero-width characters dropped, quotes and dashes folded, letters lower-cased. Each skeleton
 * character keeps where it came from, so a match in the skeleton maps back to (text node, offset).
 * Dropping whitespace outright (rather than collapsing it) makes a quote match even when the page
 * splits words with <br> or the extractor joined lines with a space.
 */
export interface PageTextMap {
  text: string;
  nodes: Text[];
  /** For each skeleton character: its text node's index in `nodes`. */
  nodeIndex: Int32Array;
  /** For each skeleton character: its offset inside that text node. */
  offsets: Int32Array;
}

/** Elements whose text a reader never sees as article text. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'svg', 'IFRAME']);

const DROPPED = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/;
const FOLDED: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2032': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

/** One character's skeleton form: '' when dropped, otherwise exactly one character. */
export function foldChar(ch: string): string {
  if (DROPPED.test(ch)) return '';
  const folded = FOLDED[ch];
  if (folded) return folded;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch; // keep offsets 1:1 where lower-casing would grow a char
}

/** The skeleton of a quote, for searching in a `PageTextMap`. */
export function foldText(text: string): string {
  // Code unit by code unit, exactly as the page map is built, so both sides fold alike.
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
  return out;
}

/** Walks the text nodes under `root` (skipping scripts, styles, form fields and our UI) into a map. */
export function buildPageTextMap(root: Node): PageTextMap {
  const nodes: Text[] = [];
  const nodeIndex: number[] = [];
  const offsets: number[] = [];
  let text = '';
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === Node.TEXT_NODE || !isSkipped(node as Element) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const data = (node as Text).data;
    for (let i = 0; i < data.length; i++) {
      const folded = foldChar(data[i]);
      if (!folded) continue;
      text += folded;
      nodeIndex.push(nodes.length);
      offsets.push(i);
    }
    nodes.push(node as Text);
  }
  return { text, nodes, nodeIndex: Int32Array.from(nodeIndex), offsets: Int32Array.from(offsets) };
}

function isSkipped(element: Element): boolean {
  return SKIPPED_TAGS.has(element.tagName) || element.hasAttribute(UI_ATTR);
}
