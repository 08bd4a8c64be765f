/**
 * Turns a list of blocks into an `ArticleText`: the blocks' text joined by a blank line, each block
 * with its offsets, so `text.slice(block.start, block.end)` is the block's text.
 */
import type { ArticleText, TextBlock } from '../types';
import type { RawBlock } from './collect-blocks';
import { asRead } from '../engine/text/invisible';

/** What separates two blocks in `ArticleText.text`; the only characters not taken from the page. */
export const BLOCK_SEPARATOR = '\n\n';


/** Builds the article text; blocks with no text are dropped, invisible characters removed, whitespace inside a block collapsed. */
export function buildArticleText(title: string, blocks: readonly RawBlock[]): ArticleText {
  const parts: string[] = [];
  const placed: TextBlock[] = [];
  let offset = 0;
  for (const block of blocks) {
    const text = asRead(block.text);
    if (!text) continue;
    if (parts.length > 0) offset += BLOCK_SEPARATOR.length;
    const label = block.label === undefined ? '' : asRead(block.label);
    placed.push({ kind: block.kind, start: offset, end: offset + text.length, ...(label && text.startsWith(`${label} `) && { label: label.length }) });
    parts.push(text);
    offset += text.length;
  }
  return { title: asRead(title), text: parts.join(BLOCK_SEPARATOR), blocks: placed };
}

