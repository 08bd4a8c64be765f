import { describe, expect, it } from 'vitest';
import { plainTextToArticle } from '../../src/extract/plain-text-to-article';
import type { ArticleText, BlockKind } from '../../src/types';

const blocks = (article: ArticleText): [BlockKind, string][] =>
  article.blocks.map((b) => [b.kind, article.text.slice(b.start, b.end)]);

describe('plainTextToArticle', () => {
  it.each<[string, string, [BlockKind, string][]]>([
    [
      'line-separated paragraphs',
      'Envoys arrive in Brussels\nBelgium issued five visas.\nThe meeting took place on 23 June.',
      [['title', 'Envoys arrive in Brussels'], ['paragraph', 'Belgium issued five visas.'], ['paragraph', 'The meeting took place on 23 June.']],
    ],
    [
      'blank-line-separated paragraphs after blank leading lines',
      '\n\n  Envoys arrive in Brussels  \n\nBelgium issued five visas.\n\n\nThe meeting took place on 23 June.\n',
      [['title', 'Envoys arrive in Brussels'], ['paragraph', 'Belgium issued five visas.'], ['paragraph', 'The meeting took place on 23 June.']],
    ],
    [
      'a short unpunctuated line as a subheading',
      'Title line\nA first paragraph that ends properly.\nWhy Brussels matters\nA second paragraph.',
      [['title', 'Title line'], ['paragraph', 'A first paragraph that ends properly.'], ['heading', 'Why Brussels matters'], ['paragraph', 'A second paragraph.']],
    ],
    [
      'lines broken at a link',
      'Title line\nThe pressure comes from inside the bloc: according to\nDW, nearly 20 countries urged the Commission to act (\nFrance 24).',
      [['title', 'Title line'], ['paragraph', 'The pressure comes from inside the bloc: according to DW, nearly 20 countries urged the Commission to act ( France 24).']],
    ],
    [
      'a hard-wrapped paragraph',
      'Title line\n\nThe Commission invited a delegation of five representatives from Kabul\nto Brussels to talk about returns, and critics objected at once to the\ninvitation.',
      [['title', 'Title line'], ['paragraph', 'The Commission invited a delegation of five representatives from Kabul to Brussels to talk about returns, and critics objected at once to the invitation.']],
    ],
  ])('%s', (_name, text, expected) => {
    const article = plainTextToArticle(text);
    expect(blocks(article)).toEqual(expected);
    expect(article.title).toBe(expected[0][1]);
    expect(article.blocks.map((b) => article.text.slice(b.start, b.end)).join('\n\n')).toBe(article.text);
  });

  it.each(['', '   ', '\n\n\t\n'])('gives no blocks for blank text %j', (text) => {
    expect(plainTextToArticle(text)).toEqual({ title: '', text: '', blocks: [] });
  });
});
