import { fixtureSentences } from './fixture-texts';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/engine/text/all-matches';
import { guardedMatches } from '../../src/engine/text/guarded-pattern';
import { guardedPhrases, phrasePattern, QUALIFIER_COMPOUND } from '../../src/engine/figures/figure-grammar';
import { loadIndexFromSeeds } from '../../src/cli/load-index-data';

const index = loadIndexFromSeeds();
const found = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, m[0]]);
/** Every sentence of every fixture page, and a few whose cue words touch letters, digits and dashes. */
const sentences = [
  ...fixtureSentences(),
  'Five visas, 5visas, visas5, xvisas, visa-free visas; Taliban-appointed officials, Taliban officials, Taliban-run envoys.',
  'Delegates’ delegation, member-states, member  states, the Member States, ÉLU delegates, 😀delegates.',
];

describe('guarded phrases', () => {
  it.each([
    [['member states', 'member', 'visa'], 'giu', ''],
    [['taliban', 'kabul'], 'iu', '(?![-‐](?:appointed|run)(?![\\p{L}\\p{N}]))'],
  ])('find what phrasePattern finds: %j /%s', (phrases, flags, after) => {
    const single = phrasePattern(phrases, flags.includes('g') ? flags : `${flags}g`, after);
    const guarded = guardedPhrases(phrases, flags, after);
    expect(sentences.map((s) => found(guardedMatches(s, guarded)))).toEqual(sentences.map((s) => found(allMatches(s, single))));
  });

  it("give every cue of the seeds' grammar the hits and context of its single patterns", () => {
    const differ: string[] = [];
    for (const { cue, words, hitsIn, contextIn } of index.figureGrammar.cues) {
      const context = cue.context && phrasePattern(cue.context, 'iu', QUALIFIER_COMPOUND);
      for (const s of sentences) {
        if (JSON.stringify(found(hitsIn(s))) !== JSON.stringify(found(allMatches(s, words())))) differ.push(`${cue.words[0]} hits in ${s}`);
        if (context && contextIn!(s) !== context.test(s)) differ.push(`${cue.words[0]} context in ${s}`);
      }
    }
    expect(differ).toEqual([]);
  });
});
