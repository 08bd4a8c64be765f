import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isSiteDisabled, loadSettings, normalizeHostname, saveSettings, watchSettings } from '@/src/extension/settings';

beforeEach(() => fakeBrowser.reset());

describe('normalizeHostname', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  News.Example.COM ', 'news.example.com'],
    ['https://www.example.com/world/article?id=1', 'www.example.com'],
    ['example.com.', 'example.com'],
    ['', ''],
    ['http://', ''],
  ])('%j → %j', (input, expected) => expect(normalizeHostname(input)).toBe(expected));
});

describe('isSiteDisabled', () => {
  const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
  it.each([
    ['example.com', true],
    ['news.example.com', true],
    ['notexample.com', false],
    ['example.org', false],
  ])('%s → %s', (host, expected) => expect(isSiteDisabled(settings, host)).toBe(expected));
});

describe('settings storage', () => {
  it('gives the defaults before anything is saved', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a change and keeps the rest', async () => {
    await saveSettings({ confidentThreshold: 0.75 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, confidentThreshold: 0.75 });
  });

  it('repairs stored values that are out of range or malformed', async () => {
    await fakeBrowser.storage.local.set({ settings: { confidentThreshold: 3, disabledSites: ['HTTPS://A.example/x', 'a.example'], highlightsByDefault: 'yes' } });
    expect(await loadSettings()).toEqual({ disabledSites: ['a.example'], highlightsByDefault: true, confidentThreshold: 0.9 });
  });

  it('tells watchers about changes until they stop watching', async () => {
    const onChange = vi.fn();
    const stop = watchSettings(onChange);
    await saveSettings({ highlightsByDefault: false });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, highlightsByDefault: false });
    stop();
    await saveSettings({ highlightsByDefault: true });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
