/**
 * Fact boxes, "at a glance" and "key points" lists, and photo captions: short blocks inside the
 * article that state its facts in note form. Readability drops them as clutter, and a walk over the
 * page skips an `<aside>`; they are found here and given back to the article.
 */
import type { RawBlock } from './collect-blocks';
import { blockText, collectBlocks } from './collect-blocks';
import { holdsArticle, isChromeName, isInsideChrome, isPageChrome, namesOf, READ_ALSO_TEXT } from './page-chrome';

/** Class or id words of a summary box. */
const BOX_NAME = /(?:^|[\s_-])(?:fact-?box|info-?box|facts|key-?points|key-?facts|key-?takeaways|takeaways|at-?a-?glance|in-?brief|in-?short|tl-?dr|summary-?box|highlights|what-?we-?know)(?:$|[\s_-])/i;
/** Headings that open a summary box. */
const BOX_HEADING = /^(?:(?:at a glance|key (?:points|facts|figures|dates|takeaways)|takeaways|fact ?box|fact ?file|quick facts|the facts|in brief|in short|the short version|tl;? ?dr|what we know|what you need to know|in numbers|by the numbers|the numbers|timeline|q ?& ?a|questions and answers|your questions answered)(?: so far)?\s*(?:$|[:–—-])|(?:the )?background(?: box)?\s*(?::|\s[–—-]\s|$))/iu;
/** Summary boxes that sum up what follows sit before the body; the rest after it. */
const LEADING_HEADING = /^(?:key points|key takeaways|in brief|in short|the short version|tl;? ?dr|at a glance|what you need to know)\b/i;

/**
 * The heading a box opens with: a heading element, or a bold lead-in ("<strong>In short</strong>")
 * that names a summary box (`BOX_HEADING`), since only such words make bold text a box's heading.
 */
function boxHeading(el: Element): string {
  const first = el.firstElementChild;
  if (!first) return '';
  if (/^h[2-6]$/i.test(first.tagName)) return blockText(first);
  if (!/^(?:strong|b)$/i.test(first.tagName)) return '';
  const text = blockText(first);
  return BOX_HEADING.test(text) ? text : '';
}

/**
 * Whether `el` is a summary box: by its name, by the heading it opens with, or as a list of short
 * terms and their answers. A box by name or heading sits in the article, not inside a block under
 * `root` that a furniture name marks (a sidebar, related content, comments); an `<aside>` or a
 * `<header>` around it is no such mark (an inline fact box is often set in one). One headed "Q&A"
 * holds questions and their answers (a definition list, or two questions), not an invitation to a reader Q&A.
 */
function isSummaryBox(el: Element, root: Element, holds: (el: Element) => boolean): boolean {
  if (isFactList(el, root, holds)) return true;
  // The cheap tests first: the walk up the ancestors is paid only by the few elements that pass them,
  // not by every `<div>` of a 50,000-node page (which made extraction take minutes).
  const named = BOX_NAME.test(namesOf(el));
  const heading = named ? '' : boxHeading(el);
  if (!named && !BOX_HEADING.test(heading)) return false;
  if (inFurniture(el, root, holds)) return false;
  return named || !QA_HEADING.test(heading) || el.querySelector('dl') !== null || questionsIn(el) >= 2;
}

/**
 * Whether a block between `el` and `root` is named as furniture and holds no article of its own (a
 * wrapper named "story-sidebar-layout" around the body is the body's). `holds` answers the second
 * question once per block, so boxes in one comment thread do not each read the whole thread.
 */
function inFurniture(el: Element, root: Element, holds: (el: Element) => boolean): boolean {
  for (let at = el.parentElement; at && at !== root; at = at.parentElement) if (isChromeName(namesOf(at)) && !holds(at)) return true;
  return false;
}

/** The distinct questions a box asks: a question set in a paragraph and in its bold counts once. */
function questionsIn(el: Element): number {
  const questions = new Set<string>();
  for (const q of el.querySelectorAll('p, dt, li, h3, h4, strong, b')) {
    const text = blockText(q);
    if (/\?\s*$/.test(text)) questions.add(text);
  }
  return [...questions].filter((q) => ![...questions].some((other) => other !== q && other.includes(q))).length;
}

/** Headings of a box's inside that lead away from it: "Further reading", "Topics", "Related". */
const FURNITURE_HEADING = /^(?:further reading|topics|tags|related topics|explore(?: more)?|more stories|more from [\p{L} ]+)\s*:?$/iu;
const isFurnitureHeading = (text: string): boolean => READ_ALSO_TEXT.test(text) || FURNITURE_HEADING.test(text);
/** Headings of a question-and-answer box. */
const QA_HEADING = /^(?:q ?& ?a|questions and answers|your questions answered)\b/i;

