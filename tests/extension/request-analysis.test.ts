import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestAnalysis } from '@/src/extension/content/request-analysis';

const page = { html: '<p>x</p>', url: 'https://a.example/', force: false, confidentThreshold: 0.5 };
const plan = { analysis: { topic: {} }, articleLength: 1, highlights: [] };

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => void vi.useRealTimers());

describe('asking the background for an analysis', () => {
  it('sends the page again when the service worker went away before answering', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce(undefined) // a worker that started without its listener yet
      .mockResolvedValueOnce(plan);
    const reply = requestAnalysis(page, () => true);
    await vi.runAllTimersAsync();
    expect(await reply).toBe(plan);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('gives up after its retries, and at once when the page has moved on or the background refuses', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('gone'));
    const reply = requestAnalysis(page, () => true);
    await vi.runAllTimersAsync();
    expect(await reply).toBeNull();
    expect(send).toHaveBeenCalledTimes(4);
    send.mockClear();
    expect(await requestAnalysis(page, () => false)).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
    send.mockReset().mockResolvedValue(null);
    expect(await requestAnalysis(page, () => true)).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
  });
});
