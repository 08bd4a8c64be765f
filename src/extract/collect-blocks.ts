/**
 * Walks a DOM subtree in document order and collects its readable blocks — paragraphs, headings,
 * list items, block quotes, captions — skipping page furniture. Used on Readability's article and,
 * when Readability finds nothing, on the page's <article>, <main> or <body>.
 */
import type { BlockKind } from '../types';
import { COMMENTS_HEADING, isInsideChrome, isPageChrome, namesOf, READ_ALSO_TEXT } from './page-chrome';
import { asRead } from '../engine/text/invisible';

/** A block before offsets are assigned. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  /** A fact box's row: the label its text opens with, before the space that joins the value. */
  label?: string;
}

/** Tags that are one block each, and the kind of block they make. */
export const BLOCK_TAGS: Readonly<Record<string, BlockKind>> = {
  p: 'paragraph', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', blockquote: 'quote', figcaption: 'caption', dt: 'paragraph', dd: 'paragraph', pre: 'paragraph',
};

/** Tags that only group blocks: they are walked into, never read whole unless they hold only text. */
const CONTAINER_TAGS = new Set([
  'div', 'section', 'article', 'main', 'header', 'ul', 'ol', 'dl', 'figure', 'body', 'center', 'details', 'hgroup',
  // Old layouts set the whole page in a table: its cells hold the article.
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th',
]);

/** Teaser links shorter than this are "read also" furniture when a paragraph is nothing but a link. */
const MAX_TEASER_LENGTH = 160;

/**
 * Class or id words that mark a standfirst (dek, summary line under the headline). "lead" only as a
 * name's last part ("pr-lead", "article-lead"): "lead-image" and "lead-story" are other things.
 */
export const STANDFIRST_NAME = /(?:^|[\s_-])(?:(?:standfirst|dek|deck|subtitle|sub-title|subheadline|subhead|strapline|lede|summary|intro)(?:$|[\s_-])|lead(?:$|\s))/i;

/** Text of an element with runs of whitespace collapsed, as the reader sees it. */
export function blockText(el: Element): string {
  return asRead(spacedText(el));
}

/**
 * An element's text, with a space where two elements' words would run together: a label set
 * apart by style ("<span>When</span>Tuesday 23 June", shown on a line of its own) or a photo's
 * counter ("<span>1/5</span>Amnesty activists…") reads as two words, not "WhenTuesday". Only a
 * letter or digit before a capital gets one: a drop cap ("<span>T</span>he") or a word split by
 * markup ("Brus<b>sels</b>") stays one word.
 */
function spacedText(el: Element): string {
  const parts: string[] = [];
  let last = '';
  /** Whether an element boundary stands between the text read so far and the next text. */
  let boundary = false;
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data;
        if (!data) continue;
        if (boundary && GLUED.test(last) && STARTS_CAPITAL.test(data[0])) parts.push(' ');
        parts.push(data);
        last = data[data.length - 1];
        boundary = false;
      } else if (child.nodeType === ELEMENT_NODE) {
        boundary = true;
        visit(child);
        boundary = true;
      }
    }
  };
  visit(el);
  return parts.join('');
}
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const GLUED = /[\p{L}\p{N}]/u;
const STARTS_CAPITAL = /\p{Lu}/u;

/** Lines of a block set with `<br>` between them that each read as a block of their own: at least this many. */
const MIN_LINES = 3;

/**
 * A block's lines, where its author set several with `<br>` ("00:14 >> CORRESPONDENT: …<br>00:41 >>
 * ANCHOR: …", a transcript; "Date: 23 June<br>Place: Brussels<br>…", a fact box): each line is a block
 * of its own, as a reader sees it. A block with fewer breaks is one block (`text`), as before.
 */
function lineTexts(el: Element, text: string): string[] {
  if (el.querySelectorAll('br').length < MIN_LINES - 1) return [text];
  const kept = keptLines(readLines(el.childNodes).lines);
  return kept.length >= MIN_LINES ? kept : [text];
}

/**
 * The text of `nodes` cut at each `<br>` (lines as written, whitespace not yet collapsed), and how
 * many of its letters stand in links; elements `skip` names are left out with all they hold.
 */
