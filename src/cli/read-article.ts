import { readFileSync } from 'node:fs';
import type { ArticleText } from '../types';
import { htmlToArticle } from '../extract/html-to-article';
import { plainTextToArticle } from '../extract/plain-text-to-article';

/** An input the CLI could not use, with a message for the reader. */
export class InputError extends Error {}

/** Reads a .html/.htm or .txt file (or `-` for standard input, sniffed for HTML) into article text. */
export function readArticle(file: string): ArticleText {
  let raw: string;
  try {
    raw = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(error);
    throw new InputError(`cannot read ${file}: ${why}`);
  }
  const isHtml = /\.x?html?$/i.test(file) || (file === '-' || !/\.txt$/i.test(file) ? /^\s*<(!doctype|html|head|body|article|div|p)\b/i.test(raw) : false);
  const article = isHtml ? htmlToArticle(raw) : plainTextToArticle(raw);
  if (article.text.trim() === '') throw new InputError(`${file}: no article text found`);
  return article;
}
