import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gateWordsOf, searchedWords } from '@/src/extension/build/gate-words-plugin';
import type { Story } from '@/src/types';

const story = JSON.parse(readFileSync('seeds/story.json', 'utf8')) as Story;

describe('the words the gate searches', () => {
  it('leaves out a word that holds another of the same signal, and lower-cases each once', () => {
    expect(searchedWords(['Taliban', 'talibans', 'European Union', 'EU', 'Brussels', 'brussels'])).toEqual(['taliban', 'eu', 'brussels']);
  });

  it("finds each of the story's own words, so no page the engine would read is declined", () => {
    const gate = gateWordsOf(story);
    for (const signal of story.signals.filter((s) => s.required)) {
      const searched = gate.required.find((r) => r.label === signal.label)!.words;
      expect(searched.length).toBeLessThanOrEqual(signal.words.length);
      for (const word of signal.words) expect(searched.some((w) => word.toLowerCase().includes(w)), word).toBe(true);
    }
  });
});
