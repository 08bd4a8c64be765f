/**
 * Regular expressions built on first use. Patterns with Unicode property classes take real time
 * to compile, and the content script loads on every page: only pages that reach the analysis pay,
 * and `warmPatterns` lets the analysis compile them one idle step at a time.
 */
export type LazyPattern = () => RegExp;

const registry: LazyPattern[] = [];
/** How many registered patterns the last `warmPatterns` ran. */
let warmed = 0;

/** Wraps a pattern factory so the pattern is compiled once, when first needed. */
export function lazyPattern(make: () => RegExp): LazyPattern {
  let pattern: RegExp | undefined;
  const get = () => (pattern ??= make());
  registry.push(get);
  return get;
}

/** The pattern itself, whether given directly or lazily. */
export function patternOf(pattern: RegExp | LazyPattern): RegExp {
  return typeof pattern === 'function' ? pattern() : pattern;
}

/** Text the patterns are warmed on: a little of everything they look for, so no run stops at the first character. */
export const WARM_INPUT = 'On 23 June 2026, five of the 27 member states said about 1.5 million, nearly 20 permits (one-day) in the capital.';

/** How many patterns to compile between two yields of `warmPatterns`. */
const PATTERNS_PER_STEP = 3;

/**
 * Builds and runs every registered pattern once (V8 compiles a pattern on its first run), yielding
 * every few patterns so the work never makes a long task.
 */
export function* warmPatterns(): Generator<void, void, void> {
  // Registered patterns stay compiled: warming once per page (or process) is enough.
  if (warmed === registry.length) return;
  warmed = registry.length;
  for (const [i, get] of registry.entries()) {
    const pattern = get();
    // V8 interprets a pattern's first run and compiles it to machine code on the next ("tier-up"):
    // two runs here, so that compilation, slow for the large Unicode alternations, happens now too.
    for (let run = 0; run < 2; run++) {
      pattern.lastIndex = 0;
      pattern.test(WARM_INPUT);
    }
    pattern.lastIndex = 0;
    if (i % PATTERNS_PER_STEP === PATTERNS_PER_STEP - 1) yield;
  }
}
