import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Tuning of the observer; the defaults suit news pages that load their body late. */
export interface ObserverTiming {
  /** Quiet time after the last relevant change before rescanning. */
  debounceMs: number;
  /** Longest wait while changes keep coming, so a page that never settles is still rescanned. */
  maxWaitMs: number;
  /** A batch this large is not inspected record by record: it just means "rescan once". */
  hugeBatch: number;
}

const DEFAULT_TIMING: ObserverTiming = { debounceMs: 600, maxWaitMs: 3000, hugeBatch: 400 };

/** The observer of one page, which the highlighter tells to forget the changes it made itself. */
export interface ContentObserver {
  /** Asks for a rescan through the same debounce, e.g. after in-page navigation. */
  schedule(): void;
}

/**
 * ONE MutationObserver on `root` (childList, subtree, characterData) that calls `onChange` once the
 * page's text has changed and settled, and `onTouched` at once (a framework rewrote text we may have
 * painted). ClaimLens writes nothing into `root`, so every record is the page's own.
 * Disconnected, with its timer, when the content script is invalidated.
 */
export function observeContentChanges(
  ctx: ContentScriptContext,
  root: Node,
  onChange: () => void,
  onTouched: () => void,
  timing: ObserverTiming = DEFAULT_TIMING,
): ContentObserver {
  let timer: number | undefined;
  let firstPendingAt: number | undefined;

  const fire = () => {
    timer = firstPendingAt = undefined;
    onChange();
  };
  const schedule = () => {
    const now = performance.now();
    firstPendingAt ??= now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.min(timing.debounceMs, Math.max(0, firstPendingAt + timing.maxWaitMs - now));
    timer = ctx.setTimeout(fire, wait);
  };

  const observer = new MutationObserver((records) => {
    if (records.length >= timing.hugeBatch || records.some(isRelevantChange)) {
      onTouched();
      schedule();
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());

  return { schedule };
}

/** True for a change to the page's text; false for empty text and nodes without any. */
export function isRelevantChange(record: MutationRecord): boolean {
  if (record.type === 'characterData') return Boolean(record.target.textContent?.trim());
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.some((node) => Boolean(node.textContent?.trim()));
}
