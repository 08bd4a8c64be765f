/**
 * Finds the article in a Document (a live page or one parsed by linkedom): headline, standfirst and
 * body blocks, without navigation, banners, comments or "read also" boxes. Mozilla Readability finds
 * the body on a clone (it rewrites the DOM it reads); a plain walk over <article>/<main>/<body> takes
 * over when Readability finds too little. The text keeps the page's words in order, so the content
 * script can find every sentence in the live DOM again.
 */
import { Readability } from '@mozilla/readability';
import type { ArticleText } from '../types';
import { buildArticleText } from './build-article-text';
import { blockText, collectBlocks, collectChromeTexts, HEADLINE_NAME, STANDFIRST_NAME, type RawBlock } from './collect-blocks';
import { isChromeName, isInsideChrome, namesOf } from './page-chrome';
import { summaryBlocks } from './summary-boxes';
import { pageDate } from './page-date';
import { asRead } from '../engine/text/invisible';

/** Below this many characters of body text, Readability's pick is not trusted over the plain walk. */
export const MIN_READABLE_CHARS = 250;
/** A standfirst is a sentence or two: shorter or longer text under a standfirst class is something else. */
const STANDFIRST_LENGTH = { min: 20, max: 600 };

/** Body blocks by Readability, or [] when it finds nothing or fails on an unusual document. */
function readabilityBlocks(doc: Document): { blocks: RawBlock[]; title: string } {
  try {
    const clone = doc.cloneNode(true) as Document;
    keepInlineDatelines(clone);
    const result = new Readability<Element>(clone, { keepClasses: true, serializer: (node) => node as Element }).parse();
    const root = result?.content;
    return { blocks: root ? collectBlocks(root) : [], title: result?.title ?? '' };
  } catch {
    return { blocks: [], title: '' };
  }
}

/**
 * Readability takes an element classed "dateline" for the byline and removes it, even where it opens
 * a paragraph ("<p><span class="dateline">Brussels, 23 June 2026</span> — Sahar Watch today…").
 * There it is the first words of the paragraph as a reader sees them: in the clone it loses the
 * name, so the paragraph stays whole.
 */
function keepInlineDatelines(clone: Document): void {
  for (const el of clone.querySelectorAll('p [class*="dateline" i], p [id*="dateline" i]')) {
    el.removeAttribute('class');
    el.removeAttribute('id');
  }
}

/** Body blocks from a plain walk over the most specific article container. */
function walkedBlocks(doc: Document): RawBlock[] {
  const root = doc.querySelector('article') ?? doc.querySelector('main, [role="main"]') ?? doc.body;
  return root ? collectBlocks(root) : [];
}

/** How many times more prose a plain walk must find than Readability for its blocks to be taken instead. */
const WALKED_PROSE_RATIO = 3;
/** A block this long or longer reads as prose, not as a list item, a teaser or a label. */
const PROSE_BLOCK = 80;
const proseLength = (blocks: readonly RawBlock[]): number =>
  blocks.filter((b) => b.kind !== 'heading' && b.text.length >= PROSE_BLOCK).reduce((n, b) => n + b.text.length, 0);

const textLength = (blocks: readonly RawBlock[]): number =>
  blocks.filter((b) => b.kind !== 'heading').reduce((n, b) => n + b.text.length, 0);

/** The fewest words of a headline found by the document's title rather than by an `<h1>`. */
const TITLED_HEADLINE_WORDS = 3;
/** How many elements from the top of the page are read for that headline. */
const TITLED_HEADLINE_SEARCH = 2000;
/** Separators between a document title's parts: "Headline | Section | Site", "Headline - Site". */
const TITLE_PARTS = /\s+[|–—-]\s+|\s+::\s+/;
/** Elements inside which a line of text is no headline: a wrapper of blocks. */
const BLOCK_INSIDE = 'div, p, section, article, ul, ol, li, table, h1, h2, h3, h4, h5, h6, blockquote, figure';
/** Elements a headline may be found in (a table layout sets it in a cell). */
const TITLED_TAGS = 'h2, h3, div, p, span, td, th';

