// Functions that run inside the page through `page.evaluate`, for the reader-facing checks (layout,
// keyboard, card). Serialised, so each one is self-contained: no imports, nothing from outside its body.

/**
 * Document-relative boxes [x, y, width, height] of the text blocks under `scopeSelector`, to 0.1 px.
 * Blocks inside fixed or sticky boxes (a cookie banner) are left out: they move with scrolling.
 */
export function readBlockBoxes(scopeSelector: string): number[][] {
  const scope = document.querySelector(scopeSelector) ?? document.body;
  const round = (value: number) => Math.round(value * 10) / 10;
  const pinned = (element: Element | null): boolean =>
    element !== null && (['fixed', 'sticky'].includes(getComputedStyle(element).position) || pinned(element.parentElement));
  const blocks = [...scope.querySelectorAll('h1, h2, h3, p, li, blockquote, dt, dd, figcaption')].filter((e) => !pinned(e));
  return blocks.map((element) => {
    const box = element.getBoundingClientRect();
    return [box.x + scrollX, box.y + scrollY, box.width, box.height].map(round);
  });
}

/**
 * The body as a flat list: one entry per element (tag and sorted attributes) and per text node (its
 * text), so a split text node or a leftover attribute shows up as a difference. Pass a document to read
 * it instead of this page's (the served HTML, parsed afresh).
 */
export function readBodyShape(source?: string): string[] {
  const body = source ? new DOMParser().parseFromString(source, 'text/html').body : document.body;
  const shape: string[] = [];
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) shape.push(`#${(node as Text).data}`);
    else {
      const element = node as Element;
      // Chromium's autofill leaves `style=""` on a form field the keyboard passed through: not ClaimLens's doing.
      const attributes = [...element.attributes].filter((a) => a.name !== 'style' || a.value).map((a) => `${a.name}=${a.value}`).sort();
      shape.push(`<${element.tagName} ${attributes.join(' ')}>`);
    }
  }
  return shape;
}

/** The page's HTML as the server sent it, before any script (ClaimLens's included) touched it. */
export async function readServedHtml(): Promise<string> {
  return (await fetch(location.href, { cache: 'no-store' })).text();
}

/** ClaimLens's overlay as the page can see it: its host on <html>, the highlights it registered, its card's box. */
export interface OverlayReport {
  /** Elements `<claimlens-TOKEN>` under <html>: 1 while highlights show, 0 after they are hidden. */
  hosts: number;
  /** Keyboard focus is on the overlay's Tab stop. */
  focused: boolean;
  cardShown: boolean;
  /** `data-current` of the host: which sentence (in page order) the ring and card are on, or -1. */
  current: number;
  /** 'supports' or 'conflicts' for the current sentence, from its highlight's name. */
  currentKind: string | null;
  cardCoversCurrent: boolean;
  /** Sentence highlights in page order (the disputed-figure highlight left out). */
  sentences: { kind: string; text: string }[];
}

/** Reads the overlay (its shadow root is closed: only the host's attributes and the highlight registry are visible). */
export function readOverlay(): OverlayReport {
  const hosts = [...document.documentElement.children].filter((e) => /^claimlens-[0-9a-f]{12}$/i.test(e.tagName));
  const host = hosts[0] as HTMLElement | undefined;
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const ranges: { kind: string; range: Range }[] = [];
  for (const [name, highlight] of registry ?? []) {
    const kind = /-(supports|conflicts)$/.exec(name)?.[1];
    if (kind) for (const range of highlight) if (range instanceof Range) ranges.push({ kind, range });
  }
  ranges.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  const box = host?.getAttribute('data-card-box')?.split(' ').map(Number);
  const current = host?.hasAttribute('data-card') ? Number(host.getAttribute('data-current') ?? -1) : -1;
  const rects = current === -1 || !ranges[current] ? [] : [...ranges[current].range.getClientRects()];
  const covers = Boolean(box) && rects.some((r) => box![0] < r.right && r.left < box![0] + box![2] && box![1] < r.bottom && r.top < box![1] + box![3]);
  return {
    hosts: hosts.length,
    focused: Boolean(host) && document.activeElement === host,
    cardShown: Boolean(host?.hasAttribute('data-card') && box && box[3] > 0),
    current,
    currentKind: ranges[current]?.kind ?? null,
    cardCoversCurrent: covers,
    sentences: ranges.map((r) => ({ kind: r.kind, text: r.range.toString() })),
  };
}

/** The body serialised (XMLSerializer: the lint forbids outerHTML), or the served HTML's body parsed afresh. */
export function serializeBody(source?: string): string {
  const body = source ? new DOMParser().parseFromString(source, 'text/html').body : document.body;
  return new XMLSerializer().serializeToString(body);
}

/** A description of the focused element, to check that focus comes back to it. */
export function describeFocus(): string {
  const active = document.activeElement;
  return active ? `${active.tagName}:${(active.textContent ?? '').trim().slice(0, 40)}` : 'none';
}

/** The computed background colour of the body, e.g. to tell the dark theme from the light one. */
export function readBodyBackground(): string {
  return getComputedStyle(document.body).backgroundColor;
}

/** The viewport point at the middle of the first line of the `index`-th highlighted sentence (page order), or null. */
export function sentencePoint(index: number): { x: number; y: number } | null {
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const ranges: Range[] = [];
  for (const [name, highlight] of registry ?? []) {
    if (/-(supports|conflicts)$/.test(name)) for (const range of highlight) if (range instanceof Range) ranges.push(range);
  }
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const range = ranges[index];
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0];
  return rect ? { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 } : null;
}

/** The theme of ClaimLens's open card ('light' or 'dark'), read through its revealed shadow root (see `TestPage.revealClosedShadowRoots`). */
export function readCardTheme(): string | null {
  const host = [...document.documentElement.children].find((e) => /^claimlens-[0-9a-f]{12}$/i.test(e.tagName));
  const card = host?.shadowRoot?.querySelector<HTMLElement>('.card');
  return card ? (card.dataset.theme ?? 'light') : null;
}

/**
 * The lowest WCAG contrast ratio of any text in ClaimLens's overlay against the background it sits on,
 * with the element it was found on (read through the revealed shadow root). axe leaves the contrast of
 * an absolutely placed layer over the page "incomplete", so this measures it directly.
 */
export function readOverlayContrast(): { ratio: number; where: string } {
  const host = [...document.documentElement.children].find((e) => /^claimlens-[0-9a-f]{12}$/i.test(e.tagName));
  const root = host?.shadowRoot;
  if (!root) return { ratio: 0, where: 'no revealed overlay' };
  const rgba = (css: string) => (/rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/?\s?([\d.]+))?\)/.exec(css) ?? []).slice(1).map((v, i) => (v === undefined ? (i === 3 ? 1 : 0) : Number(v)));
  const luminance = ([r, g, b]: number[]) => {
    const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  let lowest = { ratio: Infinity, where: 'no text' };
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    const ownText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    if (!ownText || element.getClientRects().length === 0) continue;
    let background: number[] | undefined;
    for (let e: Element | null = element; e && !background; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c.length === 4 && c[3] >= 0.9) background = c;
    }
    if (!background) continue; // a layer without its own background: the page's text rules apply
    const [a, b] = [luminance(rgba(getComputedStyle(element).color)), luminance(background)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    if (ratio < lowest.ratio) lowest = { ratio: Math.round(ratio * 100) / 100, where: `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent!.trim().slice(0, 30)}` };
  }
  return lowest;
}
