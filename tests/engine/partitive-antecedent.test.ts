import { describe, expect, it } from 'vitest';
import { loadIndexFromSeeds } from '@/src/cli/load-index-data';
import { parseFigures } from '@/src/engine/figures/parse-figures';
import { withPartitiveAntecedent } from '@/src/engine/figures/partitive-antecedent';

const index = loadIndexFromSeeds();
const parse = (text: string) => parseFigures(text, { grammar: index.figureGrammar, year: index.story.year });
const facetsOf = (previous: string | undefined, text: string) =>
  withPartitiveAntecedent(text, parse(text), previous, index.figureGrammar, parse).map((f) => f.facet ?? null);

describe('a count of "them"', () => {
  it('counts what the sentence before names, in its own context', () => {
    const before = 'Several member states have pushed for Afghans without a right to stay to be deported faster.';
    // "Afghans" is the nearer noun, but only the states can have asked.
    expect(facetsOf(before, 'About a dozen of them formally asked the Commission to open a channel to Kabul.')).toEqual(['states.urging']);
  });

  it('gives no facet without a sentence before, or without the context the facet needs', () => {
    expect(facetsOf(undefined, 'About a dozen of them formally asked the Commission to open a channel to Kabul.')).toEqual([null]);
    expect(facetsOf('Several member states sent officials.', 'About a dozen of them stayed for lunch.')).toEqual([null]);
  });

  it('never makes a part of a whole the whole', () => {
    // Two of the five envoys are no delegation of two.
    expect(facetsOf('The Taliban delegation of five envoys arrived on Monday.', 'Two of them spoke to reporters.')).toEqual([null]);
  });
});
