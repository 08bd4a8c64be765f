import { browser } from 'wxt/browser';
import { SETTINGS_KEY as STORAGE_KEY, withDefaults, type Settings } from './site-settings';

export { DEFAULT_SETTINGS, isSiteDisabled, normalizeHostname, THRESHOLD_RANGE, type Settings } from './site-settings';

/** Reads the settings, filling anything missing or malformed with its default. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  return withDefaults(stored[STORAGE_KEY]);
}

/** Saves a change to some settings and returns the full result. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = withDefaults({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [STORAGE_KEY]: next });
  return next;
}

/** Calls `onChange` whenever the settings change; returns the function that stops watching. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && STORAGE_KEY in changes) onChange(withDefaults(changes[STORAGE_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

