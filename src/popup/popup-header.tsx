import iconUrl from '@/assets/icon.svg';

/** Props of the popup header. */
export interface PopupHeaderProps {
  /** Undefined when the page has no highlights to toggle. */
  highlightsVisible?: boolean;
  busy: boolean;
  onToggleHighlights: () => void;
  onOpenSettings: () => void;
}

/** Title, the show/hide highlights toggle (also the Alt+Shift+. command) and a way to settings. */
export function PopupHeader({ highlightsVisible, busy, onToggleHighlights, onOpenSettings }: PopupHeaderProps) {
  return (
    <header class="popup-header">
      <h1>
        <img src={iconUrl} alt="" width={18} height={18} />
        ClaimLens
      </h1>
      <div class="header-actions">
        {highlightsVisible !== undefined && (
          <button
            type="button"
            aria-pressed={!highlightsVisible}
            onClick={onToggleHighlights}
            disabled={busy}
            title="Alt+Shift+. (rebindable in the browser's shortcut settings)"
          >
            Hide highlights
          </button>
        )}
        <button type="button" onClick={onOpenSettings}>
          Settings
        </button>
      </div>
    </header>
  );
}
