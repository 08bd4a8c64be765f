import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/index/format-value';
import type { FigureValue } from '../../src/types';

describe('formatValue', () => {
  it.each<[FigureValue, string]>([
    [{ kind: 'count', n: 5 }, '5'],
    [{ kind: 'count', n: 5, qualifier: 'exactly' }, '5'],
    [{ kind: 'count', n: 1000000, qualifier: 'about' }, 'about 1,000,000'],
    [{ kind: 'count', n: 20, qualifier: 'nearly' }, 'nearly 20'],
    [{ kind: 'count', n: 80, qualifier: 'more-than' }, 'more than 80'],
    [{ kind: 'count', n: 3, note: 'requests received, 2 more expected' }, '3 requests received, 2 more expected'],
    [{ kind: 'date', iso: '2026-06-23' }, '23 June 2026'],
    [{ kind: 'date', iso: '2026-06', part: 'late' }, 'late June 2026'],
    [{ kind: 'date', iso: '2026-01' }, 'January 2026'],
    [{ kind: 'date', iso: '2021' }, '2021'],
    [{ kind: 'date-range', from: '2026-03-01', to: '2026-06-20', label: 'before the summer' }, 'before the summer (by 20 June 2026)'],
    [{ kind: 'date-range', from: '2013', to: '2024' }, '2013 to 2024'],
    [{ kind: 'duration', days: 1 }, '1 day'],
    [{ kind: 'duration', days: 3, qualifier: 'up-to' }, 'up to 3 days'],
    [{ kind: 'place', name: 'European Commission headquarters' }, 'European Commission headquarters'],
  ])('%j reads "%s"', (value, label) => {
    expect(formatValue(value)).toBe(label);
  });
});
