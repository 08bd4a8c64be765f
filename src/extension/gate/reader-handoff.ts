/** What the gate tells the reader script it loads: whether the reader asked to scan anyway. */
export interface ReaderHandoff {
  forced: boolean;
  /** Set by the reader once it answers messages itself: the gate then stays quiet. */
  readerRunning?: boolean;
}

/** Where the handoff lives: the content scripts' own global (their isolated world), under a name no page sees. */
const KEY = Symbol.for('claimlens.reader-handoff');

/** The handoff object shared by the gate and the reader (created on first use). */
export function readerHandoff(): ReaderHandoff {
  const scope = globalThis as unknown as Record<symbol, ReaderHandoff | undefined>;
  return (scope[KEY] ??= { forced: false });
}