/** The most characters of a headline found by its class. */
const MAX_NAMED_HEADLINE = 300;

/** A line of text that can be a headline: a few words or more, and no block inside. */
function isHeadlineLine(el: Element): boolean {
  const text = blockText(el);
  return text.split(' ').length >= TITLED_HEADLINE_WORDS && text.length <= MAX_NAMED_HEADLINE && !el.querySelector(BLOCK_INSIDE);
}

/**
 * The article's headline: the first <h1> outside page furniture, preferring one inside
 * <article>/<main>. A page without one has it in the first line of text classed as a headline
 * (`namedHeadline`), or else where the document's title repeats it (`titledHeadline`).
 */
function findHeadline(doc: Document): Element | undefined {
  const candidates = [...doc.querySelectorAll('article h1, main h1, h1')].filter((h) => !isInsideChrome(h, true) && blockText(h));
  if (candidates.length > 0) return candidates[0];
  return namedHeadline(doc) ?? titledHeadline(doc);
}

/**
 * The first heading or block of text near the top, outside furniture, that the document's title
 * repeats: it holds at least half of the title's longest part (the site's name and section are the
 * shorter parts), or of the title without its last part, and no more than that.
 */
function titledHeadline(doc: Document): Element | undefined {
  // Read as the blocks are (see invisible.ts): a soft hyphen in the title must not part it from its headline.
  const title = asRead(doc.title ?? '');
  const parts = title.split(TITLE_PARTS).map((p) => p.trim().toLowerCase());
  const longest = parts.reduce((a, p) => (p.length > a.length ? p : a), '');
  // "Ep. 112 – A Day Pass for the Taliban | Borderline": the headline may hold a separator itself,
  // so the title without its last part (the site's name) is a headline's text too.
  const lastSeparator = [...title.matchAll(new RegExp(TITLE_PARTS, 'g'))].at(-1);
  const withoutSite = lastSeparator ? title.slice(0, lastSeparator.index).trim().toLowerCase() : '';
  // "Q&A: The EU–Taliban meeting…", "Photo package: Taliban delegation…": a title's kicker before a
  // colon is the section's, so the rest is a headline's text too.
  const wholes = [longest, withoutSite].flatMap((p) => [p, p.replace(TITLE_KICKER, '')]).filter((p, k, all) => p.split(' ').length >= TITLED_HEADLINE_WORDS && all.indexOf(p) === k);
  if (wholes.length === 0) return undefined;
  const blocks = doc.body.querySelectorAll(TITLED_TAGS);
  // A headline sits near the top and is a line of text: only the first elements are read, and none
  // that wraps other blocks, whose text would be read whole.
  for (let i = 0; i < Math.min(blocks.length, TITLED_HEADLINE_SEARCH); i++) {
    const el = blocks[i];
    if (el.querySelector(BLOCK_INSIDE)) continue;
    const text = blockText(el);
    if (text.split(' ').length < TITLED_HEADLINE_WORDS || !wholes.some((whole) => text.length >= whole.length / 2 && whole.includes(text.toLowerCase()))) continue;
    // The innermost such element ("<div class="hed"><span>…</span></div>" is the span), but an
    // inline wrapper of another kind ("<h2><a>…</a></h2>") leaves the heading the headline.
    if ([...el.children].some((child) => child.matches(TITLED_TAGS) && blockText(child) === text) || isInsideChrome(el, true)) continue;
    return el;
  }
  return rewordedHeadline(doc, wholes);
}

/** A kicker a title opens with: a word or three and a colon ("Q&A:", "Photo package:", "Live:"). */
const TITLE_KICKER = /^(?:[^\s:]+\s+){0,2}[^\s:]+:\s+/u;

/** The share of a title's words a heading must hold to be its headline reworded, and how much longer it may be. */
const REWORDED = { share: 0.9, longer: 1.6 };

