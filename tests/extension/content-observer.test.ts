// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { observeContentChanges } from '@/src/extension/content/content-observer';
import { build } from './dom-shape';

const TIMING = { debounceMs: 20, maxWaitMs: 60, hugeBatch: 50 };
const settle = () => new Promise((resolve) => setTimeout(resolve, 80));

let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('content');
});
afterEach(() => {
  ctx.abort();
  document.body.replaceChildren();
});

describe('content observer', () => {
  it('rescans once after a burst of late article text', async () => {
    const onChange = vi.fn();
    observeContentChanges(ctx, document.body, onChange, () => undefined, TIMING);
    for (let i = 0; i < 5; i++) build(document.body, ['p', {}, `Paragraph ${i} arrives late.`]);
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores nodes without text, and tells at once when a text node is rewritten in place', async () => {
    build(document.body, ['p', {}, 'Some text.']);
    const onChange = vi.fn();
    const onTouched = vi.fn();
    observeContentChanges(ctx, document.body, onChange, onTouched, TIMING);
    build(document.body, ['div', {}], ['span', {}, '   ']);
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    (document.querySelector('p')!.firstChild as Text).data = 'Other text, as a framework re-renders it.';
    await Promise.resolve();
    expect(onTouched).toHaveBeenCalledOnce();
    await settle();
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('treats a huge batch as one rescan without inspecting it', async () => {
    const onChange = vi.fn();
    observeContentChanges(ctx, document.body, onChange, () => undefined, TIMING);
    for (let i = 0; i < 200; i++) document.body.append(document.createElement('span'));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops when the content script is invalidated', async () => {
    const onChange = vi.fn();
    observeContentChanges(ctx, document.body, onChange, () => undefined, TIMING);
    build(document.body, ['p', {}, 'Text before invalidation.']);
    ctx.abort();
    await settle();
    build(document.body, ['p', {}, 'Text after invalidation.']);
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});
