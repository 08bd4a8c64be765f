/**
 * The few extension APIs the always-on gate calls, straight from the browser. Everywhere else goes
 * through `wxt/browser`; the gate cannot, because that door brings the webextension polyfill (2.6 KB
 * gzip, and most of the script's start-up time on every page). These calls need no polyfill: they
 * are callback-free or take a callback in both Chromium and Firefox.
 */
export interface GateApi {
  runtime: {
    getURL(path: string): string;
    onMessage: {
      addListener(listener: (message: unknown, sender: unknown, respond: (reply: unknown) => void) => boolean | undefined): void;
      removeListener(listener: (message: unknown, sender: unknown, respond: (reply: unknown) => void) => boolean | undefined): void;
    };
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

/** Firefox's `browser`, else Chromium's `chrome` (whose APIs return promises in MV3). */
export function rawExtensionApi(): GateApi {
  const scope = globalThis as unknown as { browser?: GateApi; chrome?: GateApi };
  return (scope.browser ?? scope.chrome)!;
}
