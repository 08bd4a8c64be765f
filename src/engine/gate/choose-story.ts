/**
 * Which of several stories a page is about, or none: the gate of each story's index decides, and
 * when more than one takes the page, the one whose claims weigh most in it wins. Each index is a
 * folder like seeds/ (see the README's "Adding a story").
 */
import type { Analysis, AnalyzeOptions, ArticleText } from '../../types';
import type { LoadedIndex } from '../../index/hydrate-index';
import { analyzeArticle } from '../analyze';

/** The analysis under the story the page is about, or, when none takes it, under the first index. */
export function analyzeAcrossStories(article: ArticleText, indexes: readonly LoadedIndex[], options: AnalyzeOptions = {}): { index: LoadedIndex; analysis: Analysis } {
  if (indexes.length === 0) throw new Error('analyzeAcrossStories needs at least one story index');
  const tried = indexes.map((index) => ({ index, analysis: analyzeArticle(article, index, { ...options, force: false }) }));
  const onTopic = tried.filter((t) => t.analysis.topic.onTopic).sort((a, b) => b.analysis.topic.score - a.analysis.topic.score);
  if (onTopic.length > 0) return onTopic[0];
  if (!options.force) return tried[0];
  return { index: indexes[0], analysis: analyzeArticle(article, indexes[0], options) };
}
