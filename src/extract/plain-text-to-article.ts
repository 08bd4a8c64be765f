/**
 * Article text from plain text (a saved article, a seed file, a pasted story): the first non-empty
 * line is the title, every further line or blank-line-separated chunk is a block. A short line with
 * no closing punctuation between paragraphs reads as a subheading.
 */
import type { ArticleText, BlockKind } from '../types';
import { buildArticleText } from './build-article-text';
import type { RawBlock } from './collect-blocks';

/** Lines up to this long without end punctuation are subheadings ("What the meeting is really about"). */
export const MAX_HEADING_LENGTH = 80;

/** A hard-wrapped chunk: every line but the last is long and none ends a sentence, so its lines join. */
const WRAP_WIDTH = { min: 50, max: 100 };

function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  return lines
    .slice(0, -1)
    .every((line) => line.length >= WRAP_WIDTH.min && line.length <= WRAP_WIDTH.max && !/[.!?:"”]$/.test(line));
}

/** Short words a paragraph never ends on: a line ending in one was broken mid-sentence (often at a link). */
export const DANGLING_WORDS = ['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'how', 'that', 'according'];

function continuesOnNextLine(line: string, next: string): boolean {
  const lastWord = /(\p{L}+)$/u.exec(line)?.[1];
  return line.endsWith('(') || /^[a-z(),;.]/.test(next) || (lastWord !== undefined && DANGLING_WORDS.includes(lastWord));
}

/** Joins lines that a copy from a web page broke mid-sentence ("according to" / "DW, nearly 20…"). */
function joinBrokenLines(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (previous !== undefined && continuesOnNextLine(previous, line)) joined[joined.length - 1] = `${previous} ${line}`;
    else joined.push(line);
  }
  return joined;
}

function kindOfLine(line: string): BlockKind {
  if (line.length <= MAX_HEADING_LENGTH && /^\p{Lu}/u.test(line) && !/[.!?:;,"'”’)\]\d]$/.test(line)) return 'heading';
  return 'paragraph';
}

/** The article in plain `text`. Text with no words gives no blocks. */
export function plainTextToArticle(text: string): ArticleText {
  const blocks: RawBlock[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map((line) => line.trim()).filter(Boolean);
    const paragraphs = isHardWrapped(lines) ? [lines.join(' ')] : joinBrokenLines(lines);
    for (const paragraph of paragraphs) {
      blocks.push({ kind: blocks.length === 0 ? 'title' : kindOfLine(paragraph), text: paragraph });
    }
  }
  return buildArticleText(blocks[0]?.text ?? '', blocks);
}
