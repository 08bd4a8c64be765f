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
    observeContentChanges(ctx, document.body, onChange, TIMING);
    for (let i = 0; i < 5; i++) build(document.body, ['p', {}, `Paragraph ${i} arrives late.`]);
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores its own highlights, empty nodes and records dropped right after its own work', async () => {
    build(document.body, ['p', {}, 'Some text.']);
    const onChange = vi.fn();
    const observer = observeContentChanges(ctx, document.body, onChange, TIMING);
    build(document.body, ['mark', { 'data-claimlens': 'supports' }, 'own highlight'], ['div', {}]);
    await settle();
    const text = document.querySelector('p')!.firstChild as Text;
    text.splitText(4);
    observer.ignorePending();
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('treats a huge batch as one rescan without inspecting it', async () => {
    const onChange = vi.fn();
    observeContentChanges(ctx, document.body, onChange, TIMING);
    for (let i = 0; i < 200; i++) document.body.append(document.createElement('span'));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops when the content script is invalidated', async () => {
    const onChange = vi.fn();
    observeContentChanges(ctx, document.body, onChange, TIMING);
    build(document.body, ['p', {}, 'Text before invalidation.']);
    ctx.abort();
    await settle();
    build(document.body, ['p', {}, 'Text after invalidation.']);
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});