/** How a fact box set as a description list looks: a few terms, each with a short answer. */
const FACT_LIST = { min: 2, max: 12, answerLength: 200 };

/**
 * A `<dl>` of a few short terms and answers ("Where valid?" / "Only Belgium, not the Schengen
 * zone."), under any class name: the article's facts in question-and-answer form, outside its
 * chrome and holding no links (a link list set as a `<dl>` is navigation).
 */
function isFactList(el: Element, root: Element, holds: (el: Element) => boolean): boolean {
  if (el.tagName.toLowerCase() !== 'dl' || el.querySelector('a')) return false;
  const terms = el.querySelectorAll('dt').length;
  const answers = [...el.querySelectorAll('dd')];
  const fits = terms >= FACT_LIST.min && terms <= FACT_LIST.max && answers.length >= terms && answers.every((dd) => blockText(dd).length <= FACT_LIST.answerLength);
  // The furniture test last, and once per block above: a thread of comments set as lists is not read again for each.
  return fits && !isPageChrome(el) && !inFurniture(el, root, holds);
}

/** How a list of summary points under a headline looks: a few short items, each a statement of five words or more (not a byline, a date or a reading time). */
const POINTS = { min: 2, max: 8, itemLength: 200, itemWords: 5 };
/** Elements after the headline looked through for such a list (a standfirst, a kicker, a byline may come first). */
const POINTS_REACH = 3;

/**
 * The summary points a wire story or a news site puts between its headline and its body (a `<ul>` of
 * two to eight short items), under any class name: they state the story's facts in note form, and
 * Readability drops them as a list outside the body.
 */
function pointsUnder(headline: Element | undefined): Element | undefined {
  let el = headline?.nextElementSibling;
  for (let i = 0; el && i < POINTS_REACH; i++, el = el.nextElementSibling) {
    if (!/^(?:ul|ol)$/i.test(el.tagName)) continue;
    const items = [...el.children].filter((c) => c.tagName.toLowerCase() === 'li');
    const fits =
      items.length >= POINTS.min &&
      items.length <= POINTS.max &&
      items.every((li) => {
        const text = blockText(li);
        return text.length <= POINTS.itemLength && text.split(' ').length >= POINTS.itemWords;
      });
    return fits && !isInsideChrome(el) && !el.querySelector('a') ? el : undefined;
  }
  return undefined;
}

/**
 * The summary boxes and captions in the article's container (the headline's nearest `<article>`,
 * `<main>` or, failing those, the body), split into those to put before the body and after it.
 * Blocks whose text `known` already holds are left out.
 */
export function summaryBlocks(doc: Document, headline: Element | undefined, known: ReadonlySet<string>): { before: RawBlock[]; after: RawBlock[] } {
  const root = headline?.closest('article, main, [role="main"]') ?? doc.querySelector('article, main, [role="main"]') ?? doc.body;
  const before: RawBlock[] = [];
  const after: RawBlock[] = [];
  if (!root) return { before, after };
  const points = pointsUnder(headline);
  const held = new Map<Element, boolean>();
  const holds = (el: Element): boolean => {
    let answer = held.get(el);
    if (answer === undefined) held.set(el, (answer = holdsArticle(el)));
    return answer;
  };
  const boxes = [...new Set([...(points ? [points] : []), ...[...root.querySelectorAll('aside, div, section, ul, ol, dl, table')].filter((el) => isSummaryBox(el, root, holds))])];
  const outer = boxes.filter((box) => !boxes.some((other) => other !== box && other.contains(box)));
  /** The boxes' texts without their headings: a box copied for mobile ("Key facts (tap)") is read once. */
  const read = new Set<string>();
  for (const box of outer) {
    const blocks = collectBlocks(box);
    const facts = blocks.filter((b) => b.kind !== 'heading').map((b) => b.text).join('\n');
    if (facts && read.has(facts)) continue;
    read.add(facts);
    const heading = boxHeading(box);
    const into = box === points || LEADING_HEADING.test(heading) ? before : after;
    // Its headings too ("Fact box: the Brussels meeting" says what the box is about, a Q&A's "Who is
    // coming?" what its answer answers), a bold lead-in ("Key dates:") as one, but none that leads
    // away from it ("Further reading").
    if (heading && !blocks.some((b) => b.text === heading) && !known.has(heading)) into.push({ kind: 'heading', text: heading });
    for (const block of blocks) {
      if (known.has(block.text) || (block.kind === 'heading' && isFurnitureHeading(block.text))) continue;
      into.push(block);
    }
  }
  for (const caption of root.querySelectorAll('figcaption')) {
    const text = blockText(caption);
    if (text && !known.has(text)) after.push({ kind: 'caption', text });
  }
  return { before, after };
}
