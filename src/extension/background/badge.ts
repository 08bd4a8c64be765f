import { browser } from 'wxt/browser';
import type { PageReport } from '../messages';
import { reportCounts } from '../report-counts';

/** What the toolbar button shows for one tab. */
export interface Badge {
  text: string;
  color: string;
  title: string;
}

/** Blue for pages that only share facts with other coverage. */
export const SUPPORTS_COLOR = '#1d4ed8';
/** Red for pages with at least one figure that other coverage contradicts. */
export const CONFLICTS_COLOR = '#b91c1c';

const PLAIN_TITLE = 'ClaimLens';

/**
 * The badge for a page: the number of highlighted sentences (see `report-counts.ts`, the rule the
 * popup and the page share), with a "!" and a red colour when a figure shown conflicts with the
 * sources (the "!" keeps it readable without colour).
 */
export function badgeFor(report: PageReport | null): Badge {
  if (report?.kind !== 'analysed') return { text: '', color: SUPPORTS_COLOR, title: PLAIN_TITLE };
  const { sentences, conflicts } = reportCounts(report.analysis);
  if (sentences === 0) return { text: '', color: SUPPORTS_COLOR, title: PLAIN_TITLE };
  const highlighted = `${sentences} highlighted sentence${sentences === 1 ? '' : 's'}`;
  const figures = conflicts ? `, ${conflicts} ${conflicts === 1 ? 'figure differs' : 'figures differ'} from other coverage` : '';
  return {
    text: conflicts ? `${sentences}!` : String(sentences),
    color: conflicts ? CONFLICTS_COLOR : SUPPORTS_COLOR,
    title: `${PLAIN_TITLE}: ${highlighted}${figures}`,
  };
}

/** Shows a badge on one tab's toolbar button (MV3 `action`, MV2 `browserAction`). */
export async function applyBadge(tabId: number, badge: Badge): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setTitle({ tabId, title: badge.title }),
    // White text on both colours; older browsers lack setBadgeTextColor.
    action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
  ]);
}
