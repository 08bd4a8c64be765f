import { describe, expect, it } from 'vitest';
import { attributeFacet } from '../../src/engine/figures/attribute-facet';
import { digitsToNumber, wordsToNumber } from '../../src/engine/figures/number-words';
import { QUALIFIER_PHRASES } from '../../src/engine/figures/qualifiers';
import { loadIndexFromSeeds } from '../../src/cli/load-index-data';

const index = loadIndexFromSeeds();
const FACETS = index.facets.facets.map((f) => f.key);
const CUES = index.figureGrammar.cues.map((c) => c.cue);

describe('wordsToNumber', () => {
  it.each([
    ['five', 5],
    ['twenty-five', 25],
    ['one hundred and twenty', 120],
    ['one million', 1_000_000],
    ['two thousand five hundred', 2_500],
    ['a dozen', 12],
    ['a million', 1_000_000],
    ['three', 3],
    ['ninety-nine', 99],
    ['visa', undefined],
  ])('%s → %s', (phrase, expected) => {
    expect(wordsToNumber(phrase)).toBe(expected);
  });
});

describe('digitsToNumber', () => {
  it.each([
    ['1,000,000', 1_000_000],
    ['2 million', 2_000_000],
    ['1.5 million', 1_500_000],
    ['48', 48],
    ['5bn', 5_000_000_000],
    ['12 apples', undefined],
  ])('%s → %s', (phrase, expected) => {
    expect(digitsToNumber(phrase)).toBe(expected);
  });
});

describe('facet cue data (seeds/facets.json)', () => {
  it('cues every facet except the venue, which places carry themselves', () => {
    const cued = new Set(CUES.map((cue) => cue.facet));
    expect(FACETS.filter((facet) => !cued.has(facet))).toEqual(['meeting.venue']);
  });

  it('keeps cue words unique within a cue', () => {
    for (const cue of CUES) {
      expect(new Set(cue.words).size, cue.words.join(', ')).toBe(cue.words.length);
    }
  });

  it('maps the required qualifier phrases', () => {
    expect(QUALIFIER_PHRASES).toMatchObject({
      about: 'about', around: 'about', roughly: 'about', some: 'about', approximately: 'about',
      'more than': 'more-than', over: 'more-than', above: 'more-than',
      nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'just under': 'nearly',
      'at least': 'at-least', 'up to': 'up-to',
    });
  });
});

describe('attributeFacet', () => {
  const figureAt = (sentence: string, raw: string) => {
    const start = sentence.indexOf(raw);
    return { start, end: start + raw.length, value: { kind: 'count' as const, n: 5 } };
  };

  it.each([
    ['five visas for the delegation', 'five', 'visas.issued'],
    ['the delegation got five visas', 'five', 'visas.issued'],
    ['a delegation of five people', 'five', 'delegation.size'],
    ['five countries urged talks', 'five', 'states.urging'],
    ['five countries took part', 'five', undefined],
    ['five groups signed a petition', 'five', 'petition.groups'],
    ['five groups met', 'five', undefined],
  ])('%s → %s', (sentence, raw, expected) => {
    expect(attributeFacet(sentence, figureAt(sentence, raw), index.figureGrammar)).toBe(expected);
  });

  it('gives a place the venue facet', () => {
    expect(attributeFacet('in Brussels', { start: 3, end: 11, value: { kind: 'place', name: 'Brussels' } }, index.figureGrammar)).toBe('meeting.venue');
  });
});
