import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Analysis, ClaimIndex } from '@/src/types';
import { buildCardModel, describeHighlight } from '../card/card-model';
import { createClaimCard } from '../card/claim-card';
import { anchorGroups } from '../highlight/highlight-groups';
import { createHighlighter, type Highlighter } from '../highlight/highlighter';
import { FLASH_CLASS, installHighlightStyles } from '../highlight/highlight-styles';
import { wireHighlightInteractions } from './highlight-interactions';
import { revealAnchor } from './highlight-navigation';
import { runInSlices, whenIdle } from './idle-tasks';

/** The highlights of the current analysis, with their card and keyboard handling. */
export interface HighlightView {
  /** Highlights the analysis' confident matches in idle slices; resolves to false if superseded. */
  show(analysis: Analysis, articleLength: number, isCurrent: () => boolean): Promise<boolean>;
  /** True when these exact matches are highlighted and the page has not removed any mark. */
  isShowing(analysis: Analysis): boolean;
  clear(): void;
  /** Scrolls to and focuses the highlight of the sentence at [start, end); false if not highlighted. */
  reveal(start: number, end: number): boolean;
  destroy(): void;
}

/** What the view needs from the page session. */
export interface HighlightViewOptions {
  ctx: ContentScriptContext;
  doc: Document;
  /** The claim index, loaded on first need. */
  loadIndex: () => ClaimIndex;
  /** Drops the mutation records the view's own DOM work caused. */
  ignoreOwnMutations: () => void;
  toggleHighlights: () => void;
}

const FLASH_MS = 1600;

/** Creates the view; nothing is added to the page until `show`. */
export function createHighlightView(options: HighlightViewOptions): HighlightView {
  const { ctx, doc, loadIndex, ignoreOwnMutations } = options;
  const card = createClaimCard(doc);
  let shown: { analysis: Analysis; highlighter: Highlighter } | null = null;
  let removeStyles: (() => void) | null = null;

  const modelFor = (analysis: Analysis, matches: Analysis['matches']) => buildCardModel(matches, analysis, loadIndex());
  wireHighlightInteractions(ctx, doc, card, {
    groupOf: (node) => shown?.highlighter.groupOf(node),
    firstMarkOf: (group) => shown?.highlighter.marksOf(group)[0],
    anchors: () => shown?.highlighter.anchors() ?? [],
    showCard: (anchor, group) => shown && card.show(anchor, modelFor(shown.analysis, group.matches)),
    toggleHighlights: options.toggleHighlights,
  });

  const clear = () => {
    card.hide();
    shown?.highlighter.removeAll();
    shown = null;
    ignoreOwnMutations();
  };

  return {
    async show(analysis, articleLength, isCurrent) {
      clear();
      // Anchoring walks all of the page's text: give it an idle period of its own, not the tail of the analysis'.
      await whenIdle(ctx);
      if (!isCurrent() || ctx.isInvalid) return false;
      removeStyles ??= installHighlightStyles(doc);
      const confident = analysis.matches.filter((m) => m.tier === 'confident');
      const highlighter = createHighlighter(doc, (group) => describeHighlight(modelFor(analysis, group.matches)));
      shown = { analysis, highlighter };
      const groups = anchorGroups(doc.body, confident, articleLength);
      const done = await runInSlices(ctx, groups, (group) => highlighter.wrap(group), isCurrent, ignoreOwnMutations);
      if (done) highlighter.paint();
      return done;
    },
    isShowing(analysis) {
      return shown !== null && shown.highlighter.isIntact() && sameHighlights(shown.analysis, analysis);
    },
    clear,
    reveal(start, end) {
      const highlighter = shown?.highlighter;
      const anchor = highlighter?.anchors().find((mark) => {
        const group = highlighter.groupOf(mark);
        return group?.matches.some((m) => m.start === start && m.end === end);
      });
      if (!anchor) return false;
      revealAnchor(anchor);
      anchor.classList.add(FLASH_CLASS);
      ctx.setTimeout(() => anchor.classList.remove(FLASH_CLASS), FLASH_MS);
      ignoreOwnMutations();
      return true;
    },
    destroy() {
      clear();
      card.destroy();
      removeStyles?.();
      removeStyles = null;
    },
  };
}

/** Same confident sentences, claims and relations: the marks on the page would not change. */
export function sameHighlights(a: Analysis, b: Analysis): boolean {
  const key = (analysis: Analysis) =>
    analysis.matches
      .filter((m) => m.tier === 'confident')
      .map((m) => `${m.start}:${m.end}:${m.claimId}:${m.relation}`)
      .join('|');
  return key(a) === key(b);
}
