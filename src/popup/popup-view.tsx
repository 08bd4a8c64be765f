import type { ClaimIndex, Match } from '@/src/types';
import { ConflictSection } from './conflict-section';
import { MatchSection } from './match-section';
import { PopupHeader } from './popup-header';
import { SourcesSection } from './sources-section';
import { StatusPanel } from './status-panel';
import { StoryTimeline } from './story-timeline';
import { UnsupportedPage } from './unsupported-page';
import type { TabReportState } from './use-tab-report';

/** Props of the whole popup, with its data and actions already resolved. */
export interface PopupViewProps {
  index: ClaimIndex;
  state: Pick<TabReportState, 'phase' | 'report' | 'busy'>;
  onScanAnyway: () => void;
  onReveal: (match: Match) => void;
  onSetHighlights: (visible: boolean) => void;
  onOpenSettings: () => void;
}

/** The popup: status, then (for an analysed page) timeline, conflicts, matches and the other sources. */
export function PopupView({ index, state, onScanAnyway, onReveal, onSetHighlights, onOpenSettings }: PopupViewProps) {
  const { phase, report, busy } = state;
  const analysed = report?.kind === 'analysed' ? report : undefined;
  return (
    <>
      <PopupHeader
        highlightsVisible={analysed?.highlightsVisible}
        busy={busy}
        onToggleHighlights={() => analysed && onSetHighlights(!analysed.highlightsVisible)}
        onOpenSettings={onOpenSettings}
      />
      <main>
        {phase === 'unsupported' ? (
          <UnsupportedPage />
        ) : (
          <StatusPanel
            phase={phase}
            report={report}
            storyTitle={index.story.title}
            busy={busy}
            onScanAnyway={onScanAnyway}
            onOpenSettings={onOpenSettings}
          />
        )}
        {analysed && (
          <>
            <StoryTimeline stages={index.story.stages} current={analysed.analysis.stage} />
            <ConflictSection conflicts={analysed.analysis.conflicts} sources={index.sourceById} />
            <MatchSection matches={analysed.analysis.matches} index={index} onReveal={onReveal} />
            <SourcesSection index={index} reports={analysed.analysis.sources} />
          </>
        )}
      </main>
    </>
  );
}
