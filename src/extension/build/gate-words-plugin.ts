import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { Story } from '../../types';

const VIRTUAL_ID = 'virtual:claimlens-gate-words';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** What the always-on content script needs of the story: the required signals' words, nothing more. */
export interface GateWords {
  /** Which story the words are for, so a declined page can name it. */
  story: { id: string; title: string };
  /** One entry per required signal: the page must contain one of its words (lower case, substring). */
  required: { label: string; words: string[] }[];
  threshold: number;
}

/** The required signals of `story`, lower-cased as the engine's own substring pass reads them. */
export function gateWordsOf(story: Pick<Story, 'id' | 'title' | 'signals' | 'threshold'>): GateWords {
  return {
    story: { id: story.id, title: story.title },
    required: story.signals
      .filter((signal) => signal.required)
      .map((signal) => ({ label: signal.label, words: searchedWords(signal.words) })),
    threshold: story.threshold,
  };
}

/**
 * A signal's words as the gate searches them: lower case, each once, and without a word that holds
 * another of them ("talibans" holds "taliban", "european union" holds "eu"), since a page that has
 * the longer word has the shorter one too. An off-topic page is searched once per word it lacks.
 */
export function searchedWords(words: readonly string[]): string[] {
  const lowered = [...new Set(words.map((w) => w.toLowerCase()))];
  return lowered.filter((word) => !lowered.some((other) => other !== word && word.includes(other)));
}

/**
 * Vite plugin giving the content script `virtual:claimlens-gate-words`: the story's required signal
 * words read from seeds/story.json at build time, so no story word is written in src/ and the
 * content script carries a few hundred bytes of the index instead of all of it.
 */
export function gateWordsPlugin(): Plugin {
  let storyFile = path.resolve('seeds/story.json');
  return {
    name: 'claimlens-gate-words',
    configResolved(config) {
      storyFile = path.join(config.root, 'seeds', 'story.json');
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(storyFile);
      const story = JSON.parse(readFileSync(storyFile, 'utf8')) as Story;
      return `export default ${JSON.stringify(gateWordsOf(story))};`;
    },
  };
}
