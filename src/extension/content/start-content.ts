import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import gateWords from 'virtual:claimlens-gate-words';
import { readerHandoff } from '../gate/reader-handoff';
import { isContentRequest, type BackgroundRequest, type PageReport } from '../messages';
import { loadSettings, watchSettings } from '../settings';
import { handleContentRequest } from './content-messages';
import { createPageSession } from './page-session';
import { requestAnalysis } from './request-analysis';

/**
 * Starts ClaimLens on this page: the always-on part, with no engine and no claim index. Every
 * listener, observer and timer ends with `ctx`.
 */
export async function startClaimLens(ctx: ContentScriptContext): Promise<void> {
  if (ctx.isInvalid || !document.body) return;
  const session = createPageSession({ ctx, doc: document, gate: gateWords, loadSettings, analyze: requestAnalysis, publish: sendReport });

  const onMessage = (message: unknown) => (isContentRequest(message) ? handleContentRequest(message, session) : undefined);
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  ctx.onInvalidated(watchSettings((next) => session.updateSettings(next)));
  ctx.addEventListener(window, 'wxt:locationchange', (event) => session.onLocationChange(event.newUrl, event.oldUrl));
  // From now on this script answers the popup, not the gate that loaded it.
  const handoff = readerHandoff();
  handoff.readerRunning = true;
  ctx.onInvalidated(() => void (handoff.readerRunning = false));

  await (handoff.forced ? session.scanAnyway() : session.scan());
}

function sendReport(report: PageReport): void {
  const request: BackgroundRequest = { type: 'claimlens:page-report', report };
  // Fails only while the extension is being reloaded; the next scan reports again.
  browser.runtime.sendMessage(request).catch(() => undefined);
}
