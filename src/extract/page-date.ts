/**
 * The page's own date: when it was published or last updated, as its metadata, its byline or its
 * address states it. An article dated years before the story cannot be about it ("EU ministers
 * agree to talk to the Taliban", September 2021), however many of the story's words it uses.
 */
import { isIsoDate } from '../index/iso-date';
import { isChromeName, namesOf } from './page-chrome';

/**
 * `<meta>` names and properties that date a page, as news sites write them (Open Graph's article
 * tags, Dublin Core, the common CMS and analytics ones). Both publication and modification: a page
 * first published long ago and updated since speaks of the time it was updated to, and a site that
 * sets its update time on every request only makes a page look newer, never older.
 */
export const DATE_META_NAMES = [
  'article:published_time', 'article:modified_time', 'og:updated_time', 'date', 'pubdate', 'publishdate', 'publish-date',
  'dc.date', 'dc.date.issued', 'dc.date.modified', 'dcterms.created', 'dcterms.modified', 'sailthru.date', 'parsely-pub-date',
  'article.published', 'article.updated', 'publication_date', 'last-modified',
] as const;

/** The CSS selector of those `<meta>` elements, by name, property or itemprop. */
export const DATE_META_SELECTOR = [
  ...DATE_META_NAMES.flatMap((n) => [`meta[name="${n}" i]`, `meta[property="${n}" i]`]),
  'meta[itemprop="datePublished"]', 'meta[itemprop="dateModified"]',
].join(', ');

/** A byline's words ("byline", "article-meta", "live-meta", "entry-date"), whose `<time>` dates the page. */
const BYLINE_NAME = /(?:^|[\s_-])(?:byline|dateline|published|pubdate|publish|timestamp|posted|updated|date|meta|article-info|post-info|entry-info)(?:$|[\s_-])/i;
/** Blocks whose `<time>`s date events, not the page: a timeline, a chronology, an event listing. */
const EVENTS_NAME = /(?:^|[\s_-])(?:timeline|chronology|history|events?|schedule|agenda|calendar)(?:$|[\s_-])/i;
/** How far up a `<time>` is looked at for a byline's name: the element holding it and its parents. */
const BYLINE_REACH = 3;

