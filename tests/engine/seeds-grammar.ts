import { loadIndexFromSeeds } from '@/src/cli/load-index-data';
import { parseFigures as parseWithGrammar } from '@/src/engine/figures/parse-figures';
import type { FigureContext } from '@/src/engine/figures/figure-span';
import type { PageFigure } from '@/src/types';

/** The seeds' index, loaded once for the figure tests. */
export const seedsIndex = loadIndexFromSeeds();

/** `parseFigures` under the seeds' figure grammar (seeds/facets.json), as the analysis runs it. */
export function parseFigures(sentence: string, ctx: FigureContext = {}): PageFigure[] {
  return parseWithGrammar(sentence, { grammar: seedsIndex.figureGrammar, ...ctx });
}
