import { describe, expect, it } from 'vitest';
import { loadIndexFromSeeds } from '@/src/cli/load-index-data';
import { analyzeArticle } from '@/src/engine/analyze';
import { plainTextToArticle } from '@/src/extract/plain-text-to-article';

const index = loadIndexFromSeeds();
const HEADLINE = 'Taliban envoys hold talks with EU officials in Brussels on returning Afghans';

/** The matches found in `line`, placed after an on-topic headline so the page is analysed. */
function matchesIn(line: string) {
  const text = `${HEADLINE}\n\n${line}`;
  const analysis = analyzeArticle(plainTextToArticle(text), index, { force: true });
  const start = text.indexOf(line);
  return { analysis, matches: analysis.matches.filter((m) => m.start >= start) };
}

describe('a web address in the page text', () => {
  // A source list under a digest: the outlet's name, then its link, whose path holds the day.
  const line = 'Source: Example Wire https://www.example.org/news/2026/6/23/eu-to-hold-talks-with-five-taliban-officials-in-brussels?ref=rss';

  it('gives no figure: its path is no delegation size nor date', () => {
    const { analysis, matches } = matchesIn(line);
    expect(matches.filter((m) => m.value !== undefined)).toEqual([]);
    expect(analysis.conflicts.filter((c) => c.conflicts)).toEqual([]);
  });

  it('states no claim: the slug is no sentence a reader reads', () => {
    expect(matchesIn(line).matches).toEqual([]);
  });

  it('leaves the prose around it read as before', () => {
    const { matches } = matchesIn('Belgium issued five visas to the Taliban delegation (www.example.org/visas).');
    expect(matches.map((m) => m.claimId)).toContain('belgium-issued-five-visas');
    expect(matches.find((m) => m.claimId === 'belgium-issued-five-visas')?.value).toEqual({ kind: 'count', n: 5 });
  });
});

describe('where someone speaks is not where the talks are', () => {
  it('a press conference in the city gives no venue of the meeting', () => {
    const { matches } = matchesIn('Speaking at a press conference in Brussels, a Commission spokesperson said technical cooperation with Taliban representatives had begun earlier in the year.');
    expect(matches.map((m) => m.claimId)).not.toContain('meeting-in-brussels');
  });

  it('nor does a spokesperson who told reporters there', () => {
    const { matches } = matchesIn('Contacts with the Taliban would go on, a spokesperson told reporters in Brussels.');
    expect(matches.map((m) => m.claimId)).not.toContain('meeting-in-brussels');
  });

  it('the talks held in the city still give it as their venue', () => {
    const { matches } = matchesIn('The Taliban delegation met Commission officials in Brussels, a spokesperson told reporters later.');
    expect(matches.find((m) => m.claimId === 'meeting-in-brussels')?.value).toEqual({ kind: 'place', name: 'Brussels' });
  });
});
