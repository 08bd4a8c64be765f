import { useState } from 'preact/hooks';
import { validateSite } from './validate-site';

/** Props of the disabled-sites editor. */
export interface SiteListEditorProps {
  sites: string[];
  onChange: (sites: string[]) => void;
}

/** The sites where ClaimLens stays off: add a hostname (or paste a URL), remove one. */
export function SiteListEditor({ sites, onChange }: SiteListEditorProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');

  const add = (event: Event) => {
    event.preventDefault();
    const site = validateSite(draft);
    if (!site.ok) return setError(site.error);
    setError('');
    setDraft('');
    if (!sites.includes(site.host)) onChange([...sites, site.host].sort());
  };

  return (
    <fieldset>
      <legend>Sites where ClaimLens is off</legend>
      <form class="add-site" onSubmit={add}>
        <label for="site-input">Site</label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          placeholder="example.com"
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby="site-help"
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Add</button>
      </form>
      <p id="site-help" class={error ? 'error' : 'help'} role={error ? 'alert' : undefined}>
        {error || 'A site also covers its subdomains: example.com turns ClaimLens off on news.example.com too.'}
      </p>
      {sites.length === 0 ? (
        <p class="help">ClaimLens runs on every site.</p>
      ) : (
        <ul class="site-list">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" onClick={() => onChange(sites.filter((s) => s !== site))} aria-label={`Remove ${site}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
