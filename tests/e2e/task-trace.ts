/** The fields of a Chrome trace event that task attribution reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/** A main-thread task in which the content script ran: its length, and whether it was the script's injection. */
export interface ContentScriptTask {
  ms: number;
  kind: 'injection' | 'scheduled';
}

/** Trace categories that hold tasks (`toplevel`) and script calls with their URLs (`devtools.timeline`). */
export const TASK_TRACE_CATEGORIES = ['devtools.timeline', 'toplevel'];

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** Script events whose `args.data.url` names the script that ran. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile']);

/**
 * The tasks that contain code of a script under `extensionOrigin`, longest enclosing task each.
 * Work the content script resumes in a promise continuation (after `await`) counts as long as the
 * task's own callback is the script's, e.g. its idle callbacks; a continuation that runs in a task the
 * browser started (a message reply) carries no URL in the trace and is not seen.
 */
export function contentScriptTasks(events: readonly TraceEvent[], extensionOrigin: string): ContentScriptTask[] {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const tasks = complete.filter((e) => TASK_NAMES.has(e.name));
  const found = new Map<TraceEvent, ContentScriptTask['kind']>();
  for (const call of complete) {
    if (!SCRIPT_EVENTS.has(call.name) || !call.args?.data?.url?.startsWith(extensionOrigin)) continue;
    const task = outermost(tasks.filter((t) => encloses(t, call)));
    if (!task) continue;
    if (call.name !== 'FunctionCall' || !found.has(task)) found.set(task, call.name === 'FunctionCall' ? 'scheduled' : 'injection');
  }
  return [...found].map(([task, kind]) => ({ ms: task.dur! / 1000, kind }));
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
  const calls = events.filter(
    (e) => e.ph === 'X' && e.dur !== undefined && SCRIPT_EVENTS.has(e.name) && Boolean(e.args?.data?.url?.startsWith(extensionOrigin)),
  );
  const outer = calls.filter((call) => !calls.some((other) => other !== call && encloses(other, call)));
  return outer.reduce((sum, call) => sum + call.dur! / 1000, 0);
}
