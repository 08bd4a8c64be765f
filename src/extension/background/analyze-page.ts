import { analyzeArticle } from '@/src/engine/analyze';
import { htmlToArticle } from '@/src/extract/html-to-article';
import { loadClaimIndex } from '@/src/index/load-index';
import type { LoadedIndex } from '@/src/index/hydrate-index';
import type { Analysis, ArticleText, ClaimIndex, Match } from '@/src/types';
import { highlightedSentences } from '../report-counts';
import { buildCardModel } from '../card/card-model';
import type { AnalysisPlan, PageForAnalysis, PlannedHighlight } from '../messages';

/**
 * Article text beyond this many characters is not analysed: about 25,000 words, past any real
 * article, and it keeps one page from holding the background for seconds.
 */
export const MAX_ARTICLE_CHARS = 150_000;
/** Sentences highlighted at most: more than any article has, and a bound on the page's work. */
export const MAX_HIGHLIGHTS = 200;

/**
 * Analyses a page the content script sent: the same extraction as the CLI (linkedom, Readability),
 * the engine, and each highlighted sentence's card. The claim index is parsed once per background
 * lifetime (`loadClaimIndex` keeps it), not once per tab.
 */
export function analyzePage(page: PageForAnalysis, index: LoadedIndex = loadClaimIndex()): AnalysisPlan {
  const article = capArticle(htmlToArticle(page.html, page.url), MAX_ARTICLE_CHARS);
  const analysis = analyzeArticle(article, index, {
    force: page.force,
    confidentThreshold: page.confidentThreshold,
  });
  return { analysis, articleLength: article.text.length, highlights: planHighlights(analysis, index) };
}

/** The article cut at a block boundary at or before `max` characters. */
export function capArticle(article: ArticleText, max: number): ArticleText {
  if (article.text.length <= max) return article;
  const blocks = article.blocks.filter((b) => b.end <= max);
  const end = blocks.at(-1)?.end ?? 0;
  return { ...article, text: article.text.slice(0, end), blocks };
}

/**
 * One highlight per highlighted sentence, in page order, by the rule the badge and the popup count
 * with (`highlightedSentences`): a sentence is a conflict when any conflict shown lies in it.
 */
export function planHighlights(analysis: Analysis, index: ClaimIndex): PlannedHighlight[] {
  return highlightedSentences(analysis)
    .slice(0, MAX_HIGHLIGHTS)
    .map((sentence) => {
      const conflicting = sentence.matches.find((m) => m.relation === 'conflicts');
      return {
        start: sentence.start,
        end: sentence.end,
        quote: sentence.text,
        relation: sentence.relation,
        figure: sentence.conflicts.find((c) => c.figure)?.figure ?? (conflicting ? figureText(conflicting) : undefined),
        card: buildCardModel(sentence.matches, analysis, index),
      };
    });
}

/** The disputed figure as the sentence writes it: the evidence figure that occurs in the sentence. */
function figureText(match: Match): string | undefined {
  return match.evidence.figures.find((raw) => raw && match.text.includes(raw));
}
