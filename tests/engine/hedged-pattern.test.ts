import { fixtureSentences } from './fixture-texts';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/engine/text/all-matches';
import { hedgedMatches, hedgedPattern } from '../../src/engine/text/hedged-pattern';
import { NUMBER_NOT_AFTER, NUMBER_SCAN_SOURCE, NUMBER_SOURCE } from '../../src/engine/figures/number-words';
import { QUALIFIER_PHRASES, QUALIFIER_SOURCE } from '../../src/engine/figures/qualifiers';

const found = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, ...m]);

/** The count finder's shape, and a duration's (a number, then a unit). */
const SHAPES = [
  ['count', `(${NUMBER_SOURCE})`, NUMBER_SCAN_SOURCE],
  ['duration', `(${NUMBER_SOURCE})[\\s‐-]+(day|week)s?(?![\\p{L}])`, `${NUMBER_SCAN_SOURCE}[\\s‐-]+(day|week)s?(?![\\p{L}])`],
] as const;

const TRICKY = [
  'just under 5 days, under 5 days, under5, about5 and ab5; 5.5 days, ,5 days, 1,000 weeks, 1.2.3 and x,5',
  'no fewer than  twenty-five, More\nthan three weeks, over over 5, about some 3, estimated an estimated 4 days',
  'Just Shy Of a dozen, in the region of five one-day permits, a minimum of a hundred, a maximum of half a million',
  'up to two weeks, as many as a couple of weeks, less than one, nearly 2,800 and 2,80 and 12,345,678.9 bn',
  'K 5, ſome 5, 😀5, 5😀, 5-day, five-day, fivefold, a pair of days, couple days, upwards of\t\t40 weeks',
];

describe('hedged patterns', () => {
  const sentences = [
    ...fixtureSentences(),
    ...TRICKY,
  ];

  it.each(SHAPES)('find what the single pattern finds: the %s shape, in every fixture sentence', (_, rest, scan) => {
    const pattern = hedgedPattern(QUALIFIER_SOURCE, rest, scan, NUMBER_NOT_AFTER, 'iu');
    const single = new RegExp(`(?:\\b(${QUALIFIER_SOURCE})\\s+)?${rest}`, 'giu');
    const differ = sentences.filter((s) => JSON.stringify(found(hedgedMatches(s, pattern))) !== JSON.stringify(found(allMatches(s, single))));
    expect(differ).toEqual([]);
    expect(sentences.reduce((n, s) => n + hedgedMatches(s, pattern).length, 0)).toBeGreaterThan(100);
  });

  it('rely on no number starting inside a hedge', () => {
    const numbers = new RegExp(NUMBER_SOURCE, 'giu');
    expect(Object.keys(QUALIFIER_PHRASES).filter((phrase) => allMatches(`${phrase} `, numbers).length > 0)).toEqual([]);
  });

  it('leave every pattern at lastIndex 0', () => {
    const pattern = hedgedPattern(QUALIFIER_SOURCE, `(${NUMBER_SOURCE})`, NUMBER_SCAN_SOURCE, NUMBER_NOT_AFTER, 'iu');
    hedgedMatches('about 5 and 6', pattern);
    expect([pattern.rest.scan, pattern.rest.ruledOut, pattern.hedgeBefore, pattern.at, pattern.whole].map((p) => p.lastIndex)).toEqual([0, 0, 0, 0, 0]);
  });
});
