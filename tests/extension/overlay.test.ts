// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createOverlay, type OverlayItem } from '@/src/extension/overlay/overlay';
import { build, serialize } from './dom-shape';

let ctx: ContentScriptContext;
const hosts = () => [...document.documentElement.children].filter((e) => /^CLAIMLENS-[0-9A-F]{12}$/.test(e.tagName));
const card = { relation: 'supports' as const, heading: 'Also reported by other coverage', claims: [{ text: 'A claim.', sources: [] }], figures: [] };

function items(): OverlayItem[] {
  return [...document.querySelectorAll('p')].map((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    return { range, relation: 'supports', card };
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('overlay-test');
  build(document.body, ['button', { id: 'before' }, 'Page button'], ['p', {}, 'First sentence.'], ['p', {}, 'Second sentence.']);
});
afterEach(() => {
  ctx.abort();
  document.body.replaceChildren();
});

describe('overlay', () => {
  it('lives in one host on <html>, outside <body>, and leaves the body as it was', () => {
    const before = serialize(document.body);
    const overlay = createOverlay(ctx, document, '0123456789ab', '');
    overlay.show(items());
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0].parentElement).toBe(document.documentElement);
    expect(serialize(document.body)).toBe(before);
  });

  it('opens a card from the keyboard stop and gives focus back when the highlights go', () => {
    const overlay = createOverlay(ctx, document, '0123456789ab', '');
    overlay.show(items());
    const button = document.getElementById('before')!;
    button.focus();
    expect(overlay.reveal(1)).toBe(true);
    expect(hosts()[0].getAttribute('data-current')).toBe('1');
    expect(document.activeElement).toBe(hosts()[0]);
    overlay.clear();
    expect(hosts()).toHaveLength(0);
    expect(document.activeElement).toBe(button);
  });

  it('opens and closes a card for the pointer without moving focus', () => {
    const overlay = createOverlay(ctx, document, '0123456789ab', '');
    overlay.show(items());
    overlay.point(0);
    expect(hosts()[0].hasAttribute('data-card')).toBe(true);
    expect(document.activeElement).not.toBe(hosts()[0]);
    overlay.point(-1);
    expect(hosts()[0].hasAttribute('data-card')).toBe(false);
  });

  it('removes itself when the content script is invalidated, and when shown nothing', () => {
    const overlay = createOverlay(ctx, document, '0123456789ab', '');
    overlay.show(items());
    overlay.show([]);
    expect(hosts()).toHaveLength(0);
    overlay.show(items());
    ctx.abort();
    expect(hosts()).toHaveLength(0);
  });
});