/** A line of text outside links, lists and the page's header; wrappers of blocks and long texts are ruled out before their text is read. */
function isLineOfText(el: Element): boolean {
  // Raw text holds the markup's whitespace: twice the headline's length rules out only what cannot be one.
  return !el.querySelector(BLOCK_INSIDE) && (el.textContent?.length ?? 0) <= 2 * MAX_NAMED_HEADLINE && !el.closest('a, li, header, nav') && isHeadlineLine(el);
}

/**
 * A heading, or a line of text set as one (`<div class="lp-kop">`), that says the title in other
 * order or with a few more words ("Press Release on the Visit of the Delegation of the Islamic
 * Emirate of Afghanistan to Brussels" under the title "Press Release on the Visit of the Islamic
 * Emirate Delegation to Brussels"): holding nearly all the title's words.
 */
function rewordedHeadline(doc: Document, wholes: readonly string[]): Element | undefined {
  // Headings first, as far down the page as before; lines of text set as headings after them.
  return rewordedAmong(doc.body.querySelectorAll('h2, h3'), wholes, () => true) ?? rewordedAmong(doc.body.querySelectorAll(LINE_TAGS), wholes, isLineOfText);
}
/** The elements other than headings that may hold a headline's line of text. */
const LINE_TAGS = 'div, p, span, td, th';

function rewordedAmong(candidates: NodeListOf<Element>, wholes: readonly string[], fitsLine: (el: Element) => boolean): Element | undefined {
  for (let i = 0; i < Math.min(candidates.length, TITLED_HEADLINE_SEARCH); i++) {
    const el = candidates[i];
    if (!fitsLine(el)) continue;
    const text = blockText(el).toLowerCase();
    const own = new Set(text.split(/[^\p{L}\p{N}]+/u));
    const fits = wholes.some((whole) => {
      const words = whole.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      return text.length <= whole.length * REWORDED.longer && words.filter((w) => own.has(w)).length >= words.length * REWORDED.share;
    });
    if (fits && !isInsideChrome(el, true)) return el;
  }
  return undefined;
}

/**
 * The first line of text near the top classed as a headline (a wire's `<div class="hed">`, a
 * newsletter's `<span class="headline">` under a title that names only the publication), outside
 * furniture, the page's header, lists and links, where a ticker's or a "trending" list's items are.
 */
function namedHeadline(doc: Document): Element | undefined {
  const blocks = doc.body.querySelectorAll(TITLED_TAGS);
  for (let i = 0; i < Math.min(blocks.length, TITLED_HEADLINE_SEARCH); i++) {
    const el = blocks[i];
    if (HEADLINE_NAME.test(namesOf(el)) && !isInsideChrome(el) && isLineOfText(el)) return el;
  }
  return undefined;
}

/** Letters left beside the headline and standfirst in a block that only repeats them (a kicker, a date). */
const LEAD_REPEAT_REST = 30;

/**
 * Whether a body block is the headline and standfirst again, run together with a kicker or nothing
 * ("Item 1 · Visas" + headline + summary, spans a paragraph wrapper joined): read once, as the lead.
 */
function repeatsLead(text: string, lead: readonly RawBlock[]): boolean {
  const title = lead.find((b) => b.kind === 'title')?.text;
  if (!title || !text.includes(title)) return false;
  let rest = text.replace(title, '');
  for (const b of lead) if (b.kind === 'standfirst') rest = rest.replace(b.text, '');
  return rest.replace(/[^\p{L}]/gu, '').length < LEAD_REPEAT_REST;
}

/**
 * A newsletter's standfirst cell: a cell of text alone (no blocks of its own, which would run a
 * headline and its dek together), after the headline, in a table no class marks as furniture (an ad
 * slot's "summary" cell is no standfirst).
 */
