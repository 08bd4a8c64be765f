import { describe, expect, it } from 'vitest';
import { parseFigures } from './seeds-grammar';
import { segmentSentences } from '../../src/engine/sentences/segment-sentences';

/** Long runs that made a pattern rescan the text from every position (quadratic: seconds, not milliseconds). */
const ADVERSARIAL: [name: string, text: string][] = [
  ['letters', 'a'.repeat(100_000)],
  ['numbers', '1 '.repeat(50_000)],
  ['months', 'June '.repeat(20_000)],
  ['spaces', ' '.repeat(100_000)],
  ['digit commas', '1,'.repeat(50_000)],
  ['digit stops', '1.'.repeat(50_000)],
  ['number words', 'one thousand '.repeat(10_000)],
  ['hyphenated words', 'one-'.repeat(30_000)],
  ['venue without a meeting', 'in Brussels '.repeat(10_000)],
  ['initials', 'A. '.repeat(30_000)],
  ['titles', 'Mr. '.repeat(20_000)],
  ['short sentences', 'The talks began. '.repeat(6_000)],
  ['cue words of two kinds', '1 ' + 'visa men '.repeat(11_000)],
  ['union sizes', 'the 27 '.repeat(14_000)],
  ['numeric dates', '1.1.'.repeat(25_000)],
  ['clock times', '09:41:'.repeat(16_000)],
  ['negated anys', 'not any '.repeat(12_000)],
  ['a run of digits', `${'1'.repeat(100_000)}x`],
  ['a run of digits before days', `x${'1'.repeat(100_000)} days`],
  ['spaces before a count with cues', `nearly${' '.repeat(100_000)}5 officials visited Kabul`],
];

/** Generous for a loaded machine; each took 2–40 s before the patterns were fixed. */
const BUDGET_MS = 1_500;

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('adversarial input', () => {
  it.each(ADVERSARIAL)('parses the figures of %s in linear time', (_name, text) => {
    expect(timed(() => parseFigures(text))).toBeLessThan(BUDGET_MS);
  });

  it.each(ADVERSARIAL)('segments %s in linear time', (_name, text) => {
    expect(timed(() => segmentSentences(text))).toBeLessThan(BUDGET_MS);
  });

  it('segments a long paragraph as ICU would a short one, with true offsets', () => {
    const text = 'Mr. Smith met the envoy. Talks began on 23 June! Did they end? "Yes," he said. '.repeat(200);
    const sentences = segmentSentences(text);
    expect(sentences).toHaveLength(800);
    expect(sentences.slice(0, 4).map((s) => s.text)).toEqual(['Mr. Smith met the envoy.', 'Talks began on 23 June!', 'Did they end?', '"Yes," he said.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('still finds figures between long runs', () => {
    const text = `${'x '.repeat(5_000)}the EU issued five visas for the 23 June meeting ${'1,'.repeat(5_000)}`;
    const briefs = parseFigures(text).filter((f) => f.facet).map((f) => `${f.raw}@${f.facet}`);
    expect(briefs).toEqual(['five@visas.issued', '23 June@meeting.date']);
  });
});
