import gateWords from 'virtual:claimlens-gate-words';
import type { GateWords } from '../build/gate-words-plugin';
import { isContentRequest, type PageReport } from '../messages';
import { CHUNK, missingRequiredWords, pageTextAtOnce, pageTextPieces, searchable, signalsMissingFrom } from '../content/page-precheck';
import { declinedVerdict } from '../content/page-report';
import { isSiteDisabled, SETTINGS_KEY, withDefaults } from '../site-settings';
import { rawExtensionApi } from './raw-extension-api';
import { publishGateHandle, type GateHandle, type GateReply } from './gate-handle';
import { readerHandoff } from './reader-handoff';

/** The reader script: the analysis' page side, loaded only on pages that pass the word check. */
export const READER_PATH = '/reader.js';
/** Quiet time after the page's last change before the words are checked again (late-loaded articles). */
const RECHECK_MS = 1000;
const IDLE_TIMEOUT_MS = 2000;

/**
 * The always-on part of ClaimLens, on every page: once the document is parsed, one plain substring pass for
 * the story's required words over its text. A page without them costs that and nothing more; a page
 * with them loads the reader, which sends the page to the background for analysis. The gate answers
 * the popup for pages it declined (see gate-handle.ts), and checks again when the page's content changes.
 */
export function startGate(doc: Document = document): void {
  // Touching `chrome` builds its bindings: only where the reader is loaded or the popup asks.
  const api = () => rawExtensionApi();
  const handoff = readerHandoff();
  /** The required signals the page lacked at its last check; null until the first check ends. */
  let missing: Lacking | null = null;
  /** The reader's load, while it is under way or once it has loaded. */
  let pending: Promise<void> | undefined;
  let observer: MutationObserver | undefined;
  const loadReader = (forced: boolean): Promise<void> => {
    if (pending) return pending;
    handoff.forced = forced;
    observer?.disconnect();
    // Our own packaged file, by a constant path: no page input reaches the URL.
    // eslint-disable-next-line no-unsanitized/method
    pending = import(/* @vite-ignore */ api().runtime.getURL(READER_PATH)).then(
      () => undefined,
      (error: unknown) => {
        // The reader failed to load (the extension was reloaded under the page): the gate is the
        // page's door again, so a later "scan anyway" retries and the page's changes are watched.
        pending = undefined;
        watch();
        throw error;
      },
    );
    return pending;
  };
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
  const decide = (lacking: Lacking) => {
    missing = lacking;
    if (lacking.length === 0) loadReader(false).catch(() => undefined);
  };
  let checking = false;
  const check = () => {
    if (checking || pending) return;
    const whole = pageTextAtOnce(doc);
    // An ordinary page is decided in this one call, with no generator: on a page that is not about
    // the story, every function the gate runs is compiled for that page alone.
    if (whole !== undefined && whole.length <= CHUNK) return decide(lacksASignal(searchable(whole), gateWords.required) ? lackingOf(doc) : lackingAll([]));
    // A long page is read and searched one chunk per idle period (see page-precheck.ts).
    checking = true;
    const steps = missingRequiredWords(whole === undefined ? pageTextPieces(doc) : [whole], gateWords);
    const step = () => {
      const next = steps.next();
      if (!next.done) return void idle(step, { timeout: IDLE_TIMEOUT_MS });
      checking = false;
      decide(lackingAll(next.value));
    };
    step();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const watch = () => {
    if (!doc.body) return;
    observer ??= new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(check, RECHECK_MS);
    });
    observer.observe(doc.body, { childList: true, subtree: true });
  };
  const handle: GateHandle = {
    // While the reader loads, the old "declined" verdict no longer holds: null, like a check under way.
    report: () => (handoff.readerRunning || pending ? Promise.resolve(null) : reportFor(api(), doc, missing)),
    scanAnyway: () => loadReader(true).then(() => true, () => false),
  };
  publishGateHandle(handle);

  // Firefox's listener from injection on, so a popup opened early finds the gate. The script is
  // injected at document_idle, after the document has been parsed, so the first check runs in the
  // injection's own task: an idle callback of its own cost an off-topic page 0.4 ms more (Chromium,
  // traced, 22 loads each: 2.30 against 1.89 ms, bare 0.15 ms). Only a long page's later chunks wait
  // for idle periods.
  if (import.meta.env.FIREFOX) api().runtime.onMessage.addListener(answerWith(handle, handoff));
  watch();
  check();
}

/**
 * Firefox's door to the handle: a message listener. Firefox's e2e harness cannot click the toolbar
 * button (no activeTab grant over WebDriver BiDi), and its gate's cost is not traced, so Firefox keeps
 * the listener it has always had instead of asking for `scripting` and activeTab.
 */
function answerWith(handle: GateHandle, handoff: ReturnType<typeof readerHandoff>) {
  return (message: unknown, _sender: unknown, respond: (reply: GateReply) => void) => {
    if (handoff.readerRunning || !isContentRequest(message)) return undefined;
    if (message.type === 'claimlens:scan-anyway') {
      void handle.scanAnyway().then((ok) => respond({ ok, report: null }));
      return true;
    }
    void handle.report().then((report) => respond({ ok: message.type === 'claimlens:get-report', report }));
    return true;
  };
}

/** What the popup is told about a page the gate declined; 'disabled' where the reader turned ClaimLens off. */
async function reportFor(api: ReturnType<typeof rawExtensionApi>, doc: Document, missing: Lacking | null): Promise<PageReport | null> {
  if (!missing?.length) return null; // still checking, or the reader is taking over
  const url = doc.location?.href ?? '';
  const stored = await api.storage.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  return isSiteDisabled(withDefaults(stored[SETTINGS_KEY]), doc.location?.hostname ?? '') ? { kind: 'disabled', url } : { kind: 'declined', url, topic: declinedVerdict(gateWords, missing.labels()) };
}

/**
 * What a declined page lacks: for an ordinary page only that it lacks a signal (the first one missing
 * ends its search: the signals after it are never searched on a page that is not about the story), and
 * which signals, named only when the popup asks; a long page's chunked search knows them all.
 */
type Lacking = { length: number; labels(): string[] };

/** Whether `lowered` lacks every word of one of the signals (see `signalsMissingFrom`), stopping at the first such signal. */
function lacksASignal(lowered: string, signals: GateWords['required']): boolean {
  return signals.some((signal) => !signal.words.some((word) => lowered.includes(word)));
}

/** An ordinary page's lack, its signals read again from the page when asked. */
function lackingOf(doc: Document): Lacking {
  return {
    length: 1,
    labels: () => {
      const whole = pageTextAtOnce(doc);
      const named: string[] = whole === undefined ? [] : signalsMissingFrom(searchable(whole), gateWords.required).map((s) => s.label);
      // The page has changed since (its observer will check it again): name what a page lacks in general.
      return named.length > 0 ? named : gateWords.required.map((s: GateWords['required'][number]) => s.label);
    },
  };
}

/** The chunked search's result, which names every signal it did not find. */
function lackingAll(labels: string[]): Lacking {
  return { length: labels.length, labels: () => labels };
}