function isStandfirstCell(cell: Element, headline: Element | undefined): boolean {
  if (cell.querySelector('p, div, h1, h2, h3, h4, ul, ol, table')) return false;
  if (headline && !comesBefore(headline, cell)) return false;
  for (let table = cell.closest('table'); table; table = table.parentElement?.closest('table') ?? null) if (isChromeName(namesOf(table))) return false;
  return true;
}
/**
 * Whether `a` comes before `b` in document order (and does not contain it), by their ancestors'
 * places among their siblings: linkedom's `compareDocumentPosition` does not tell.
 */
function comesBefore(a: Element, b: Element): boolean {
  const chain = (el: Element) => {
    const path: Element[] = [];
    for (let node: Element | null = el; node; node = node.parentElement) path.unshift(node);
    return path;
  };
  const [pa, pb] = [chain(a), chain(b)];
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length || i === pb.length) return false; // one holds the other
  const siblings = [...pa[i].parentElement!.children];
  return siblings.indexOf(pa[i]) < siblings.indexOf(pb[i]);
}

/** A standfirst marked by class or id (a newsletter's layout cell too), or the paragraph right after the headline in its header. */
function findStandfirst(doc: Document, headline: Element | undefined): string {
  const fits = (el: Element | null | undefined): el is Element => {
    if (!el || isInsideChrome(el, true)) return false;
    const length = blockText(el).length;
    return length >= STANDFIRST_LENGTH.min && length <= STANDFIRST_LENGTH.max;
  };
  const named = [...doc.querySelectorAll('p[class], p[id], div[class], div[id], h2[class], span[class], td[class]')].find(
    (el) => STANDFIRST_NAME.test(namesOf(el)) && fits(el) && (el.tagName.toLowerCase() !== 'td' || isStandfirstCell(el, headline)),
  );
  if (named) return blockText(named);
  const next = headline?.nextElementSibling;
  const inHeader = headline?.parentElement?.tagName.toLowerCase() === 'header';
  return inHeader && next?.tagName.toLowerCase() === 'p' && fits(next) ? blockText(next) : '';
}

/**
 * The readable text of the article in `doc`, and the page's date (its metadata's, or that in its
 * address `url`). `doc` itself is never modified. A page without readable text gives `{ title: '',
 * text: '', blocks: [] }` (or only a title block).
 */
export function extractArticle(doc: Document, url?: string): ArticleText {
  if (!doc.documentElement || !doc.body) return buildArticleText('', []);
  const readable = readabilityBlocks(doc);
  const walked = walkedBlocks(doc);
  // Readability's pick, unless it found too little, or a plain walk finds far more prose than it
  // did (a channel's posts in plain divs, where Readability scored the sidebar higher).
  const readableProse = proseLength(readable.blocks);
  const trusted = textLength(readable.blocks) >= Math.min(MIN_READABLE_CHARS, textLength(walked)) && proseLength(walked) <= Math.max(readableProse * WALKED_PROSE_RATIO, MIN_READABLE_CHARS);
  const body = trusted ? readable.blocks : walked;
  const headline = findHeadline(doc);
  const title = headline ? blockText(headline) : readable.title || (doc.title ?? '');
  const standfirst = findStandfirst(doc, headline);
  const lead: RawBlock[] = [
    ...(headline ? [{ kind: 'title' as const, text: title }] : []),
    ...(standfirst ? [{ kind: 'standfirst' as const, text: standfirst }] : []),
  ];
  const seen = new Set(lead.map((b) => b.text));
  const chrome = body === readable.blocks && doc.body ? collectChromeTexts(doc.body) : new Set<string>();
  const rest = body.filter((b) => !seen.has(b.text) && !chrome.has(b.text) && !(b.kind === 'heading' && b.text === title) && !repeatsLead(b.text, lead));
  const boxes = summaryBlocks(doc, headline, new Set([...seen, ...rest.map((b) => b.text)]));
  const article = buildArticleText(title, [...lead, ...boxes.before, ...rest, ...boxes.after]);
  const dated = pageDate(doc, url, headline);
  return dated ? { ...article, pageDate: dated } : article;
}