/** An ISO date at the start of a machine-readable value ("2026-06-23T09:14:00+02:00", "2026-06-23"). */
const ISO_PREFIX = /^\s*(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/;
/** A path segment that is a year, and one that is a month or a day (whole segments: "/2021/09/03/"). */
const YEAR_SEGMENT = /^20\d\d$/;
const MONTH_SEGMENT = /^(?:0[1-9]|1[0-2])$/;
const DAY_SEGMENT = /^(?:0[1-9]|[12]\d|3[01])$/;
/** A segment that opens with a whole day: "/2021-09-03-eu-plans…". */
const DAY_PREFIX = /^(20\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?:-|$)/;

/** The ISO day a machine-readable date names, or undefined for anything else. */
function isoDay(value: string | null | undefined): string | undefined {
  const day = value ? ISO_PREFIX.exec(value)?.[1] : undefined;
  return day && isIsoDate(day) ? day : undefined;
}

/** Whether a `<time>` sits in a byline: it, or an element holding it, is named like one. */
function inByline(time: Element): boolean {
  let el: Element | null = time;
  for (let i = 0; el && i <= BYLINE_REACH; i++, el = el.parentElement) if (BYLINE_NAME.test(namesOf(el))) return true;
  return false;
}

/**
 * Whether a block between `el` and `root` is the page's furniture (a related card, a comment, the
 * masthead), a byline apart, or dates events (a timeline), or is a list item (a list of dated
 * entries), or is another article than the headline's (a teaser card).
 */
function outsideByline(el: Element, root: Element, headline: Element | undefined): boolean {
  for (let at = el.parentElement; at && at !== root; at = at.parentElement) {
    const name = namesOf(at);
    if (at.localName === 'li' || EVENTS_NAME.test(name) || (isChromeName(name) && !BYLINE_NAME.test(name))) return true;
    if (headline && at.localName === 'article' && !at.contains(headline)) return true;
  }
  return false;
}

/** The latest of the days. */
const latest = (days: readonly string[]): string | undefined => (days.length > 0 ? [...days].sort().at(-1) : undefined);

/**
 * The page's date, `YYYY-MM-DD`: the latest that any of its sources gives, so that an old date in
 * one source never outweighs a newer one in another (a page wrongly taken as old is declined, the
 * worst error here; one wrongly taken as new is judged on its words, as every page was before). The
 * sources: the head's `<meta>` elements of `DATE_META_NAMES`; the article's own `itemprop`
 * datePublished or dateModified and its byline's `<time>` (`time[pubdate]`, or one in an element
 * named as a byline), none in the page's furniture, a timeline or a list of entries; the date in its
 * address's path (`url`). The article is the headline's `<article>` or `<main>`, else the body (a
 * teaser card's `<article>` before it is not the page's). Undefined when nothing dates it.
 */
export function pageDate(doc: Document, url?: string, headline?: Element): string | undefined {
  const days: string[] = [];
  for (const meta of doc.head?.querySelectorAll(DATE_META_SELECTOR) ?? []) {
    const day = isoDay(meta.getAttribute('content'));
    if (day) days.push(day);
  }
  const root = (headline ? headline.closest('article, main, [role="main"]') : doc.querySelector('article, main, [role="main"]')) ?? doc.body;
  for (const el of root?.querySelectorAll('[itemprop="datePublished"], [itemprop="dateModified"], time[pubdate], time[datetime]') ?? []) {
    if (el.localName === 'time' && !el.hasAttribute('itemprop') && !el.hasAttribute('pubdate') && !inByline(el)) continue;
    if (outsideByline(el, root!, headline)) continue;
    const day = isoDay(el.getAttribute('datetime') ?? el.getAttribute('content'));
    if (day) days.push(day);
  }
  const fromPath = url ? pathDate(url) : undefined;
  if (fromPath) days.push(fromPath);
  return latest(days);
}

/**
 * The date in an address's path, to the day where it gives one (the first of the month otherwise):
 * whole segments, "/2021/09/03/" or "/2021/09/", or a segment opening with a day, "/2021-09-03-…".
 * Read at the first segment that is a year or opens with a day, and nowhere after it: in
 * "/news/2026/2021-09-04-anniversary" the page is filed under 2026, and its slug is a story's words.
 */
export function pathDate(url: string): string | undefined {
  let segments: string[];
  try {
    segments = new URL(url).pathname.split('/');
  } catch {
    return undefined;
  }
  const at = segments.findIndex((s) => YEAR_SEGMENT.test(s) || DAY_PREFIX.test(s));
  if (at < 0) return undefined;
  const prefixed = DAY_PREFIX.exec(segments[at])?.[1];
  const [month, day] = [segments[at + 1] ?? '', segments[at + 2] ?? ''];
  const iso = prefixed ?? (MONTH_SEGMENT.test(month) ? `${segments[at]}-${month}-${DAY_SEGMENT.test(day) ? day : '01'}` : undefined);
  return iso && isIsoDate(iso) ? iso : undefined;
}

/** Schema.org types whose `datePublished` and `dateModified` date the page's article. */
const ARTICLE_TYPES = /^(?:(?:News|Analysis|Opinion|Reportage|Review|Background|Satirical|Scholarly|Tech)?Article|NewsArticle|ReportageNewsArticle|BlogPosting|LiveBlogPosting|Report)$/;
/** Linked-data blocks read at most, the characters read of each, and how deep into one. */
const JSON_LD = { blocks: 5, chars: 100_000, depth: 4 };

/**
 * The dates a page's linked data (`<script type="application/ld+json">`) gives its article, as
 * `itemprop` metas to send and read like the head's: many sites state their dates only there. Parsed
 * with `JSON.parse`, a few bounded blocks; anything that does not parse is no date.
 */
export function linkedDataDates(doc: Document): { itemprop: 'datePublished' | 'dateModified'; content: string }[] {
  const dates: { itemprop: 'datePublished' | 'dateModified'; content: string }[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > JSON_LD.depth || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((item) => visit(item, depth + 1));
    const record = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(record['@type']);
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) {
      for (const itemprop of ['datePublished', 'dateModified'] as const) {
        const value = record[itemprop];
        if (typeof value === 'string' && isoDay(value)) dates.push({ itemprop, content: value.slice(0, 40) });
      }
    }
    visit(record['@graph'], depth + 1);
  };
  for (const script of [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, JSON_LD.blocks)) {
    const text = script.textContent ?? '';
    if (text.length > JSON_LD.chars) continue;
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // Not JSON: no date.
    }
  }
  return dates;
}

