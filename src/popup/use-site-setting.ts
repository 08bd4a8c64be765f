import { useEffect, useState } from 'preact/hooks';
import { isSiteDisabled, loadSettings, saveSettings, watchSettings, type Settings } from '@/src/extension/settings';
import { hostOf, sitesWith } from './model/site-switch';
import type { SiteSwitchProps } from './site-switch';

/** The per-site switch for the page at `url`: undefined until the settings are read, or for a page with no site. */
export function useSiteSetting(url: string | undefined): SiteSwitchProps | undefined {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => live && setSettings(s));
    const stop = watchSettings(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);
  const host = hostOf(url);
  if (!settings || !host) return undefined;
  return {
    host,
    on: !isSiteDisabled(settings, host),
    onChange: (on) => void saveSettings({ disabledSites: sitesWith(settings, host, on) }).then(setSettings),
  };
}
