import { describe, expect, it } from 'vitest';
import { isIsoDate, isIsoDateOrRange } from '../../src/index/iso-date';

describe('isIsoDate', () => {
  it.each([
    ['2026-06-23', true],
    ['2026-06', true],
    ['2021', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-06-31', false],
    ['2026-13', false],
    ['2026-00-10', false],
    ['2026-6-23', false],
    ['23 June 2026', false],
    ['', false],
  ])('%s → %s', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });
});

describe('isIsoDateOrRange', () => {
  it.each([
    ['2013/2024', true],
    ['2026-06-21/2026-06-30', true],
    ['2026-06/2026-06-30', true],
    ['2024/2013', false],
    ['2026-06-21/', false],
    ['2026/2027/2028', false],
  ])('%s → %s', (text, valid) => {
    expect(isIsoDateOrRange(text)).toBe(valid);
  });
});
