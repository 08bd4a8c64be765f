import type { AnalyzeOptions, Analysis, ArticleText, ClaimIndex, TopicVerdict } from '@/src/types';

/** The engine calls a page session makes; the real ones in production, small fakes in tests. */
export interface PageEngine {
  loadIndex(): ClaimIndex;
  detectTopic(title: string, text: string, index: ClaimIndex): TopicVerdict;
  extractArticle(doc: Document): ArticleText;
  /** The analysis in steps, so the content script can spread it over idle periods. */
  analyzeArticleInSteps(article: ArticleText, index: ClaimIndex, options?: AnalyzeOptions): Generator<void, Analysis, void>;
}
