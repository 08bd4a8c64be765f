import iconUrl from '@/assets/icon.svg';

/** Props of the popup header. */
export interface PopupHeaderProps {
  /** Undefined when the page has no highlights to toggle. */
  highlightsVisible?: boolean;
  busy: boolean;
  onToggleHighlights: () => void;
  onOpenSettings: () => void;
}

/** Title, the show/hide highlights button (its label says what it will do) and a way to settings. */
export function PopupHeader({ highlightsVisible, busy, onToggleHighlights, onOpenSettings }: PopupHeaderProps) {
  return (
    <header class="popup-header">
      <h1>
        <img src={iconUrl} alt="" width={18} height={18} />
        ClaimLens
      </h1>
      <div class="header-actions">
        {highlightsVisible !== undefined && (
          <button type="button" onClick={onToggleHighlights} disabled={busy} data-testid="toggle-highlights">
            {highlightsVisible ? 'Hide highlights' : 'Show highlights'}
          </button>
        )}
        <button type="button" onClick={onOpenSettings}>
          Settings
        </button>
      </div>
    </header>
  );
}
