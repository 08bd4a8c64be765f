// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentRequest, PageReport } from '@/src/extension/messages';
import { GATE_HANDLE_NAME, publishGateHandle, type GateHandle } from '@/src/extension/gate/gate-handle';
import { PopupApp } from '@/src/popup/popup-app';
import { loadSettings, saveSettings } from '@/src/extension/settings';
import { OFF_TOPIC, SAMPLE_ANALYSIS } from './sample-analysis';
import { SAMPLE_INDEX } from './sample-index';
import { click, mount } from './render';

const URL = 'https://news.example/taliban-talks';
const declined: PageReport = { kind: 'declined', url: URL, topic: OFF_TOPIC };
const analysed: PageReport = { kind: 'analysed', url: URL, analysis: SAMPLE_ANALYSIS, forced: false, highlightsVisible: true };

/** The background, answering look-ups from a fixed set of stored reports. */
function fakeBackground(stored: Record<number, PageReport>) {
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as { type: string; tabId: number };
    return request.type === 'claimlens:tab-report' ? Promise.resolve(stored[request.tabId] ?? null) : undefined;
  });
}

/** The content script of a tab: `reply` answers each request, or it is absent (rejects). */
function fakeTab(reply?: (request: ContentRequest) => unknown) {
  const sendMessage = vi.fn(async (_tabId: number, request: ContentRequest) => {
    if (!reply) throw new Error('Could not establish connection. Receiving end does not exist.');
    return reply(request);
  });
  fakeBrowser.tabs.sendMessage = sendMessage as never;
  return sendMessage;
}

/**
 * Chromium's `scripting.executeScript`, running the injected function here, where `handle` (if any)
 * is published as the gate publishes it in the content scripts' world. `granted: false` is a page
 * without the activeTab grant.
 */
function fakeScripting(handle: GateHandle | undefined, granted = true) {
  const scope = globalThis as unknown as Record<symbol, unknown>;
  delete scope[Symbol.for(GATE_HANDLE_NAME)];
  if (handle) publishGateHandle(handle);
  const executeScript = vi.fn(async (injection: { target: { tabId: number }; func: (...args: unknown[]) => unknown; args: unknown[] }) => {
    if (!granted) throw new Error('Cannot access contents of the page.');
    return [{ frameId: 0, result: await injection.func(...injection.args) }];
  });
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  return executeScript;
}

const status = () => document.querySelector('[data-testid="status"]');
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

beforeEach(() => fakeBrowser.reset());

