import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chooseFixturePages } from './fixture-pages';

/** The fixture the generated pages are built from: a short wire report with a conflict-free story. */
const BASE_FIXTURE = path.resolve('tests/fixtures/on-topic/01-wire-brief/page.html');

/**
 * Records, in the page's own world, the longest gap between timer ticks from half a second after the
 * load event (before that, the browser's own first layout of megabytes of text takes 200–400 ms with
 * or without any extension): a frozen main thread shows as a long gap, whoever caused it. Firefox has
 * no trace to attribute tasks, so this is its measure; Chromium gets both.
 */
const HEARTBEAT = `<script>(function () {
  var last = 0, max = 0, armed = false;
  function tick() { var now = performance.now(); if (armed) max = Math.max(max, now - last); last = now; setTimeout(tick, 4); }
  addEventListener('load', function () { setTimeout(function () { armed = true; last = performance.now(); }, 500); });
  tick();
  window.heartbeatMaxGap = function () { return max; };
})();</script>`;

function base(): string {
  return readFileSync(BASE_FIXTURE, 'utf8').replace('</title>', `</title>${HEARTBEAT}`);
}

/** The fixture's story paragraphs, as HTML. */
function storyParagraphs(html: string): string {
  return html.match(/<p class="story-para">[\s\S]*?<\/p>/g)!.join('\n');
}

/** A page of about `bytes` of text: the story's paragraphs again and again (the worst case for anchoring). */
function bigText(bytes: number): string {
  const html = base();
  const story = storyParagraphs(html);
  const copies = Math.ceil(bytes / story.length);
  return html.replace('<div class="story-text">', `<div class="story-text">${story.repeat(copies)}`);
}

/** The story followed by a comment section of about `nodes` nodes. */
function manyNodes(nodes: number): string {
  const comment = (i: number) => `<div class="cmt"><span class="cmt-user">reader${i}</span><span class="cmt-text">Comment number ${i}, on nothing much.</span></div>`;
  // Each comment is five nodes: the div, two spans and their two text nodes.
  const comments = Array.from({ length: Math.ceil(nodes / 5) }, (_, i) => comment(i)).join('');
  return base().replace('</body>', `<section class="comment-thread">${comments}</section></body>`);
}

/** The whole article inside an editor, as in a CMS draft or a webmail reply. */
function editable(): string {
  return base().replace('<body>', '<body><div contenteditable="true" id="editor">').replace('</body>', '</div></body>');
}

/**
 * A page whose script re-renders the story's text the way frameworks do, two seconds after load:
 * every text node replaced by a new one, one sentence reworded, the first paragraph's text set in place.
 */
function framework(): string {
  const script = `<script>addEventListener('load', function () { setTimeout(function () {
    var paras = document.querySelectorAll('.story-para');
    paras.forEach(function (p) { var t = p.firstChild; p.replaceChild(document.createTextNode(t.data), t); });
    var first = paras[0].firstChild; first.data = 'UPDATED: ' + first.data;
    document.body.dataset.rerendered = 'yes';
  }, 2000); });</script>`;
  return base().replace('</body>', `${script}</body>`);
}

/**
 * A page that tries to pass for ClaimLens and to break it: its own marks named like ours (old
 * versions styled them), an element with our old card's name whose definition takes the shadow root,
 * and a reset that unsets every element's style.
 */
function spoof(): string {
  const head = `<style>*{all:unset !important} mark{background:#ff0}</style>`;
  const body = `<p id="spoof">Not ClaimLens: <mark data-claimlens="conflicts" id="fake-mark">a page mark</mark> and <mark id="plain-mark">a plain one</mark>.</p>
<claimlens-card data-claimlens-ui="card" id="fake-card"></claimlens-card>
<script>customElements.define('claimlens-card', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }); } });</script>`;
  return base().replace('</head>', `${head}</head>`).replace('<div id="wrapper">', `${body}<div id="wrapper">`);
}

/**
 * A long analysis of at least `words` words: the long fixture's body paragraphs repeated, so every
 * stretch of the article states claims, with a script that notes when the first highlight appears.
 */
function longArticle(words: number): string {
  const html = readFileSync(path.resolve('tests/fixtures/on-topic/05-long-analysis/page.html'), 'utf8');
  const found = html.match(/<p>[\s\S]*?<\/p>/g)!;
  const paragraphs = found.join('\n');
  const count = paragraphs.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
  // The copies go before the article's first paragraph, which stays where it was.
  const body = paragraphs.repeat(Math.ceil(words / count)) + found[0];
  const watch = `<script>addEventListener('load', function () {
    var loaded = performance.now();
    (function poll() {
      var n = 0; if (window.CSS && CSS.highlights) CSS.highlights.forEach(function (h) { n += h.size; });
      if (n > 0) window.firstHighlightMs = performance.now() - loaded; else setTimeout(poll, 10);
    })();
  });</script>`;
  return html.replace(found[0], body).replace('</body>', `${watch}</body>`);
}

/** A plain 100 KB page about something else entirely: a bread recipe, in our own words. */
function offTopic(bytes: number): string {
  const steps = [
    'Mix the flour, the water and a pinch of salt until no dry patches remain.',
    'Leave the dough covered for an hour, then fold it over itself four times.',
    'Shape a round loaf, dust it with flour and let it rise in a basket overnight.',
    'Bake it in a hot covered pot for twenty minutes, then uncovered until it is deep brown.',
  ];
  const paragraph = `<p>${steps.join(' ')}</p>\n`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Country bread</title></head>
<body><article><h1>Country bread at home</h1>${paragraph.repeat(Math.ceil(bytes / paragraph.length))}</article></body></html>`;
}

/**
 * The suite's on-topic page (the one with planted conflicts) in a dark theme, as a site's dark mode
 * draws it: ClaimLens's card must follow it and stay readable.
 */
function darkArticle(): string {
  const file = path.resolve('tests', chooseFixturePages().onTopic.urlPath.replace(/^\/fixtures\//, 'fixtures/'));
  const theme = '<style>html, body, body * { background-color: #111827 !important; color: #e5e7eb !important; } a, a * { color: #93c5fd !important; }</style>';
  return readFileSync(file, 'utf8').replace('</head>', `${theme}</head>`);
}

/**
 * The suite's plain story page as its site dated it in 2021: its metadata's date years before the
 * story, in a `<meta>` named in mixed case, as Dublin Core's names are written ("DC.date.issued").
 */
function dated2021(): string {
  return base().replace('</title>', '</title><meta name="DC.date.issued" content="2021-09-03">');
}

/** The generated pages, by URL path under `/generated/`. */
export const GENERATED_PAGES: Record<string, () => string> = {
  'big-text.html': () => bigText(5_000_000),
  'many-nodes.html': () => manyNodes(50_000),
  'editable.html': editable,
  'framework.html': framework,
  'spoof.html': spoof,
  'plain.html': base,
  'dated-2021.html': dated2021,
  'long-article.html': () => longArticle(3000),
  'off-topic.html': () => offTopic(100_000),
  'dark-article.html': darkArticle,
};
