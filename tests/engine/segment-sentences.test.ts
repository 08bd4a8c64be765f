import { describe, expect, it } from 'vitest';
import { continuesSentence, segmentSentences } from '../../src/engine/sentences/segment-sentences';

const texts = (text: string): string[] => segmentSentences(text).map((s) => s.text);

describe('segmentSentences', () => {
  it.each([
    ['Mr. Prévot spoke first. The talks began.', ['Mr. Prévot spoke first.', 'The talks began.']],
    ['Key facts • 5 visas, one day • 20 countries asked', ['Key facts', '5 visas, one day', '20 countries asked']],
    ['Q&A ▪ Who came? ▪ Five men.', ['Q&A', 'Who came?', 'Five men.']],
    ['Rates fell•sharply in the spring.', ['Rates fell•sharply in the spring.']],
    ['Dr. Ahmadi and Mrs. Smith met. Then they left.', ['Dr. Ahmadi and Mrs. Smith met.', 'Then they left.']],
    ['The U.S. Senate voted. Europe waited.', ['The U.S. Senate voted.', 'Europe waited.']],
    ['He moved to the U.S. The talks went on.', ['He moved to the U.S.', 'The talks went on.']],
    ['Some states, e.g. Sweden, pushed hard. Others did not.', ['Some states, e.g. Sweden, pushed hard.', 'Others did not.']],
    ['The route, i.e. the Balkan one, grew. It still does.', ['The route, i.e. the Balkan one, grew.', 'It still does.']],
    ['Talks began on Jan. 5 in Kabul. They ended soon.', ['Talks began on Jan. 5 in Kabul.', 'They ended soon.']],
    ['He lives at No. 10 on the square. It is old.', ['He lives at No. 10 on the square.', 'It is old.']],
    // "no." before anything but a number is the word, ending its sentence.
    ['The government would otherwise say no. Earlier this year Prévot agreed.', ['The government would otherwise say no.', 'Earlier this year Prévot agreed.']],
    ['Pages Nos. 4 and 5 were blank. The rest was not.', ['Pages Nos. 4 and 5 were blank.', 'The rest was not.']],
    // A note number after a stop (a superscript as plain text) ends its sentence; a decimal does not.
    ['Only 435 had been enforced.3 Whatever one thinks, it is low.', ['Only 435 had been enforced.3', 'Whatever one thinks, it is low.']],
    ['The rate was 2.3 Per cent of nothing.', ['The rate was 2.3 Per cent of nothing.']],
    ['They met at St. Michael church. Then lunch.', ['They met at St. Michael church.', 'Then lunch.']],
    ['It was EU vs. Taliban. Nobody won.', ['It was EU vs. Taliban.', 'Nobody won.']],
    ['J. Smith wrote the report. It was long.', ['J. Smith wrote the report.', 'It was long.']],
    ['George W. Bush was not there. Nor was anyone.', ['George W. Bush was not there.', 'Nor was anyone.']],
    ['About 1.5 million people applied. Few stayed.', ['About 1.5 million people applied.', 'Few stayed.']],
    ['"We are ready," he said. Then he left.', ['"We are ready," he said.', 'Then he left.']],
    ['"Are you ready?" he asked. She nodded.', ['"Are you ready?" he asked.', 'She nodded.']],
    ['“We are ready.” The delegate smiled.', ['“We are ready.”', 'The delegate smiled.']],
    ['He said: "It is over." Then silence.', ['He said: "It is over."', 'Then silence.']],
    ['The visit was criticised [4]. Prévot objected [5].', ['The visit was criticised [4].', 'Prévot objected [5].']],
    ['The visit was criticised.[4] Prévot objected.', ['The visit was criticised.[4]', 'Prévot objected.']],
    ['Groups protested [6, 7]. The EU went ahead.', ['Groups protested [6, 7].', 'The EU went ahead.']],
    ['A heading without a stop\n\nThe first paragraph.', ['A heading without a stop', 'The first paragraph.']],
    ['Ends with no stop\n\nlower case start.', ['Ends with no stop', 'lower case start.']],
    ['Line one.\nLine two.', ['Line one.', 'Line two.']],
    ['  Padded sentence.   Another one.  ', ['Padded sentence.', 'Another one.']],
    ['Why now? Because returns stalled! Fine.', ['Why now?', 'Because returns stalled!', 'Fine.']],
    ['', []],
    ['   \n\n  ', []],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('returns offsets into the text, shifted by start', () => {
    const text = '  Mr. Prévot spoke. "Ready?" he asked.\n\nNew block [2]. End.';
    for (const shift of [0, 100]) {
      const sentences = segmentSentences(text, shift);
      expect(sentences).toHaveLength(4);
      for (const s of sentences) expect(text.slice(s.start - shift, s.end - shift)).toBe(s.text);
    }
  });
});

describe('continuesSentence', () => {
  it.each([
    ['Mr. ', 'Smith came.', true],
    ['J. ', 'Smith came.', true],
    ['in the U.S. ', 'officials said', true],
    ['in the U.S. ', 'The next day', false],
    ['It ended. ', 'Then it began.', false],
    ['"Ready?" ', 'he asked.', true],
    ['A heading\n\n', 'lower start', false],
  ])('%j + %j → %s', (before, after, expected) => {
    expect(continuesSentence(before, after)).toBe(expected);
  });
});
