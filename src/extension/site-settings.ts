import { DEFAULT_CONFIDENT_THRESHOLD, THRESHOLD_RANGE } from '../settings/defaults';

/**
 * The reader's settings as plain data, with no extension API: the always-on gate script reads them
 * too, and it cannot afford the browser polyfill. Reading and saving them is in settings.ts.
 */

/** The reader's choices, kept in browser.storage.local. */
export interface Settings {
  /** Hostnames where ClaimLens stays off; a listed host also covers its subdomains. */
  disabledSites: string[];
  /** Whether highlights are painted as soon as a page is analysed, or only after the reader asks. */
  highlightsByDefault: boolean;
  /** Confidence from which a match is highlighted (confident) rather than only listed (possible). */
  confidentThreshold: number;
}

export { THRESHOLD_RANGE };

/** The storage.local key the settings live under. */
export const SETTINGS_KEY = 'settings';

/** What a reader gets before changing anything. */
export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  highlightsByDefault: true,
  confidentThreshold: DEFAULT_CONFIDENT_THRESHOLD,
};

/** True when `hostname` or one of its parent domains is in the disabled list. */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const host = normalizeHostname(hostname);
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/**
 * Turns what a reader typed ("https://www.Example.com/news", "example.com.") into a bare hostname,
 * or '' when nothing usable is left.
 */
export function normalizeHostname(input: string): string {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return '';
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`;
  try {
    return new URL(withScheme).hostname.replace(/\.$/, '');
  } catch {
    return '';
  }
}

/** Accepts any stored value and returns valid settings: stored data may predate a field. */
export function withDefaults(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings>;
  const sites = Array.isArray(value.disabledSites) ? value.disabledSites : DEFAULT_SETTINGS.disabledSites;
  const threshold = Number(value.confidentThreshold);
  return {
    disabledSites: [...new Set(sites.map(String).map(normalizeHostname).filter(Boolean))],
    highlightsByDefault:
      typeof value.highlightsByDefault === 'boolean' ? value.highlightsByDefault : DEFAULT_SETTINGS.highlightsByDefault,
    confidentThreshold: Number.isFinite(threshold)
      ? Math.min(THRESHOLD_RANGE.max, Math.max(THRESHOLD_RANGE.min, threshold))
      : DEFAULT_SETTINGS.confidentThreshold,
  };
}
