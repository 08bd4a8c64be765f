/**
 * Every default that the engine, the command line, the tests and the extension share, defined once.
 * Change a value here and every consumer, every score and every README figure moves with it.
 */

/** Confidence (0..1) from which a match is highlighted (confident) rather than only listed (possible). */
export const DEFAULT_CONFIDENT_THRESHOLD = 0.52;

/** Below this confidence a candidate is not reported at all, not even as possible. */
export const POSSIBLE_THRESHOLD = 0.4;

/** The range a reader may move the highlight threshold in (options page). */
export const THRESHOLD_RANGE = { min: 0.3, max: 0.9, step: 0.02 } as const;
