import type { ContentReply, PageReport } from '../messages';

/**
 * What the gate offers the popup on a page it declined. In Chromium the gate keeps no message
 * listener (the first touch of `chrome.runtime` builds the extension bindings, most of the gate's
 * cost on every page), so the popup reaches this handle with `scripting.executeScript` under the
 * activeTab grant of the toolbar click; the injected function runs in the content scripts' world,
 * where the handle lives under a registry symbol no page script can see. Firefox's gate answers
 * messages with the same handle.
 */
export interface GateHandle {
  /** The page's report as the gate knows it: null while the word check runs or once the reader answers itself. */
  report(): Promise<PageReport | null>;
  /** Loads the reader to analyse the page although it lacks the story's words. */
  scanAnyway(): Promise<boolean>;
}

/** The registry name of the handle (`Symbol.for`), in the content scripts' own global. */
export const GATE_HANDLE_NAME = 'claimlens.gate';

export function publishGateHandle(handle: GateHandle, scope: object = globalThis): void {
  (scope as Record<symbol, GateHandle>)[Symbol.for(GATE_HANDLE_NAME)] = handle;
}

/** What a request to the gate answers, through either door. */
export type GateReply = ContentReply & { ok: boolean };

/**
 * Runs in the tab (serialised by `scripting.executeScript`, so it must stand alone): asks the gate's
 * handle, or answers null where no gate runs (the page was open before ClaimLens was installed).
 */
export function askGateHandle(name: string, action: 'report' | 'scan-anyway'): Promise<GateReply> | null {
  const gate = (globalThis as unknown as Record<symbol, GateHandle | undefined>)[Symbol.for(name)];
  if (!gate || typeof gate.report !== 'function' || typeof gate.scanAnyway !== 'function') return null;
  return action === 'scan-anyway'
    ? gate.scanAnyway().then((ok) => ({ ok, report: null }))
    : gate.report().then((report) => ({ ok: true, report }));
}
