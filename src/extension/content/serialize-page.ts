/**
 * The page as a small HTML string for the background, which finds the article in it with the same
 * extraction the CLI uses. Built by walking the live DOM in steps (never one long task), reading
 * only: no node is created, changed or moved. Scripts, styles, media, form fields, editable regions
 * and our own UI are left out, and only the attributes article extraction looks at are kept.
 */

import { isUnread } from '../../extract/unread-elements';
import { DATE_META_SELECTOR, linkedDataDates } from '../../extract/page-date';

/** Text beyond this is not sent: a page with more is read on its first 500,000 characters (80,000 words). */
export const MAX_PAGE_TEXT = 500_000;
/** Nodes visited between two yields. */
const NODES_PER_STEP = 1500;

const KEPT_ATTRIBUTES = ['id', 'class', 'role', 'itemprop', 'content', 'hidden', 'aria-hidden', 'style', 'href', 'datetime', 'pubdate', 'lang'];
/** The attributes a dating `<meta>` is named by (see page-date.ts). */
const META_NAMES = ['name', 'property', 'itemprop'];
/** Dating `<meta>` elements sent at most: a page has a handful; a page with thousands sends no more. */
const MAX_DATE_METAS = 20;
const VOID = new Set(['BR', 'HR', 'WBR']);

/**
 * The first text node after `from` in document order under `root` (the first of all when `from` is
 * `root`), not entering skipped elements. A plain walk over the DOM's own links, so walking a page
 * costs no generator and no script callback per node (a TreeWalker filter calls back 50,000 times on
 * a page of 50,000 nodes). A node removed from the page has no next node: the walk ends there.
 */
export function nextVisibleText(from: Node, root: Node): Text | null {
  let node = from === root ? root.firstChild : after(from, root);
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) return node as Text;
    if (node.nodeType === Node.ELEMENT_NODE && node.firstChild && !isUnread(node as Element)) node = node.firstChild;
    else node = after(node, root);
  }
  return null;
}

/** The node that follows `node`'s subtree under `root`. */
function after(node: Node, root: Node): Node | null {
  let at: Node | null = node;
  while (at && at !== root && !at.nextSibling) at = at.parentNode;
  return at && at !== root ? at.nextSibling : null;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function openTag(element: Element): string {
  let tag = `<${element.localName}`;
  for (const name of KEPT_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value !== null) tag += ` ${name}="${escapeAttribute(value.slice(0, 500))}"`;
  }
  return `${tag}>`;
}

/**
 * Serialises `doc` (title and body) in steps. Returns null when the page changed under the walk
 * (a node it stood on was removed): the caller's observer schedules another scan then.
 */
export function* serializePage(doc: Document): Generator<void, string | null, void> {
  const body = doc.body;
  if (!body || doc.designMode === 'on') return null;
  const out: string[] = [`<!doctype html><html><head><title>${escapeText(doc.title)}</title>${dateMetas(doc)}</head><body>`];
  let textLength = 0;
  let visited = 0;
  let node: Node | null = body.firstChild;
  while (node && textLength < MAX_PAGE_TEXT) {
    if (++visited % NODES_PER_STEP === 0) {
      yield;
      if (!body.contains(node)) return null;
    }
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : null;
    if (element && !isUnread(element)) {
      out.push(VOID.has(element.tagName) ? `<${element.localName}>` : openTag(element));
      if (element.firstChild && !VOID.has(element.tagName)) {
        node = element.firstChild;
        continue;
      }
      if (!VOID.has(element.tagName)) out.push(`</${element.localName}>`);
    } else if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      textLength += data.length;
      out.push(escapeText(data));
    }
    // Climb until a next sibling, closing the elements left behind.
    while (node && node !== body && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== body) out.push(`</${(node as Element).localName}>`);
    }
    node = node && node !== body ? node.nextSibling : null;
  }
  out.push('</body></html>');
  return out.join('');
}

/**
 * The head's `<meta>` elements that date the page (its publication and update times), and the
 * dates its linked data gives its article, as metas: the only part of the head besides the title
 * that the background reads (a page dated years before the story is not about it).
 */
function dateMetas(doc: Document): string {
  const sent = new Set<string>();
  for (const meta of doc.head?.querySelectorAll(DATE_META_SELECTOR) ?? []) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    // Every naming attribute the meta has: one may name it for another reader ("twitter:data1").
    const names = META_NAMES.filter((n) => meta.hasAttribute(n)).map((n) => ` ${n}="${escapeAttribute(meta.getAttribute(n)!.slice(0, 100))}"`);
    sent.add(`<meta${names.join('')} content="${escapeAttribute(content.slice(0, 100))}">`);
    if (sent.size >= MAX_DATE_METAS) break;
  }
  // The article's dates in its linked data, which the page's scripts carry and the walk leaves out.
  for (const { itemprop, content } of linkedDataDates(doc)) {
    if (sent.size >= MAX_DATE_METAS) break;
    sent.add(`<meta itemprop="${itemprop}" content="${escapeAttribute(content)}">`);
  }
  return [...sent].join('');
}
