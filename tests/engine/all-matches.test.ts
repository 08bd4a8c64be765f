import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/engine/text/all-matches';

const found = (text: string, pattern: RegExp) => allMatches(text, pattern).map((m) => [m.index, m[0]]);
const spread = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);

describe('allMatches', () => {
  it.each([
    ['five visas, 23 June, 2026', /\d+/g],
    ['a b  c', /\s*/g],
    ['😀x😀', /(?:)/gu],
    ['Taliban TALIBAN taliban', /taliban/gi],
    ['', /x*/g],
  ])('finds what matchAll finds in %j', (text, pattern) => {
    expect(found(text, pattern)).toEqual(spread(text, pattern));
  });

  it('starts at the beginning whatever lastIndex a test left, and leaves it at 0', () => {
    const pattern = /\d/g;
    pattern.test('12');
    expect(pattern.lastIndex).toBe(1);
    expect(found('12', pattern)).toEqual([[0, '1'], [1, '2']]);
    expect(pattern.lastIndex).toBe(0);
  });

  it('lets the caller run the same pattern while reading the matches', () => {
    const word = /\w+/g;
    const nested = allMatches('ab cd', word).map((m) => allMatches(m[0], word).length);
    expect(nested).toEqual([1, 1]);
  });

  it('refuses a pattern without the global flag', () => {
    expect(() => allMatches('x', /x/)).toThrow(/global/);
  });
});
