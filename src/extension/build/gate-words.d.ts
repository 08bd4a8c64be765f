declare module 'virtual:claimlens-gate-words' {
  import type { GateWords } from './gate-words-plugin';
  /** The story's required signal words, compiled from seeds/story.json at build time. */
  const gateWords: GateWords;
  export default gateWords;
}