describe('popup app', () => {
  it('shows the stored report of the tab named in ?tabId', async () => {
    fakeBackground({ 12: declined });
    fakeTab(() => ({ report: null }));
    await mount(<PopupApp index={SAMPLE_INDEX} search="?tabId=12" />);
    await settle();
    expect(status()?.getAttribute('data-on-topic')).toBe('false');
  });

  it('uses the active tab when no tab is named', async () => {
    // The fake browser cannot mark a created tab active, so the query itself is faked.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 21 } as never]);
    fakeBackground({ 21: declined });
    fakeTab();
    await mount(<PopupApp index={SAMPLE_INDEX} search="" />);
    await settle();
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(status()).not.toBeNull();
  });

  it('says the page is out of reach when no content script answers', async () => {
    fakeBackground({});
    fakeTab();
    await mount(<PopupApp index={SAMPLE_INDEX} search="?tabId=4" />);
    await settle();
    expect(document.body.textContent).toContain('can’t read this page');
  });

  it('asks a gate that keeps no listener (Chromium) in the page itself, and scans anyway through it', async () => {
    fakeBackground({});
    fakeTab();
    const scanAnyway = vi.fn(async () => true);
    const executeScript = fakeScripting({ report: async () => declined, scanAnyway });
    await mount(<PopupApp index={SAMPLE_INDEX} search="?tabId=12" />);
    await settle();
    expect(status()?.getAttribute('data-on-topic')).toBe('false');
    expect(executeScript.mock.calls[0][0].target).toEqual({ tabId: 12, frameIds: [0] });
    await click([...document.querySelectorAll('button')].find((b) => b.textContent === 'Scan anyway')!);
    await settle();
    expect(scanAnyway).toHaveBeenCalledTimes(1);
  });

  it('says the page is out of reach where the page has no gate or gives no grant', async () => {
    fakeBackground({});
    fakeTab();
    fakeScripting(undefined);
    await mount(<PopupApp index={SAMPLE_INDEX} search="?tabId=4" />);
    await settle();
    expect(document.body.textContent).toContain('can’t read this page');
    fakeScripting({ report: async () => declined, scanAnyway: async () => true }, false);
    await mount(<PopupApp index={SAMPLE_INDEX} search="?tabId=5" />);
    await settle();
    expect(document.body.textContent).toContain('can’t read this page');
  });

  it('asks a tab that is still loading again, until its gate has entered the page', async () => {
    fakeBackground({});
    fakeTab();
    fakeScripting(undefined); // no gate in the page yet: the document is not idle
    const get = vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, status: 'loading' } as never);
    await mount(<PopupApp index={SAMPLE_INDEX} search="?tabId=7" />);
    await settle();
    expect(document.body.textContent).not.toContain('can’t read this page');
    // The page finishes loading and the gate publishes its handle.
    get.mockResolvedValue({ id: 7, status: 'complete' } as never);
    publishGateHandle({ report: async () => declined, scanAnyway: async () => true });
    await act(() => new Promise((resolve) => setTimeout(resolve, 1100)));
    expect(status()?.getAttribute('data-on-topic')).toBe('false');
  });

  it('says a loaded tab with nothing to ask is out of reach without asking again', async () => {
    fakeBackground({});
    const sendMessage = fakeTab();
    fakeScripting(undefined);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 8, status: 'complete' } as never);
    await mount(<PopupApp index={SAMPLE_INDEX} search="?tabId=8" />);
    await settle();
    expect(document.body.textContent).toContain('can’t read this page');
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('asks the content script to scan anyway and shows what it found', async () => {
    fakeBackground({ 12: declined });
    const sendMessage = fakeTab((request) => (request.type === 'claimlens:scan-anyway' ? { ok: true, report: analysed } : { report: null }));
    await mount(<PopupApp index={SAMPLE_INDEX} search="?tabId=12" />);
    await settle();
    await click([...document.querySelectorAll('button')].find((b) => b.textContent === 'Scan anyway')!);
    await settle();
    expect(sendMessage).toHaveBeenCalledWith(12, { type: 'claimlens:scan-anyway' });
    expect(document.querySelectorAll('[data-testid="match"]')).toHaveLength(3);
  });

  it('follows the background’s change notices for its own tab only', async () => {
    fakeBackground({});
    fakeTab(() => ({ report: null }));
    await mount(<PopupApp index={SAMPLE_INDEX} search="?tabId=12" />);
    await settle();
    expect(document.body.textContent).toContain('Reading this page…');
    await act(() => fakeBrowser.runtime.onMessage.trigger({ type: 'claimlens:report-changed', tabId: 99, report: analysed }, {}).then(() => undefined));
    expect(status()).toBeNull();
    await act(() => fakeBrowser.runtime.onMessage.trigger({ type: 'claimlens:report-changed', tabId: 12, report: analysed }, {}).then(() => undefined));
    expect(status()?.getAttribute('data-on-topic')).toBe('true');
    expect(document.querySelectorAll('[data-testid="match"]')).toHaveLength(3);
  });

  it('turns ClaimLens off and on again for the page’s site from the switch', async () => {
    await saveSettings({ disabledSites: ['other.org'] });
    fakeBackground({ 12: analysed });
    fakeTab(() => ({ report: null }));
    await mount(<PopupApp index={SAMPLE_INDEX} search="?tabId=12" />);
    await settle();
    const toggle = () => document.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(toggle().checked).toBe(true);
    await click(toggle());
    await settle();
    expect((await loadSettings()).disabledSites).toEqual(['news.example', 'other.org']);
    await click(toggle());
    await settle();
    expect((await loadSettings()).disabledSites).toEqual(['other.org']);
  });
});
