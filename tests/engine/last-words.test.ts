import { fixturePageTexts } from './fixture-texts';
import { describe, expect, it } from 'vitest';
import { lastWordsStart } from '../../src/engine/text/last-words';

/** The pattern `lastWordsStart` stands for. */
const lastWords = (count: number) => new RegExp(`(?:\\S+\\s+){0,${count}}\\S*$`, 'u');

/** Texts of every kind of space and word: made from a fixed seed, so a failure can be run again. */
function mixedTexts(n: number): string[] {
  const pieces = ['a', 'bc', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', 'é', '😀', '.', '—'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 1000;
  return Array.from({ length: n }, () => Array.from({ length: next() % 40 }, () => pieces[next() % pieces.length]).join(''));
}

describe('lastWordsStart', () => {
  const pages = fixturePageTexts().slice(0, 6);
  // Every stretch of up to 320 characters ending at a word's start, as the cues' contexts read them.
  const stretches = pages.flatMap((text) => [...text.matchAll(/(?<=\s)\S/g)].map((m) => text.slice(Math.max(0, m.index - 320), m.index)));
  const texts = ['', ' ', 'a', ' a', 'a ', ' a  b  ', 'one two three four five six seven eight nine ten', ...stretches, ...mixedTexts(5000)];

  it.each([0, 1, 8])('finds where (?:\\S+\\s+){0,%i}\\S*$ starts, in fixture text and mixed spaces', (count) => {
    const pattern = lastWords(count);
    expect(texts.filter((t) => lastWordsStart(t, count) !== pattern.exec(t)!.index)).toEqual([]);
    expect(stretches.length).toBeGreaterThan(1000);
  });
});
