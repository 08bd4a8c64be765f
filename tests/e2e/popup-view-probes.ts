// Functions that run inside the popup or the page through `page.evaluate`, for the reader's-view checks.
// Serialised, so each one is self-contained: no imports, nothing from outside its body.

/** What the popup's reader view says, through its test hooks. */
export interface PopupViewReport {
  summary: string | null;
  /** `data-sentences` / `data-conflicts` of the summary line. */
  sentences: number | null;
  conflicts: number | null;
  /** The full text of each highlighted sentence entry (`data-testid="match"`), whitespace collapsed. */
  matchTexts: string[];
  /** Each listed conflict: its facet and its quoted sentence. */
  conflictEntries: { facet: string; text: string }[];
  /** The content's height at the popup's width, without expanding anything. */
  height: number;
  width: number;
}

/** Reads the popup. */
export function readPopupView(): PopupViewReport {
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const summary = document.querySelector('[data-testid="summary"]');
  const number = (name: string) => (summary?.hasAttribute(name) ? Number(summary.getAttribute(name)) : null);
  return {
    summary: summary ? squash(summary.textContent) : null,
    sentences: number('data-sentences'),
    conflicts: number('data-conflicts'),
    matchTexts: [...document.querySelectorAll('[data-testid="match"] q')].map((q) => squash(q.textContent)),
    conflictEntries: [...document.querySelectorAll('[data-testid="conflict"]')].map((c) => ({
      facet: c.getAttribute('data-facet') ?? '',
      text: squash(c.querySelector('blockquote')?.textContent),
    })),
    height: Math.ceil(Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)),
    width: Math.round(document.body.getBoundingClientRect().width),
  };
}

/** The text of every ClaimLens highlight on the page, marks or CSS custom highlights, with its relation. */
export function readHighlightTexts(): { relation: 'supports' | 'conflicts'; text: string }[] {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const found: { relation: 'supports' | 'conflicts'; text: string }[] = [];
  for (const mark of document.querySelectorAll('mark[data-claimlens]')) {
    found.push({ relation: mark.getAttribute('data-claimlens') === 'conflicts' ? 'conflicts' : 'supports', text: squash(mark.textContent ?? '') });
  }
  if (found.length > 0) return found;
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  for (const [name, highlight] of registry ?? []) {
    if (!name.startsWith('claimlens')) continue;
    for (const range of highlight) {
      if (range instanceof Range) found.push({ relation: name.includes('conflict') ? 'conflicts' : 'supports', text: squash(range.toString()) });
    }
  }
  return found.filter((h) => h.text.length > 0);
}

/**
 * Runs axe-core (injected beforehand as `window.axe`) on the document, or with `overlayOnly` on
 * ClaimLens's overlay host alone (its shadow root revealed first, see `TestPage.revealClosedShadowRoots`),
 * so that the page's own markup is not judged. Returns "rule: targets" per violation.
 */
export async function runAxe(overlayOnly?: boolean): Promise<string[]> {
  type AxeResult = { violations: { id: string; nodes: { target: unknown[] }[] }[] };
  const axe = (globalThis as unknown as { axe: { run(context: Node, options: object): Promise<AxeResult> } }).axe;
  const host = overlayOnly ? [...document.documentElement.children].find((e) => /^claimlens-[0-9a-f]{12}$/i.test(e.tagName)) : document;
  if (!host) return ['no overlay host on the page'];
  if (overlayOnly && !(host as Element).shadowRoot) return ['the overlay\'s shadow root is not revealed'];
  const result = await axe.run(host, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** Whether the document is in the dark theme: the popup's dark background. */
export function readColorScheme(): string {
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Readies a second screenshot of a popup taller than its window: scrolled to its end where the driver
 * shoots the viewport (Chromium), or unclipped where it shoots the body element (Firefox).
 */
export function showEnd(unclip: boolean): void {
  if (unclip) {
    for (const element of [document.documentElement, document.body]) element.style.maxHeight = 'none';
    // A sticky header would be drawn where the element screenshot's scrolling left it.
    const header = document.querySelector<HTMLElement>('.popup-header');
    if (header) header.style.position = 'static';
    return;
  }
  window.scrollTo(0, document.documentElement.scrollHeight);
  document.body.scrollTop = document.body.scrollHeight;
}
