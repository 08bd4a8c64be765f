import type { AnalyzeOptions, Analysis, ArticleText, ClaimIndex, TopicVerdict } from '@/src/types';

/** The engine calls a page session makes; the real ones in production, small fakes in tests. */
export interface PageEngine {
  loadIndex(): ClaimIndex;
  detectTopic(title: string, text: string, index: ClaimIndex): TopicVerdict;
  extractArticle(doc: Document): ArticleText;
  analyzeArticle(article: ArticleText, index: ClaimIndex, options?: AnalyzeOptions): Analysis;
}
