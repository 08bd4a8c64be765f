import type { ContentReply, ContentRequest } from '../messages';
import type { PageSession } from './page-session';

/**
 * Answers a request from the popup or the background. Actions resolve once done, with the page's
 * report after them, so the popup can show the result without waiting for the background's notice.
 */
export async function handleContentRequest(request: ContentRequest, session: PageSession): Promise<ContentReply & { ok: boolean }> {
  switch (request.type) {
    case 'claimlens:get-report':
      break;
    case 'claimlens:scan-anyway':
      await session.scanAnyway();
      break;
    case 'claimlens:set-highlights':
      await session.setHighlightsVisible(request.visible === true);
      break;
    case 'claimlens:scroll-to-match':
      return { ok: session.revealMatch(Number(request.start), Number(request.end)), report: await session.report() };
    case 'claimlens:navigate':
      if (request.move === 'toggle') {
        const report = await session.report();
        await session.setHighlightsVisible(!(report?.kind === 'analysed' && report.highlightsVisible));
      } else session.move(request.move === 'previous' ? -1 : 1);
      break;
  }
  return { ok: true, report: await session.report() };
}
