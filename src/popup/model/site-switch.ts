import { isSiteDisabled, normalizeHostname, type Settings } from '@/src/extension/settings';

/** The hostname a tab's page is on, or '' for a page without one. */
export function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? normalizeHostname(hostname) : '';
  } catch {
    return '';
  }
}

/**
 * The disabled-sites list after the reader turns ClaimLens on or off for `host`. Turning it on
 * removes every entry that covers the host (a parent domain too), or the switch would not stick.
 */
export function sitesWith(settings: Settings, host: string, on: boolean): string[] {
  if (!on) return isSiteDisabled(settings, host) ? settings.disabledSites : [...settings.disabledSites, host].sort();
  return settings.disabledSites.filter((site) => !isSiteDisabled({ ...settings, disabledSites: [site] }, host));
}
