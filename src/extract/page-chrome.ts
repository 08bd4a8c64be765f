/**
 * Recognises the parts of a page that are not the article: navigation, cookie banners, comments,
 * "read also" boxes, adverts, sidebars, footers, sign-up forms. Works on any DOM implementation.
 */
import { UNREAD_TAG_NAMES } from './unread-elements';

/** Elements that never hold article text: those no reading of a page reads (unread-elements.ts), and the page's furniture. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([...UNREAD_TAG_NAMES, 'nav', 'footer', 'aside', 'form', 'dialog', 'menu', 'option', 'label']);

/** ARIA roles of page furniture. */
export const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar']);

/**
 * Words in a class or id that mark page furniture. Matched against the parts of a name split at
 * "-", "_" and case changes, so "comment-list", "cookieBanner" and "read_also" all count.
 */
export const CHROME_WORDS = [
  'cookie', 'cookies', 'consent', 'gdpr', 'comment', 'comments', 'related', 'newsletter', 'promo', 'advert',
  'advertisement', 'ad', 'ads', 'sidebar', 'share', 'sharing', 'social', 'subscribe', 'subscription', 'signup',
  'paywall', 'breadcrumb', 'breadcrumbs', 'outbrain', 'taboola', 'sponsored', 'recommended', 'popup', 'modal',
  'readalso', 'readmore', 'masthead', 'navbar', 'menu', 'footer', 'toolbar', 'byline', 'tags',
];

/** Two-word names that mark furniture: "read-also", "more-stories", "sign-up". */
export const CHROME_PAIRS = ['read also', 'read more', 'also read', 'see also', 'more stories', 'sign up', 'most read', 'you may like'];

/** Text with which a "read also" box, a teaser link or a promoted clip ("▶ Listen: …", "Watch: …") begins. */
export const READ_ALSO_TEXT =
  /^(?:(?:read (?:also|more|next)|see also|also read|related(?: articles?| stories| coverage| content)?|more on this(?: story)?|most read|recommended|you (?:may|might) also like|advertisement|sign up|subscribe)\b|[▶►]?\s*(?:listen|watch)(?: now| again| live)?\s*:)/i;

/**
 * The heading of a reader-comment section, whatever the section is called in the markup ("cmts",
 * "discussion", "reader"): "Comments", "Discussion (3)", "Reader comments (12)", "Listener comments",
 * "Have your say", and the audience's own messages ("Listener messages", "Viewers' texts").
 */
export const COMMENTS_HEADING =
  /^(?:\d+\s+)?(?:(?:(?:readers?|listeners?|viewers?|users?|visitors?|your|audience|community)['’]?\s+)?(?:comments?|discussion|reactions|replies|responses|join the (?:conversation|discussion)|have your say)|(?:readers?|listeners?|viewers?|audience)['’]?\s+(?:messages|texts|e-?mails|posts))(?:\s*\(\d+\))?\s*:?$/i;

function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_\-:]+/)
    .filter(Boolean);
}

/** An element's class and id, where names such as "comments", "headline" or "standfirst" are read. */
export function namesOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/** Whether a class or id names page furniture. */
export function isChromeName(name: string): boolean {
  const words = nameWords(name);
  if (words.some((w) => CHROME_WORDS.includes(w))) return true;
  const joined = words.join(' ');
  return CHROME_PAIRS.some((pair) => joined.includes(pair));
}

/**
 * Whether an element is page furniture, by tag, role, visibility, class or id. A page-level
 * `<header>` counts as furniture unless `allowHeader` (the headline often sits in one).
 */
export function isPageChrome(el: Element, allowHeader = false): boolean {
  const tag = el.tagName.toLowerCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  // A table is data or a layout grid; a layout grid (an old page, an email newsletter) holds the article itself.
  if (tag === 'table') return !isLayoutTable(el) && !isOneCell(el) && !holdsArticle(el);
  const role = el.getAttribute('role');
  if (!allowHeader && (role === 'banner' || (tag === 'header' && !el.parentElement?.closest('article, main')))) return true;
  if (role && role !== 'banner' && CHROME_ROLES.has(role)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return isChromeName(namesOf(el)) && !holdsArticle(el);
}

/** Whether an element or one of its ancestors is page furniture. */
export function isInsideChrome(el: Element, allowHeader = false): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (isPageChrome(node, allowHeader)) return true;
  return false;
}

/** A table its author marked as layout only (`role="presentation"` or `"none"`), as email newsletters are built. */
function isLayoutTable(el: Element): boolean {
  const role = el.getAttribute('role');
  return role === 'presentation' || role === 'none';
}

/**
 * A table of one data cell that holds blocks of its own holds no data: it is a box of the layout, as
 * old pages and newsletters set their headline and standfirst (`<table><tr><td class="title-cell"><p
 * class="title">…`). A one-cell fact line ("<th>Visas issued</th>" or a bare "<td>7</td>") stays data.
 */
function isOneCell(table: Element): boolean {
  const cells = [...table.querySelectorAll('td, th')].filter((cell) => cell.closest('table') === table);
  return cells.length === 1 && cells[0].tagName.toLowerCase() === 'td' && cells[0].querySelector('p, div, h1, h2, h3') !== null;
}

/** Paragraphs of this length or more read as article prose, not as a teaser or a form label. */
const PROSE_LENGTH = 80;

/**
 * A furniture-sounding name can still wrap the article ("newsletter-issue" on a newsletter's web
 * page): an element holding the headline or several paragraphs of prose is content, whatever its name.
 * A table cell of prose is a paragraph too ("<th>How many?</th><td>Five, one per member…</td>").
 */
export function holdsArticle(el: Element): boolean {
  if (el.querySelector('h1')) return true;
  let prose = 0;
  for (const p of el.querySelectorAll('p, td')) {
    if (p.tagName.toLowerCase() === 'td' && p.querySelector('p, div, table')) continue;
    if ((p.textContent ?? '').trim().length >= PROSE_LENGTH && ++prose >= 3) return true;
  }
  return false;
}
