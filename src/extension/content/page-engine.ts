import type { AnalyzeOptions, Analysis, ArticleText, ClaimIndex, Story, TopicVerdict } from '@/src/types';

/** The engine calls a page session makes; the real ones in production, small fakes in tests. */
export interface PageEngine {
  loadIndex(): ClaimIndex;
  /** The story's gate signals alone: cheap, for pages that may not be about the story. */
  loadStory(): Story;
  detectTopic(title: string, text: string, index: Pick<ClaimIndex, 'story'>): TopicVerdict;
  extractArticle(doc: Document): ArticleText;
  /** The analysis in steps, so the content script can spread it over idle periods. */
  analyzeArticleInSteps(article: ArticleText, index: ClaimIndex, options?: AnalyzeOptions): Generator<void, Analysis, void>;
}
