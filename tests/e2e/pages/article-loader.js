// Loads the article of another test page (a fixture's page.html) into this page's <article id="story">,
// the way a single-page news site swaps stories without a full page load.
// Shared by spa.html and late.html. Builds nodes by import, never through HTML strings on this page.

/** Fetches a page of the test server and returns its title and article element. */
async function fetchArticle(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`cannot load ${path}: ${response.status}`);
  const parsed = new DOMParser().parseFromString(await response.text(), 'text/html');
  const article = parsed.querySelector('article') ?? parsed.querySelector('main') ?? parsed.body;
  return { title: parsed.title, article };
}

/** Replaces the story on this page with the article of `path`, and records which one is shown. */
export async function showArticle(path) {
  const { title, article } = await fetchArticle(path);
  const story = document.getElementById('story');
  story.replaceChildren(...[...article.childNodes].map((node) => document.importNode(node, true)));
  document.title = title;
  document.body.dataset.shown = path;
}
