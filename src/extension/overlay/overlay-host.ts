import { OVERLAY_CSS } from './overlay-styles';

/** The overlay's host and its closed shadow root, plus the document-level rules for our highlights. */
export interface OverlayHost {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

/** A random token for this page load: our element and highlight names, which a page cannot predict. */
export function randomToken(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Creates the host `<claimlens-TOKEN>` as the last child of `<html>`, outside `<body>`, with a closed
 * shadow root. `::highlight()` rules only apply from the document's own style sheets, so they live in
 * a `<style>` child of the host: connected (so it applies), but not slotted into the shadow tree (so
 * it is never rendered, even on a page with `*{all:unset}`).
 */
export function createOverlayHost(doc: Document, token: string, highlightCss: string): OverlayHost {
  const host = doc.createElement(`claimlens-${token}`);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  root.append(style);
  const documentRules = doc.createElement('style');
  documentRules.textContent = highlightCss;
  host.append(documentRules);
  doc.documentElement.append(host);
  return { host, root, remove: () => host.remove() };
}
