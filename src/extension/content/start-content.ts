import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyzeArticleInSteps } from '@/src/engine/analyze';
import { detectTopic } from '@/src/engine/gate/detect-topic';
import { extractArticle } from '@/src/extract/extract-article';
import { loadClaimIndex, loadStory } from '@/src/index/load-index';
import { isContentRequest, type BackgroundRequest, type PageReport } from '../messages';
import { loadSettings, watchSettings } from '../settings';
import { handleContentRequest } from './content-messages';
import type { PageEngine } from './page-engine';
import { createPageSession } from './page-session';

const ENGINE: PageEngine = { loadIndex: loadClaimIndex, loadStory, detectTopic, extractArticle, analyzeArticleInSteps };

/** Starts ClaimLens on this page; every listener, observer and timer ends with `ctx`. */
export async function startClaimLens(ctx: ContentScriptContext, engine: PageEngine = ENGINE): Promise<void> {
  const settings = await loadSettings();
  if (ctx.isInvalid || !document.body) return;
  const session = createPageSession({ ctx, doc: document, engine, settings, publish: sendReport });

  const onMessage = (message: unknown) => (isContentRequest(message) ? handleContentRequest(message, session) : undefined);
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  ctx.onInvalidated(watchSettings((next) => session.updateSettings(next)));
  ctx.addEventListener(window, 'wxt:locationchange', (event) => session.onLocationChange(event.newUrl, event.oldUrl));

  await session.scan();
}

function sendReport(report: PageReport): void {
  const request: BackgroundRequest = { type: 'claimlens:page-report', report };
  // Fails only while the extension is being reloaded; the next scan reports again.
  browser.runtime.sendMessage(request).catch(() => undefined);
}
