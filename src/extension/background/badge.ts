import { browser } from 'wxt/browser';
import type { PageReport } from '../messages';

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
 * The badge for a page: the number of highlighted sentences (a sentence stating two claims counts
 * once, as the page shows it once), with a "!" and a red colour when the page states a figure that
 * conflicts with the sources (the "!" keeps it readable without colour).
 */
export function badgeFor(report: PageReport | null): Badge {
  if (report?.kind !== 'analysed') return { text: '', color: SUPPORTS_COLOR, title: PLAIN_TITLE };
  const confident = report.analysis.matches.filter((m) => m.tier === 'confident');
  const conflicting = report.analysis.conflicts.filter((c) => c.conflicts).length;
  const hasConflict = conflicting > 0 || confident.some((m) => m.relation === 'conflicts');
  if (confident.length === 0 && !hasConflict) return { text: '', color: SUPPORTS_COLOR, title: PLAIN_TITLE };
  const sentences = new Set(confident.map((m) => `${m.start}:${m.end}`)).size;
  const facts = `${sentences} highlighted sentence${sentences === 1 ? '' : 's'}`;
  const figures = conflicting ? `, ${conflicting} conflicting figure${conflicting === 1 ? '' : 's'}` : '';
  return {
    text: hasConflict ? `${sentences}!` : String(sentences),
    color: hasConflict ? CONFLICTS_COLOR : SUPPORTS_COLOR,
    title: `${PLAIN_TITLE}: ${facts}${figures}`,
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
