/**
 * The page's own date: when it was published or last updated, as its metadata, its byline or its
 * address states it. An article dated years before the story cannot be about it ("EU ministers
 * agree to talk to the Taliban", September 2021), however many of the story's words it uses.
 */
import { isIsoDate } from '../index/iso-date';
import { namesOf } from './page-chrome';

/**
 * `<meta>` names and properties that date a page, as news sites write them (Open Graph's article
 * tags, Dublin Core, the common CMS and analytics ones). Both publication and modification: a page
 * first published long ago and updated since speaks of the time it was updated to.
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

/** A byline's or a header's words, whose `<time>` dates the page (not a `<time>` in the story's own text, which may date the meeting). */
const BYLINE_NAME = /(?:^|[\s_-])(?:byline|dateline|published|pubdate|publish|timestamp|meta|date|posted|updated|article-info|post-info|entry-info)(?:$|[\s_-])/i;
/** How far up a `<time>` is looked at for a byline's name: the element holding it and its parents. */
const BYLINE_REACH = 3;

/** An ISO date at the start of a machine-readable value ("2026-06-23T09:14:00+02:00", "2026-06-23"). */
const ISO_PREFIX = /^\s*(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/;
/** A date in an address's path: "/2021/09/03/", "/2021-09-03-eu-plans…", "/2021/09/". */
const PATH_DATE = /\/(20\d\d)[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=[/-]|$)/;

/** The ISO day a machine-readable date names, or undefined for anything else. */
function isoDay(value: string | null | undefined): string | undefined {
  const day = value ? ISO_PREFIX.exec(value)?.[1] : undefined;
  return day && isIsoDate(day) ? day : undefined;
}

/** Whether a `<time>` sits in a byline or a header: an element (or one of its parents) named like one, or `<header>`. */
function inByline(time: Element): boolean {
  let el: Element | null = time;
  for (let i = 0; el && i <= BYLINE_REACH; i++, el = el.parentElement) {
    if (el.localName === 'header' || BYLINE_NAME.test(namesOf(el))) return true;
  }
  return false;
}

/**
 * The page's date, `YYYY-MM-DD`: the latest its metadata gives (a `<meta>` of `DATE_META_NAMES`,
 * an `itemprop` of datePublished or dateModified, a `<time>` in a byline or header), or, when it
 * gives none, the date in its address's path (`url`). Undefined when nothing dates it.
 */
export function pageDate(doc: Document, url?: string): string | undefined {
  const days: string[] = [];
  for (const meta of doc.querySelectorAll(DATE_META_SELECTOR)) {
    const day = isoDay(meta.getAttribute('content'));
    if (day) days.push(day);
  }
  for (const el of doc.querySelectorAll('[itemprop="datePublished"], [itemprop="dateModified"], time[pubdate], time[datetime]')) {
    if (el.localName === 'meta') continue;
    if (el.localName === 'time' && !el.hasAttribute('itemprop') && !el.hasAttribute('pubdate') && !inByline(el)) continue;
    const day = isoDay(el.getAttribute('datetime') ?? el.getAttribute('content'));
    if (day) days.push(day);
  }
  if (days.length > 0) return days.sort().at(-1);
  return url ? pathDate(url) : undefined;
}

/** The date in an address's path, to the day where it gives one (the first of the month otherwise). */
export function pathDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const match = PATH_DATE.exec(path);
  if (!match) return undefined;
  const day = `${match[1]}-${match[2]}-${match[3] ?? '01'}`;
  return isIsoDate(day) ? day : undefined;
}
