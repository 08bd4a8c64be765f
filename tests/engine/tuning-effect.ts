import { expect } from 'vitest';

/**
 * Shows what one named tuning value does: `run` gives `withIt` as tuned and `withoutIt` with the
 * value set to `neutral`, which is restored afterwards whatever happens.
 */
export function expectTuningEffect<R>(tuning: object, key: string, neutral: number, run: () => R, withIt: R, withoutIt: R): void {
  const values = tuning as Record<string, number>;
  const value = values[key];
  expect(run()).toEqual(withIt);
  try {
    values[key] = neutral;
    expect(run()).toEqual(withoutIt);
  } finally {
    values[key] = value;
  }
}
