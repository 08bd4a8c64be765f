import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/engine/text/all-matches';
import { guardedCount, guardedMatches, guardedPattern, guardedTest } from '../../src/engine/text/guarded-pattern';

/** The single pattern a guarded one stands for. */
const single = (notAfter: string, source: string, flags: string) => new RegExp(`(?<!${notAfter})(?:${source})`, `${flags.replace('g', '')}g`);
const found = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, m[0]]);

describe('guarded patterns', () => {
  it.each([
    ['[\\p{L}\\p{N}]', 'talib|eu(?![\\p{L}\\p{N}])', 'iu', 'Taliban, the EU, neutalib, eu-wide, feud, talibtalib'],
    ['\\b(?:via|from)\\s+', '\\b(?:doha|new[\\s-]+york)\\b', 'i', 'flew in from Doha, then talks in Doha; via New York to new york'],
    ['\\b(?:via|from)\\s+', '\\b(?:doha)\\b', 'i', 'from  Doha Doha from doha'],
    ['[\\p{L}]', 'a+', 'u', '😀aa😀baa aa'],
    ['x', 'b*', '', 'xbab'],
  ])('finds what the single pattern finds: (?<!%s)(?:%s) /%s in %j', (notAfter, source, flags, text) => {
    const guarded = guardedPattern(notAfter, source, flags);
    const expected = allMatches(text, single(notAfter, source, flags));
    expect(found(guardedMatches(text, guarded))).toEqual(found(expected));
    expect(guardedCount(text, guarded)).toBe(expected.length);
    expect(guardedTest(text, guarded)).toBe(expected.length > 0);
  });

  it('leaves both patterns at lastIndex 0', () => {
    const guarded = guardedPattern('x', 'a', '');
    guardedMatches('xa a', guarded);
    expect([guarded.scan.lastIndex, guarded.ruledOut.lastIndex]).toEqual([0, 0]);
  });
});
