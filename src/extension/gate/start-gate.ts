import gateWords from 'virtual:claimlens-gate-words';
import { isContentRequest, type PageReport } from '../messages';
import { CHUNK, firstMissingSignal, missingRequiredWords, pageTextAtOnce, pageTextPieces, searchable, signalsMissingFrom } from '../content/page-precheck';
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
  // Touching `chrome` builds its bindings: only where the reader is loaded or the popup asks (and in
  // Firefox, for its message listener).
  const api = () => rawExtensionApi();
  const handoff = readerHandoff();
  /** What the page lacked at its last check; null until the first check ends, or where it lacked nothing. */
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
  const decide = (lacking: Lacking | null) => {
    missing = lacking;
    if (!lacking) loadReader(false).catch(() => undefined);
  };
  let checking = false;
  const check = () => {
    if (checking || pending) return;
    const whole = pageTextAtOnce(doc);
    // An ordinary page is decided in this one call, with no generator: on a page that is not about
    // the story, every function the gate runs is compiled for that page alone.
    if (whole !== undefined && whole.length <= CHUNK) {
      const first = firstMissingSignal(searchable(whole), gateWords.required);
      return decide(first === undefined ? null : lackingOf(doc, first.label));
    }
    // A long page is read and searched one chunk per idle period (see page-precheck.ts).
    checking = true;
    const steps = missingRequiredWords(whole === undefined ? pageTextPieces(doc) : [whole], gateWords);
    const step = () => {
      const next = steps.next();
      if (!next.done) return void idle(step, { timeout: IDLE_TIMEOUT_MS });
      checking = false;
      const labels = next.value;
      decide(labels.length === 0 ? null : { labels: () => labels });
    };
    step();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  // The whole document is watched, so a page that replaces its body is checked again too.
  const watch = () => {
    if (!doc.documentElement) return;
    observer ??= new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(check, RECHECK_MS);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
  };
  /** The signals a declined page lacks, as the popup is told; null while it has none (it has changed: checked again). */
  const lackingNow = (): string[] | null => {
    const labels = missing?.labels() ?? null;
    if (missing && !labels) check();
    return labels;
  };
  const handle: GateHandle = {
    // While the reader loads, the old "declined" verdict no longer holds: null, like a check under way.
    report: () => (handoff.readerRunning || pending ? Promise.resolve(null) : reportFor(api(), doc, lackingNow())),
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
async function reportFor(api: ReturnType<typeof rawExtensionApi>, doc: Document, missing: string[] | null): Promise<PageReport | null> {
  if (!missing?.length) return null; // still checking, or the reader is taking over
  const url = doc.location?.href ?? '';
  const stored = await api.storage.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  return isSiteDisabled(withDefaults(stored[SETTINGS_KEY]), doc.location?.hostname ?? '') ? { kind: 'disabled', url } : { kind: 'declined', url, topic: declinedVerdict(gateWords, missing) };
}

/**
 * What a declined page lacks, named only when the popup asks (`labels`). An ordinary page's search
 * stops at the first signal it lacks, so its text is searched again then for every signal: null if
 * it now has them all (it has changed since), the first one found lacking if it has grown too long to
 * read at once. A long page's chunked search knows them all.
 */
type Lacking = { labels(): string[] | null };

function lackingOf(doc: Document, first: string): Lacking {
  return {
    labels: () => {
      const whole = pageTextAtOnce(doc);
      if (whole === undefined || whole.length > CHUNK) return [first];
      const named = signalsMissingFrom(searchable(whole), gateWords.required).map((s) => s.label);
      return named.length > 0 ? named : null;
    },
  };
}
