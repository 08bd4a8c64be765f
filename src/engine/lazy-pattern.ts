/**
 * Regular expressions built on first use. Patterns with Unicode property classes take real time
 * to compile, and the content script loads on every page: only pages that reach the analysis pay,
 * and `warmPatterns` lets the analysis compile them one idle step at a time.
 */
export type LazyPattern = () => RegExp;

const registry: LazyPattern[] = [];

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

/** How many patterns to compile between two yields of `warmPatterns`. */
const PATTERNS_PER_STEP = 3;

/**
 * Builds and runs every registered pattern once (V8 compiles a pattern on its first run), yielding
 * every few patterns so the work never makes a long task.
 */
export function* warmPatterns(): Generator<void, void, void> {
  for (const [i, get] of registry.entries()) {
    const pattern = get();
    pattern.lastIndex = 0;
    pattern.test('');
    pattern.lastIndex = 0;
    if (i % PATTERNS_PER_STEP === PATTERNS_PER_STEP - 1) yield;
  }
}
