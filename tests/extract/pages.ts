/**
 * Small news pages written for the extraction tests: the article plus the furniture real pages
 * carry around it (navigation, cookie banner, "read also" box, comments, newsletter, footer).
 */

/** The five body paragraphs of the sample article. */
export const PARAGRAPHS = [
  'Belgium granted five visas, each good for one day, to the officials who travelled from Kabul for the meeting.',
  'Maxime Prévot said he disliked the invitation but had no power to stop it, a point he repeated on the radio.',
  'Travel papers, identity checks and charter flights were the topics of the closed session at the Commission.',
  'More than 80 rights groups asked the Commission to call the whole thing off, arguing it rewards the regime.',
  'Further meetings may follow if the first one produces a channel that works, officials in Brussels said.',
];

export const HEADLINE = 'Taliban envoys arrive in Brussels for talks on returns';
export const STANDFIRST = 'Five officials from Kabul met EU staff on Tuesday to discuss sending back Afghans.';
export const SUBHEADING = 'What was on the table';
export const QUOTE = '"We are ready to talk about the return of Afghans," a delegate told reporters.';
export const CAPTION = 'The Berlaymont building in Brussels, seat of the European Commission.';

/** Texts of the furniture: none of them may reach the article text. */
export const CHROME_TEXTS = [
  'World news', 'Europe desk', 'We use cookies to improve your experience', 'Accept all', 'Read also',
  'EU ministers weigh return hubs', 'Ministers argue over a new pact', 'this is outrageous',
  'Sign up for our daily newsletter', 'All rights reserved', 'Most read', 'Share on',
  // A comment section inside the article, named like nothing in particular: known by its heading.
  'Reader comments', 'that is democracy too', 'names of the envoys',
];

/** A full article page with its furniture; `articleTag` false builds it from classed divs only. */
export function newsPage({ articleTag = true } = {}): string {
  const [open, close] = articleTag ? ['<article>', '</article>'] : ['<div class="story-body">', '</div>'];
  const [p1, p2, p3, p4, p5] = PARAGRAPHS;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${HEADLINE} | Example Daily</title></head>
<body>
<header class="site-header"><a href="/" class="logo">Example Daily</a>
  <nav><ul><li><a href="/world">World news</a></li><li><a href="/europe">Europe desk</a></li></ul></nav></header>
<div id="cookie-consent"><p>We use cookies to improve your experience. You can change this at any time.</p><button>Accept all</button></div>
<main>${open}
  <header><h1>${HEADLINE}</h1><p class="standfirst">${STANDFIRST}</p><div class="byline">By A. Writer, 23 June 2026</div></header>
  <p>${p1}</p>
  <p>${p2}</p>
  <div class="share-tools"><a href="#">Share on social media</a></div>
  <h2>${SUBHEADING}</h2>
  <p>${p3}</p>
  <aside class="read-also"><h3>Read also</h3><ul><li><a href="/hubs">EU ministers weigh return hubs</a></li></ul></aside>
  <p><strong>Read also:</strong> <a href="/pact">Ministers argue over a new pact</a></p>
  <p>${p4}</p>
  <blockquote><p>${QUOTE}</p></blockquote>
  <p>${p5}</p>
  <figure><img src="berlaymont.jpg" alt=""><figcaption>${CAPTION}</figcaption></figure>
  <div class="talk"><b>Reader comments (2)</b><div class="c"><b>anna_k</b>: Twenty countries asked for it, and that is democracy too.</div><div class="c"><b>pvl</b>: Where are the names of the envoys?</div></div>
${close}
<section class="comments"><h2>Comments</h2><p>Reader one: this is outrageous and I am cancelling my subscription.</p></section>
<div class="sidebar"><h3>Most read</h3><ol><li><a href="/a">A story about the weather in June</a></li></ol></div>
</main>
<div class="newsletter-signup"><p>Sign up for our daily newsletter and get the news first.</p></div>
<footer><p>© 2026 Example Daily. All rights reserved.</p></footer>
</body></html>`;
}

/** A short page Readability declines: a headline and two paragraphs, no <article>. */
export function shortPage(): string {
  return `<html><body><nav><a href="/">Home</a></nav><div><h1>Brief: talks in Brussels</h1>
<p>EU and Taliban officials met today.</p><p>More talks may follow.</p></div><footer>Contact us</footer></body></html>`;
}
