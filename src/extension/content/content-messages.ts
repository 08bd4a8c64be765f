import type { ContentReply, ContentRequest } from '../messages';
import type { PageSession } from './page-session';

/**
 * Answers a request from the popup. Actions resolve once done, with the page's report after them,
 * so the popup can show the result without waiting for the background's notice.
 */
export async function handleContentRequest(request: ContentRequest, session: PageSession): Promise<ContentReply & { ok: boolean }> {
  switch (request.type) {
    case 'claimlens:get-report':
      return { ok: true, report: session.report() };
    case 'claimlens:scan-anyway':
      await session.scanAnyway();
      return { ok: true, report: session.report() };
    case 'claimlens:set-highlights':
      await session.setHighlightsVisible(request.visible);
      return { ok: true, report: session.report() };
    case 'claimlens:scroll-to-match':
      return { ok: session.revealMatch(request.start, request.end), report: session.report() };
  }
}
