import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../src/index/compile-index';
import { readIndexSpec } from '../../src/cli/read-index-spec';
import { NEGATION_STEM, NEGATION_TERM } from '../../src/engine/text/polarity';
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
});
