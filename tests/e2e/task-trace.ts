/** The fields of a Chrome trace event that task attribution reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; src_func?: string };
}

/**
 * A main-thread task in which the content script ran: its length, and whether it was the script's
 * injection, a task of its own (an idle callback, a timer, a message) or a rendering frame.
 */
export interface ContentScriptTask {
  ms: number;
  kind: 'injection' | 'scheduled' | 'frame';
}

/** Trace categories that hold tasks (`toplevel`) and script calls with their URLs (`devtools.timeline`). */
export const TASK_TRACE_CATEGORIES = ['devtools.timeline', 'toplevel'];

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** Script events whose `args.data.url` names the script that ran. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile']);
/** The task in which Chromium renders a frame: the page's style, layout and paint, and observer callbacks. */
const FRAME_TASK = 'ScheduledActionSendBeginMainFrame';

/**
 * The tasks that contain code of a script under `extensionOrigin`, longest enclosing task each.
 * Work the content script resumes in a promise continuation (after `await`) counts as long as the
 * task's own callback is the script's, e.g. its idle callbacks; a continuation that runs in a task the
 * browser started (a message reply) carries no URL in the trace and is not seen.
 *
 * A rendering frame in which the script ran only an observer callback (its ResizeObserver) is the
 * browser laying out the page, which takes 30 ms and more on a 5 MB page whatever the extension does:
 * such a task counts for the time the script's own code ran in it, not for its whole length.
 */
export function contentScriptTasks(events: readonly TraceEvent[], extensionOrigin: string): ContentScriptTask[] {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const tasks = complete.filter((e) => TASK_NAMES.has(e.name));
  const calls = outermostCalls(complete, extensionOrigin);
  const found = new Map<TraceEvent, { kind: ContentScriptTask['kind']; codeMs: number }>();
  for (const call of calls) {
    const task = outermost(tasks.filter((t) => encloses(t, call)));
    if (!task) continue;
    const kind = task.args?.src_func === FRAME_TASK ? 'frame' : call.name === 'FunctionCall' ? 'scheduled' : 'injection';
    const seen = found.get(task);
    found.set(task, { kind: seen && kind === 'scheduled' ? seen.kind : kind, codeMs: (seen?.codeMs ?? 0) + call.dur! / 1000 });
  }
  return [...found].map(([task, { kind, codeMs }]) => ({ ms: kind === 'frame' ? codeMs : task.dur! / 1000, kind }));
}

/** The script events of scripts under `extensionOrigin` that no other such event encloses. */
function outermostCalls(complete: readonly TraceEvent[], extensionOrigin: string): TraceEvent[] {
  const calls = complete.filter((e) => SCRIPT_EVENTS.has(e.name) && Boolean(e.args?.data?.url?.startsWith(extensionOrigin)));
  return calls.filter((call) => !calls.some((other) => other !== call && encloses(other, call)));
}

function encloses(outer: TraceEvent, inner: TraceEvent): boolean {
  return outer.pid === inner.pid && outer.tid === inner.tid && outer.ts <= inner.ts && inner.ts + inner.dur! <= outer.ts + outer.dur!;
}

function outermost(candidates: TraceEvent[]): TraceEvent | undefined {
  return candidates.reduce<TraceEvent | undefined>((best, t) => (!best || t.dur! > best.dur! ? t : best), undefined);
}

/**
 * Milliseconds spent running the code of scripts under `extensionOrigin`: the outermost script events
 * (evaluation, compilation, calls) with its URL, nested ones not counted twice. Unlike whole tasks, it
 * leaves out work that merely shares a task with the script (a garbage collection, the page's own
 * microtasks), which makes two extensions' costs comparable on a busy machine.
 */
export function contentScriptCodeMs(events: readonly TraceEvent[], extensionOrigin: string): number {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  return outermostCalls(complete, extensionOrigin).reduce((sum, call) => sum + call.dur! / 1000, 0);
}
