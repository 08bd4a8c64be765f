import { browser } from 'wxt/browser';
import type { ClaimIndex } from '@/src/types';
import { PopupView } from './popup-view';
import { useSiteSetting } from './use-site-setting';
import { useTabReport } from './use-tab-report';

/** Props of the popup app. */
export interface PopupAppProps {
  index: ClaimIndex;
  /** The popup page's query string; `?tabId=N` picks the tab. */
  search?: string;
}

/** The popup wired to its tab: reads the report and sends the reader's actions to the page. */
export function PopupApp({ index, search }: PopupAppProps) {
  const state = useTabReport(search);
  const site = useSiteSetting(state.report?.url);
  return (
    <PopupView
      index={index}
      state={state}
      site={site}
      onScanAnyway={() => void state.send({ type: 'claimlens:scan-anyway' })}
      onReveal={(start, end) => void state.send({ type: 'claimlens:scroll-to-match', start, end })}
      onSetHighlights={(visible) => void state.send({ type: 'claimlens:set-highlights', visible })}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />
  );
}
