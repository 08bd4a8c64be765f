import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { segmentSentences } from '../../src/engine/sentences/segment-sentences';
import { htmlToArticle } from '../../src/extract/html-to-article';

const FIXTURES = path.resolve('tests/fixtures');

/** The extracted text of every labelled fixture page (`page.html`), in a fixed order. */
export function fixturePageTexts(): string[] {
  return readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('page.html'))
    .sort()
    .map((file) => htmlToArticle(readFileSync(path.join(FIXTURES, file), 'utf8')).text);
}

/** Every sentence of every fixture page: real prose for differential tests of a search. */
export function fixtureSentences(): string[] {
  return fixturePageTexts().flatMap((text) => segmentSentences(text).map((s) => s.text));
}
