// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startGate } from '@/src/extension/gate/start-gate';
import { GATE_HANDLE_NAME, type GateHandle } from '@/src/extension/gate/gate-handle';
import { build } from './dom-shape';

/**
 * The gate's handle, as the popup reaches it through `scripting.executeScript`. The reader is a
 * module URL from `runtime.getURL`: these tests give one that never finishes loading and one that
 * fails, as after the extension was reloaded under the page.
 */
const NEVER_LOADS = 'data:text/javascript,await new Promise(() => {});';
const FAILS = 'data:text/javascript,throw new Error("reader gone");';

function fakeChrome(readerUrl: string) {
  const getURL = vi.fn(() => readerUrl);
  // The gate takes `browser` before `chrome` (see raw-extension-api.ts).
  vi.stubGlobal('browser', {
    runtime: { getURL, onMessage: { addListener: vi.fn(), removeListener: vi.fn() } },
    storage: { local: { get: async () => ({}) } },
  });
  return getURL;
}

function gateHandle(): GateHandle {
  const handle = (globalThis as unknown as Record<symbol, GateHandle | undefined>)[Symbol.for(GATE_HANDLE_NAME)];
  if (!handle) throw new Error('no gate handle published');
  return handle;
}

/** A page about something else: none of the story's required words. */
function offTopicPage(): void {
  document.body.replaceChildren();
  build(document.body, ['article', {}, ['h1', {}, 'Weekend market'], ['p', {}, 'Fresh bread, cheese and flowers every Saturday morning.']]);
}

describe('the gate handle', () => {
  beforeEach(offTopicPage);
  afterEach(() => {
    delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(GATE_HANDLE_NAME)];
    delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('claimlens.reader-handoff')];
    vi.unstubAllGlobals();
  });

  it('decides an ordinary page in the task that injects it, with no idle callback', async () => {
    fakeChrome(NEVER_LOADS);
    const idle = vi.fn();
    vi.stubGlobal('requestIdleCallback', idle);
    startGate(document);
    expect((await gateHandle().report())?.kind).toBe('declined');
    expect(idle).not.toHaveBeenCalled();
  });

  it('stops reporting the old verdict while the reader it was asked for loads', async () => {
    fakeChrome(NEVER_LOADS);
    startGate(document);
    await vi.waitFor(async () => expect((await gateHandle().report())?.kind).toBe('declined'));
    void gateHandle().scanAnyway();
    expect(await gateHandle().report()).toBeNull();
  });

  it('answers false to scan anyway when the reader fails to load, every time, and reports the page again', async () => {
    const getURL = fakeChrome(FAILS);
    startGate(document);
    await vi.waitFor(async () => expect((await gateHandle().report())?.kind).toBe('declined'));
    expect(await gateHandle().scanAnyway()).toBe(false);
    expect(await gateHandle().scanAnyway()).toBe(false);
    expect(getURL).toHaveBeenCalledTimes(2); // the second request tried again
    expect((await gateHandle().report())?.kind).toBe('declined');
  });

  it('names the signals a declined page lacks', async () => {
    fakeChrome(NEVER_LOADS);
    build(document.body, ['p', {}, 'The Commission met farmers on Tuesday.']);
    startGate(document);
    await vi.waitFor(async () => expect((await gateHandle().report())?.kind).toBe('declined'));
    const report = await gateHandle().report();
    expect(report?.kind === 'declined' && report.topic.missing).toEqual(['Taliban']);
  });

  it.each([
    ['an ordinary page, whose search stops at the first signal it lacks', 1],
    ['a long page, searched a chunk per idle period', 300_000],
  ])('names every signal it lacks when the popup asks, on %s', async (_, padding) => {
    fakeChrome(NEVER_LOADS);
    build(document.body, ['p', {}, `${'market news '.repeat(padding / 12)} Farmers met on Tuesday.`]);
    startGate(document);
    await vi.waitFor(async () => expect((await gateHandle().report())?.kind).toBe('declined'));
    const report = await gateHandle().report();
    expect(report?.kind === 'declined' && report.topic.missing).toEqual(['Taliban', 'EU institutions']);
  });

  it('names no lacking signal for a page that has gained them since its check, and checks it again', async () => {
    const getURL = fakeChrome(NEVER_LOADS);
    build(document.body, ['p', {}, 'The Commission met farmers on Tuesday.']);
    startGate(document);
    expect((await gateHandle().report())?.kind).toBe('declined');
    build(document.body, ['p', {}, 'Taliban envoys came too.']);
    expect(await gateHandle().report()).toBeNull();
    expect(getURL).toHaveBeenCalledWith('/reader.js');
  });

  it('checks a page again when it replaces its body', async () => {
    const getURL = fakeChrome(NEVER_LOADS);
    startGate(document);
    expect((await gateHandle().report())?.kind).toBe('declined');
    const body = document.createElement('body');
    build(body, ['p', {}, 'Taliban envoys came to Brussels.']);
    document.documentElement.replaceChild(body, document.body);
    await vi.waitFor(() => expect(getURL).toHaveBeenCalledWith('/reader.js'), { timeout: 3000 });
  });

  it.each([
    ['an ordinary page, read in one call', 1],
    ['a long page with few elements, read a chunk per idle period', 300_000],
  ])('loads the reader for %s that names both signals', async (_, padding) => {
    const getURL = fakeChrome(NEVER_LOADS);
    build(document.body, ['p', {}, `${'market news '.repeat(padding / 12)} Taliban envoys came to Brussels.`]);
    startGate(document);
    await vi.waitFor(() => expect(getURL).toHaveBeenCalledWith('/reader.js'));
    expect(await gateHandle().report()).toBeNull(); // the reader answers from now on
  });
});
