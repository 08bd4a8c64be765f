/** Props of the per-site switch. */
export interface SiteSwitchProps {
  host: string;
  /** True while ClaimLens runs on this site. */
  on: boolean;
  onChange: (on: boolean) => void;
}

/** Turns ClaimLens on or off for the page's site, without a trip to the settings. */
export function SiteSwitch({ host, on, onChange }: SiteSwitchProps) {
  return (
    <label class="site-switch">
      <input type="checkbox" role="switch" checked={on} onChange={(e) => onChange((e.target as HTMLInputElement).checked)} />
      <span>
        On for <strong>{host}</strong>
      </span>
    </label>
  );
}
