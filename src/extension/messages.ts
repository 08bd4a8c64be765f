import type { Analysis, Relation, TopicVerdict } from '@/src/types';
import type { CardModel } from './card/card-model';

/**
 * What the content script knows about its page. The background keeps the latest one per tab,
 * the popup shows it. Discriminated on `kind`.
 */
export type PageReport =
  | { kind: 'disabled'; url: string }
  | { kind: 'declined'; url: string; topic: TopicVerdict }
  | { kind: 'analysed'; url: string; analysis: Analysis; forced: boolean; highlightsVisible: boolean };

/** Requests the popup sends to the content script of a tab. */
export type ContentRequest =
  | { type: 'claimlens:get-report' }
  | { type: 'claimlens:scan-anyway' }
  | { type: 'claimlens:scroll-to-match'; start: number; end: number }
  | { type: 'claimlens:set-highlights'; visible: boolean }
  /** From the background, for the manifest's keyboard commands. */
  | { type: 'claimlens:navigate'; move: 'next' | 'previous' | 'toggle' };

/** A page as the content script hands it to the background for analysis. */
export interface PageForAnalysis {
  /** The page reduced to its readable structure (see serialize-page.ts). */
  html: string;
  url: string;
  force: boolean;
  confidentThreshold: number;
}

/** One sentence to highlight: where it sat in the article, its words, and its card, built in the background. */
export interface PlannedHighlight {
  start: number;
  end: number;
  quote: string;
  relation: Relation;
  /** For a conflict: the disputed figure as the page writes it, to mark it inside the sentence. */
  figure?: string;
  card: CardModel;
}

/** What the background answers to `claimlens:analyze`. */
export interface AnalysisPlan {
  analysis: Analysis;
  /** Length of the extracted article text, which the offsets refer to. */
  articleLength: number;
  highlights: PlannedHighlight[];
}

/** Requests to the background: reports from content scripts, look-ups from the popup. */
export type BackgroundRequest =
  | { type: 'claimlens:page-report'; report: PageReport }
  | { type: 'claimlens:analyze'; page: PageForAnalysis }
  | { type: 'claimlens:tab-report'; tabId: number };

/** Sent by the background to any open popup when a tab's report changes. */
export interface ReportChanged {
  type: 'claimlens:report-changed';
  tabId: number;
  report: PageReport | null;
}

/** What the content script answers to `claimlens:get-report`: null while it is still working. */
export interface ContentReply {
  report: PageReport | null;
}

const CONTENT_TYPES = new Set<string>([
  'claimlens:get-report',
  'claimlens:scan-anyway',
  'claimlens:scroll-to-match',
  'claimlens:set-highlights',
  'claimlens:navigate',
]);
const BACKGROUND_TYPES = new Set<string>(['claimlens:page-report', 'claimlens:tab-report', 'claimlens:analyze']);

/** True for a message the content script should handle. Other extensions' messages are ignored. */
export function isContentRequest(message: unknown): message is ContentRequest {
  return hasType(message) && CONTENT_TYPES.has(message.type);
}

/** True for a message the background should handle. */
export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  return hasType(message) && BACKGROUND_TYPES.has(message.type);
}

/** True for the background's change notice. */
export function isReportChanged(message: unknown): message is ReportChanged {
  return hasType(message) && message.type === 'claimlens:report-changed';
}

function hasType(message: unknown): message is { type: string } {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}