function readLines(nodes: Iterable<Node>, skip: (el: Element) => boolean = () => false): { lines: string[]; linked: number } {
  const lines = [''];
  let linked = 0;
  const visit = (children: Iterable<Node>, inLink: boolean): void => {
    for (const child of children) {
      if (child.nodeType === 3) {
        lines[lines.length - 1] += child.textContent ?? '';
        if (inLink) linked += letterCount(child.textContent ?? '');
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toLowerCase();
        if (tag === 'br') lines.push('');
        else if (!skip(el)) visit(el.childNodes, inLink || tag === 'a');
      }
    }
  };
  visit(nodes, false);
  return { lines, linked };
}

/** Each line's whitespace collapsed, empty lines left out. */
const keptLines = (lines: readonly string[]): string[] => lines.map(asRead).filter(Boolean);

/** A paragraph that is only a short link is a teaser for another article. */
function isTeaserLink(el: Element, text: string): boolean {
  const links = [...el.querySelectorAll('a')];
  if (links.length === 0 || text.length > MAX_TEASER_LENGTH) return false;
  const linkText = links.reduce((n, a) => n + blockText(a).length, 0);
  return linkText >= text.length * 0.9;
}

/**
 * A linked headline over the paragraph it heads (a news card: "<h3><a>Taliban envoys sit down with EU
 * officials</a></h3><p>A five-man team…</p>") is read with that paragraph, as the card's headline,
 * not dropped as a teaser: the snippet under it is read either way. The snippet must be prose (a
 * sentence of a few words, no link, no furniture): "<p><time>2 hours ago</time></p>" heads nothing.
 */
function headsSnippet(el: Element, tag: string): boolean {
  if (BLOCK_TAGS[tag] !== 'heading') return false;
  const next = el.nextElementSibling;
  if (!next || next.tagName.toLowerCase() !== 'p' || isPageChrome(next)) return false;
  const text = blockText(next);
  return SNIPPET.test(text) && !READ_ALSO_TEXT.test(text) && !isTeaserLink(next, text);
}

/**
 * A list item that holds a list, table or definition list of its own: a newsletter's item set as
 * `<li><h3>…</h3><p>…</p><div><ul>…</ul></div></li>`. Its blocks are read one by one, as any
 * container's; read whole, its heading, prose and fact box would be one block. A teaser's source,
 * headline and snippet (Readability makes paragraphs of their divs) stay one item.
 */
function holdsSections(li: Element): boolean {
  const isList = (el: Element) => ['ul', 'ol', 'dl', 'table'].includes(el.tagName.toLowerCase());
  // The list or table is the item's own child, or a box's (`<div class="facts"><ul>…`): a list
  // nested deeper belongs to something inside the item, and the item stays one block.
  return [...li.children].some((child) => isList(child) || (child.tagName.toLowerCase() === 'div' && [...child.children].some(isList)));
}

/** A snippet's prose: at least six words, a sentence's end among them. */
const SNIPPET = /^(?=(?:\S+\s+){5}\S).*[.!?]/su;

function hasBlockChild(el: Element): boolean {
  return [...el.children].some((child) => {
    const tag = child.tagName.toLowerCase();
    return tag in BLOCK_TAGS || CONTAINER_TAGS.has(tag) || hasBlockChild(child);
  });
}

function kindOf(el: Element, tag: string): BlockKind {
  const names = namesOf(el);
  if ((tag === 'p' || tag === 'div' || tag === 'h2') && STANDFIRST_NAME.test(names)) return 'standfirst';
  return BLOCK_TAGS[tag] ?? 'paragraph';
}

/** The text of an in-text note marker: "3", "[12]", "*", "†". */
const NOTE_MARKER = /^\[?\d{1,3}\]?$|^[*†‡]$/;

/**
 * The ids of the page's notes: the elements that in-text markers ("…done.<sup><a href="#n3">3</a></sup>")
 * point to. A note ("Belga, 'Taliban delegation comes to Brussels', 22 June 2026") cites a source; it
 * is not the article's own text.
 */
function noteIds(root: Element): Set<string> {
  const ids = new Set<string>();
  for (const a of root.querySelectorAll('a[href*="#"]')) {
    const href = a.getAttribute('href') ?? '';
    const id = href.slice(href.indexOf('#') + 1);
    if (id && NOTE_MARKER.test(blockText(a))) ids.add(id);
  }
  return ids;
}

