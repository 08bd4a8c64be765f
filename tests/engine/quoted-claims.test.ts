import { describe, expect, it } from 'vitest';
import { loadIndexFromSeeds } from '@/src/cli/load-index-data';
import { matchSentenceClaims } from '@/src/engine/match/match-claims';
import { quotations, quotedClaims, quoteIndexOf } from '@/src/engine/match/quoted-claims';
import { parseFigures } from './seeds-grammar';

const index = loadIndexFromSeeds();
const quotes = quoteIndexOf(index);
const idsOf = (found: Set<number>) => [...found].map((i) => index.claims[i].id);
const claimsOf = (text: string) => matchSentenceClaims({ start: 0, end: text.length, text }, parseFigures(text), index).map((m) => `${m.claimId}:${m.tier}`);

describe('quotations', () => {
  it('finds text between curly, straight and single quotation marks', () => {
    expect(quotations('“Shame,” one banner read, and another: "not in our name".')).toEqual(['Shame,', 'not in our name']);
    expect(quotations("'I cannot block it'")).toEqual(['I cannot block it']);
  });

  it('reads no apostrophe as a quotation mark', () => {
    expect(quotations("Belgium's minister said the envoys' visas were valid for a day.")).toEqual([]);
  });

  it('runs a quotation left open to the end of the sentence', () => {
    expect(quotations('"I disapprove of the invitation, but I cannot block it')).toEqual(['I disapprove of the invitation, but I cannot block it']);
  });
});

describe('quotedClaims', () => {
  it("finds the claim whose speaker's words a quotation repeats", () => {
    expect(idsOf(quotedClaims('"I cannot block it," the minister told MPs.', quotes))).toEqual(['prevot-disapproves-cannot-block']);
    expect(idsOf(quotedClaims('A spokesman said: “We are ready to discuss the return of Afghans.”', quotes))).toEqual(['taliban-ready-to-discuss-returns']);
  });

  it('needs the words quoted, not merely written', () => {
    expect(quotedClaims('The minister said he cannot block it.', quotes).size).toBe(0);
  });

  it('needs a run of words that says something, not function words', () => {
    // "of the invitation of the" shares four words with the quote but only one that is not a function word.
    expect(quotedClaims('He called it "the fate of the invitation of the year".', quotes).size).toBe(0);
    expect(quotedClaims('A "block" on visas was never discussed.', quotes).size).toBe(0);
  });
});

describe('a quoted claim in matching', () => {
  it('states the claim in a pull quote that names nothing else of it', () => {
    expect(claimsOf("'I cannot block it'")).toEqual(['prevot-disapproves-cannot-block:confident']);
  });

  it('leaves the same words unquoted to the usual evidence', () => {
    expect(claimsOf('I cannot block it')).toEqual([]);
  });
});
