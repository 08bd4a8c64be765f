import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../src/index/compile-index';
import { readIndexSpec } from '../../src/cli/read-index-spec';
import { CONDITION_TERM, EITHER_TERM, NEGATION_STEM, NEGATION_TERM } from '../../src/engine/text/polarity';
import { particleStem, phraseStems } from '../../src/engine/text/normalize';
import { validateIndex } from '../../src/index/validate-index';

const spec = validateIndex(readIndexSpec());

describe('compileIndex', () => {
  it('turns the negation term into a stem no page word can produce, kept out of the typo vocabulary', () => {
    const compiled = compileIndex(spec);
    const claim = compiled.claims.find((c) => c.terms.some((g) => g.includes(NEGATION_TERM)));
    expect(claim).toBeDefined();
    expect(claim!.groups.some((g) => g.some((alt) => alt.length === 1 && alt[0] === NEGATION_STEM))).toBe(true);
    expect(compiled.vocabulary).not.toContain(NEGATION_STEM);
  });

  it('drops stopwords from wordings but keeps their content words', () => {
    const compiled = compileIndex(spec);
    for (const claim of compiled.claims) for (const group of claim.groups) expect(group.every((alt) => alt.length > 0)).toBe(true);
  });

  it('compiles a condition as a required group of its own, its marker dropped', () => {
    const compiled = compileIndex(spec);
    const claim = compiled.claims.find((c) => c.terms.some((g) => g.includes(CONDITION_TERM)));
    expect(claim).toBeDefined();
    const g = claim!.terms.findIndex((group) => group.includes(CONDITION_TERM));
    expect(claim!.conditions).toEqual([g]);
    expect(claim!.required).toContain(g);
    expect(claim!.groups[g].length).toBeGreaterThan(0);
    expect(claim!.groups[g].flat()).not.toContain(phraseStems(CONDITION_TERM)[0]);
  });

  it("compiles a two-part claim's halves, their marker dropped", () => {
    const compiled = compileIndex(spec);
    const claim = compiled.claims.find((c) => c.terms.some((g) => g.includes(EITHER_TERM)));
    expect(claim).toBeDefined();
    const halves = claim!.terms.flatMap((group, g) => (group.includes(EITHER_TERM) ? [g] : []));
    expect(halves.length).toBe(2);
    expect(claim!.either).toEqual(halves);
    for (const g of halves) expect(claim!.groups[g].flat()).not.toContain('either');
  });

  it('keeps a word and its preposition as one stem, and out of the typo vocabulary', () => {
    const compiled = compileIndex(spec);
    const urging = compiled.claims.find((c) => c.id === 'states-urging-commission-nearly-20')!;
    expect(urging.groups[0]).toContainEqual([particleStem('call', 'on')]);
    expect(compiled.vocabulary.some((w) => w.includes('+'))).toBe(false);
  });
});
