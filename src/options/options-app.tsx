import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '@/src/extension/settings';
import { SiteListEditor } from './site-list-editor';
import { ThresholdField } from './threshold-field';

/** The options page: every change is saved at once, and said so to screen readers. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);

  const update = async (change: Partial<Settings>) => {
    setSettings((current) => ({ ...(current ?? DEFAULT_SETTINGS), ...change }));
    setSettings(await saveSettings(change));
    setSaved('Saved.');
  };

  return (
    <main>
      <h1>ClaimLens settings</h1>
      {!settings ? (
        <p>Loading…</p>
      ) : (
        <>
          <fieldset>
            <legend>Highlights</legend>
            <label class="check">
              <input
                type="checkbox"
                checked={settings.highlightsByDefault}
                onChange={(e) => void update({ highlightsByDefault: (e.target as HTMLInputElement).checked })}
              />
              Show highlights on a page as soon as it is analysed
            </label>
            <p class="help">When off, open the popup or press Alt+Shift+H on the page to show them.</p>
          </fieldset>
          <ThresholdField value={settings.confidentThreshold} onChange={(v) => void update({ confidentThreshold: v })} />
          <SiteListEditor sites={settings.disabledSites} onChange={(sites) => void update({ disabledSites: sites })} />
        </>
      )}
      <p class="saved" role="status" aria-live="polite">
        {saved}
      </p>
    </main>
  );
}
