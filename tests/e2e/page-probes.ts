// Functions that run inside the browser through `page.evaluate`. They are serialised, so each one is
// self-contained: no imports, no references to anything outside its own body.

/** What ClaimLens has highlighted on a page, by either of its two painting methods. */
export interface HighlightReport {
  /** `mark[data-claimlens]` elements inside the scope. */
  marks: number;
  /** Ranges registered in `CSS.highlights` (the page sets none of its own) that lie inside the scope. */
  ranges: number;
  /** Marks or ranges that are no longer in the document or lie outside the scope: leftovers of an old article. */
  stale: number;
  /** The highlighted text, for messages. */
  texts: string[];
}

/** Reads the highlights inside the element matched by `scopeSelector` (the article, or body). */
export function readHighlights(scopeSelector: string): HighlightReport {
  const scope = document.querySelector(scopeSelector) ?? document.body;
  const report: HighlightReport = { marks: 0, ranges: 0, stale: 0, texts: [] };
  for (const mark of document.querySelectorAll('mark[data-claimlens]')) {
    if (scope.contains(mark)) report.marks++;
    else report.stale++;
    report.texts.push(mark.textContent ?? '');
  }
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  for (const [, highlight] of registry ?? []) {
    for (const range of highlight) {
      const inside = range.startContainer.isConnected && scope.contains(range.startContainer);
      if (inside) report.ranges++;
      else report.stale++;
      if (range instanceof Range) report.texts.push(range.toString());
    }
  }
  return report;
}

/** What the popup shows, through its test hooks (`data-testid`, `data-on-topic`, `data-relation`, `data-facet`). */
export interface PopupReport {
  /** `data-on-topic` of the status element, or null while there is no status yet. */
  onTopic: string | null;
  matches: number;
  /** Matches with `data-relation="conflicts"` and a non-empty `data-facet`. */
  conflictsWithFacet: number;
  /** The popup's text, for messages. */
  text: string;
}

/** Reads the popup's state. */
export function readPopup(): PopupReport {
  const status = document.querySelector('[data-testid="status"]');
  const conflicts = [...document.querySelectorAll('[data-testid="match"][data-relation="conflicts"]')];
  return {
    onTopic: status?.getAttribute('data-on-topic') ?? null,
    matches: document.querySelectorAll('[data-testid="match"]').length,
    conflictsWithFacet: conflicts.filter((match) => (match.getAttribute('data-facet') ?? '') !== '').length,
    text: (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 500),
  };
}

/** Which article the test site pages (spa.html, late.html) currently show: `body[data-shown]`. */
export function readShownArticle(): string | null {
  return document.body.dataset.shown ?? null;
}