function collectInto(el: Element, out: RawBlock[], notes: ReadonlySet<string>): void {
  /** Set after a comments heading among siblings: what follows it, up to a heading of its rank or above, is comments. */
  let inComments: number | undefined;
  /** Text and inline elements since the last block (see `pushLooseRun`). */
  let run: Node[] = [];
  const flush = () => {
    if (run.length > 0) pushLooseRun(run, out, notes);
    run = [];
  };
  for (const node of el.childNodes) {
    if (node.nodeType === 3) {
      if (inComments === undefined) run.push(node);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    const tag = child.tagName.toLowerCase();
    const rank = HEADING_RANK[tag];
    if (inComments !== undefined && !(rank !== undefined && rank <= inComments)) continue;
    inComments = undefined;
    if (isInline(child, tag)) {
      // A headline or standfirst set in a span is a block of its own, read (and recognised) whole.
      const names = namesOf(child);
      if (HEADLINE_NAME.test(names) || STANDFIRST_NAME.test(names)) {
        flush();
        const text = blockText(child);
        if (text && !isPageChrome(child)) out.push({ kind: kindOf(child, tag), text });
      } else run.push(child);
      continue;
    }
    flush();
    // A comments heading set as a plain line ("<div><b>Reactions (3)</b></div>") opens its section
    // as a heading of the lowest rank does: up to the next heading of any rank.
    if ((rank !== undefined || !hasBlockChild(child)) && isCommentsHeading(child) && UNMISTAKABLE_COMMENTS.test(child.textContent ?? '')) {
      inComments = rank ?? LINE_RANK;
      continue;
    }
    if (tag === 'table' && isFactTable(child)) {
      collectFactRows(child, out);
      continue;
    }
    if (isPageChrome(child) || (child.id && notes.has(child.id))) continue;
    if (tag === 'dl') {
      collectDefinitions(child, out);
      continue;
    }
    const isLeafContainer = CONTAINER_TAGS.has(tag) && !hasBlockChild(child);
    if (tag === 'li' && holdsSections(child)) {
      collectInto(child, out, notes);
    } else if (tag in BLOCK_TAGS || isLeafContainer || isLooseLine(child, tag)) {
      const text = blockText(child);
      if (!text || READ_ALSO_TEXT.test(text) || (isTeaserLink(child, text) && !headsSnippet(child, tag))) continue;
      const kind = kindOf(child, tag);
      for (const line of lineTexts(child, text)) out.push({ kind, text: line });
    } else if ((CONTAINER_TAGS.has(tag) || child.children.length > 0) && !opensWithCommentsHeading(child)) {
      collectInto(child, out, notes);
    }
  }
  flush();
}

/** The share of a loose run's letters in links above which it is a list of teasers ("Item 2: <a>…</a><br>Item 3: <a>…</a>"). */
const TEASER_RUN_SHARE = 0.75;

/** An element that is part of a line of text, not a block: a link, a span, bold words, a break. */
function isInline(el: Element, tag: string): boolean {
  return !(tag in BLOCK_TAGS) && !CONTAINER_TAGS.has(tag) && tag !== 'dl' && !hasBlockChild(el) && !isLooseLine(el, tag);
}

/**
 * Text set loose between a container's blocks, with no paragraph of its own ("<td><h4>Facts</h4>On
 * Monday the ministry issued…<h4>Legal basis</h4>…", as old layouts and mailed newsletters set it):
 * a paragraph as a reader sees it, where before it was dropped; a run of three or more lines set
 * with `<br>` is a block per line, as in `lineTexts`. A run that is mostly links is a list of teasers.
 * Furniture, hidden elements, notes and elements without prose are left out at any depth.
 */
function pushLooseRun(run: readonly Node[], out: RawBlock[], notes: ReadonlySet<string>): void {
  const { lines, linked } = readLines(run, (el) => isPageChrome(el) || Boolean(el.id && notes.has(el.id)));
  const text = asRead(lines.join(''));
  if (!/\p{L}/u.test(text) || READ_ALSO_TEXT.test(text)) return;
  if (linked > 0 && linked >= letterCount(text) * TEASER_RUN_SHARE) return;
  const kept = keptLines(lines);
  for (const line of kept.length >= MIN_LINES ? kept : [text]) out.push({ kind: 'paragraph', text: line });
}

const letterCount = (text: string): number => text.replace(/[^\p{L}\p{N}]/gu, '').length;

/** Class or id words that mark a headline set in an element other than `<h1>` ("sub-hed" is a subhead). */
export const HEADLINE_NAME = /(?:^|[\s_]|(?<!sub)-)(?:headline|hed|entry-title|post-title|article-title|story-title)(?:$|[\s_-])/i;

/**
 * A bold head set as a line of its own right before a block of its container: a digest item's head
 * before its paragraph (`<td><span>1 · Migration</span><strong>The Taliban came to Brussels</strong><p>…</p></td>`).
 * Inside a paragraph bold words are its words; here the head is read as a block of its own, where
 * before it was dropped. Bylines, credits, dates, reading times and share labels are not heads.
 */
const HEAD_TAGS = new Set(['strong', 'b']);
/** A head is a few words without a closing stop; a byline, a credit, a reading time or a share label is furniture. */
const MAX_HEAD_WORDS = 12;
const FURNITURE_TEXT = /^(?:by\s|share|photo|image|video|credit|source|read\s|listen|watch|©|\(c\)|copyright|additional reporting|editing by|updated|published|\d+\s*min)|[.!?]["'”’)]*$/i;

function isLooseLine(el: Element, tag: string): boolean {
  if (!HEAD_TAGS.has(tag) || hasBlockChild(el) || el.closest('figure, time, figcaption')) return false;
  const next = el.nextElementSibling;
  if (!next || !(next.tagName.toLowerCase() in BLOCK_TAGS)) return false;
  // "<strong>Kabul</strong> officials said…<p>": bold words that open loose text are that text's.
  for (let node = el.nextSibling; node && node !== next; node = node.nextSibling) if (node.nodeType === 3 && node.textContent?.trim()) return false;
  const text = blockText(el);
  const words = text.split(' ').length;
  return words > 0 && words <= MAX_HEAD_WORDS && /\p{L}/u.test(text) && !FURNITURE_TEXT.test(text);
}

/**
 * A definition list's terms and descriptions, each description with its term ("Visas issued" "Five,
 * late on Monday" is one block). A fact box's cell ("A single day") says nothing without its label ("Valid how
 * long").
 */
function collectDefinitions(dl: Element, out: RawBlock[]): void {
  let term = '';
  // A dl may group each term and its descriptions in a div.
  const items = [...dl.children].flatMap((c) => (c.tagName.toLowerCase() === 'div' ? [...c.children] : [c]));
  for (const item of items) {
    if (isPageChrome(item)) continue;
    const tag = item.tagName.toLowerCase();
    const text = blockText(item);
    if (!text) continue;
    if (tag === 'dt') {
      if (term) out.push({ kind: 'paragraph', text: term });
      term = text;
    } else if (tag === 'dd') {
      // A label and its value are read as one block, joined by a space only, as the page's own text
      // runs on, so a highlight still anchors. A question and its answer, or a heading and a sentence
      // ("In brief" "Five delegates held talks."), stay the blocks they are.
      if (term && !isApart(term, text)) out.push(factRow(term, text));
      else {
        if (term) out.push({ kind: 'paragraph', text: term });
        out.push({ kind: 'paragraph', text });
      }
      term = '';
    }
  }
  if (term) out.push({ kind: 'paragraph', text: term });
}

/**
 * A fact box's label and value as one block, joined by a space as the page's text runs on. A label
 * that is a figure of its own ("1" "day those visas were valid for", in a numbers box) is the start
 * of its value's phrase, not a label the value is read after.
 */
function factRow(label: string, value: string): RawBlock {
  return { kind: 'list-item', text: `${label} ${value}`, ...(!/\p{N}/u.test(label) && { label }) };
}

/** Whether a label and its value are two blocks: a question and its answer, a heading and a sentence. */
function isApart(label: string, value: string): boolean {
  return /[.?!:]["'”’)]*$/.test(label) || /[.?!]["'”’)]*$/.test(value);
}

/** The longest label of a fact table's row ("Date", "Participants"). */
const MAX_FACT_LABEL_WORDS = 4;

/**
 * An infobox or fact table: every row a short label and its value in one `<td>`
 * (`<tr><th>Date</th><td>23 June 2026</td></tr>`, or the label in a `<td>` of its own: "<td>Valid
 * for</td><td>One day</td>"), as encyclopedias and explainers set their key facts, under at most one
 * title row of a single cell ("The visas at a glance"). A data table of figures has several value
 * columns and stays out; so does a table whose first cells are sentences, not labels.
 */
function isFactTable(table: Element): boolean {
  if (table.parentElement && isInsideChrome(table.parentElement)) return false;
  const { heads, rows } = factTableParts(table);
  return rows.length >= 2 && rows.every((cells) => {
    if (cells.length !== 2 || cells[1].tagName.toLowerCase() !== 'td') return false;
    const label = blockText(cells[0]);
    // Under column heads, only a box of figures, each row a figure and what it measures ("5" "Taliban
    // officials in the delegation"), reads without them: a data table's heads say what its numbers mean.
    if (heads && !/\p{N}/u.test(label)) return false;
    return label.split(' ').length <= MAX_FACT_LABEL_WORDS && !/[.!?]$/.test(label);
  });
}

/**
 * A table's rows as their cells, with the title row it opens with (one cell, across the table) and a
 * row of column heads ("Figure" "What it measures") apart: those name the box and its columns.
 */
function factTableParts(table: Element): { title?: Element; heads?: Element[]; rows: Element[][] } {
  const rows = [...table.querySelectorAll('tr')].map((row) => [...row.children].filter((c) => ['th', 'td'].includes(c.tagName.toLowerCase())));
  const title = rows[0]?.length === 1 ? rows.shift()![0] : undefined;
  const heads = rows.length > 1 && rows[0].length > 1 && rows[0].every((c) => c.tagName.toLowerCase() === 'th') ? rows.shift() : undefined;
  return { title, heads, rows };
}

/** A fact table's caption (or title row) and rows, each row its label and value as one block, as a definition list's. */
function collectFactRows(table: Element, out: RawBlock[]): void {
  const { title, rows } = factTableParts(table);
  const caption = table.querySelector('caption') ?? title;
  if (caption && blockText(caption)) out.push({ kind: 'heading', text: blockText(caption) });
  for (const cells of rows) {
    const [label, value] = cells.map(blockText);
    if (!value) continue;
    // A question and its answer stay the blocks they are, as in a definition list.
    if (isApart(label, value)) out.push({ kind: 'paragraph', text: label }, { kind: 'paragraph', text: value });
    else out.push(factRow(label, value));
  }
}

/** Headings longer than this are prose, not a section's title. */
const MAX_HEADING_LENGTH = 40;

/** A section whose first element is a comments heading ("Discussion (3)"): readers' words, not the article. */
function opensWithCommentsHeading(el: Element): boolean {
  return el.firstElementChild !== null && isCommentsHeading(el.firstElementChild);
}

function isCommentsHeading(el: Element): boolean {
  const text = (el.textContent ?? '').trim();
  return text.length > 0 && text.length <= MAX_HEADING_LENGTH && COMMENTS_HEADING.test(text);
}

/**
 * Among siblings, only a heading that cannot be an article's own section title starts a comment
 * section: "Comments", "Listener comments", "Have your say", "Discussion (3)". An article may well
 * have a section called "Reactions" or "Discussion".
 */
const UNMISTAKABLE_COMMENTS = /comment|have your say|join the|\(\d+\)/i;

/** The rank of a comments heading set as a plain line: below h6, so any heading ends its section. */
const LINE_RANK = 7;

/** h1 … h6 by rank: a comments heading's section runs to the next heading of its rank or above. */
const HEADING_RANK: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** The readable blocks under `root`, in document order. */
export function collectBlocks(root: Element): RawBlock[] {
  const out: RawBlock[] = [];
  if (root.tagName.toLowerCase() === 'dl') collectDefinitions(root, out);
  else if (root.tagName.toLowerCase() === 'table' && isFactTable(root)) collectFactRows(root, out);
  else collectInto(root, out, noteIds(root));
  return out;
}

/**
 * Texts of the blocks that sit inside page furniture under `root`. Readability sometimes keeps a
 * furniture paragraph next to the article (a newsletter line, a comment) after stripping the
 * wrapper that named it; this set lets the caller recognise such text by what it says.
 */
export function collectChromeTexts(root: Element): Set<string> {
  const texts = new Set<string>();
  const visit = (el: Element, inChrome: boolean): void => {
    for (const child of el.children) {
      const chrome = inChrome || isPageChrome(child);
      if (chrome && child.tagName.toLowerCase() in BLOCK_TAGS) texts.add(blockText(child));
      else visit(child, chrome);
    }
  };
  visit(root, false);
  texts.delete('');
  return texts;
}
