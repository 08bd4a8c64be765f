import { useMemo } from 'preact/hooks';
import type { Analysis, ClaimIndex } from '@/src/types';
import { ClaimSearchSection } from './claim-search-section';
import { ConflictSection } from './conflict-section';
import { MatchSection } from './match-section';
import { conflictTables } from './model/conflict-tables';
import { sentenceEntries } from './model/sentence-entries';
import { sourceEntries } from './model/source-entries';
import { PopupHeader } from './popup-header';
import type { SiteSwitchProps } from './site-switch';
import { SourcesSection } from './sources-section';
import { StatusPanel } from './status-panel';
import { StoryTimeline } from './story-timeline';
import { UnsupportedPage } from './unsupported-page';
import type { TabReportState } from './use-tab-report';

/** Props of the whole popup, with its data and actions already resolved. */
export interface PopupViewProps {
  index: ClaimIndex;
  state: Pick<TabReportState, 'phase' | 'report' | 'busy'>;
  /** The per-site switch, once the settings are read and the page has a site. */
  site?: SiteSwitchProps;
  onScanAnyway: () => void;
  onReveal: (start: number, end: number) => void;
  onSetHighlights: (visible: boolean) => void;
  onOpenSettings: () => void;
}

/** The popup: the answer first, then figures that differ, matching sentences, other coverage, the timeline, search. */
export function PopupView({ index, state, site, onScanAnyway, onReveal, onSetHighlights, onOpenSettings }: PopupViewProps) {
  const { phase, report, busy } = state;
  const analysed = report?.kind === 'analysed' ? report : undefined;
  return (
    <>
      <PopupHeader
        highlightsVisible={analysed?.analysis.topic.onTopic ? analysed.highlightsVisible : undefined}
        busy={busy}
        onToggleHighlights={() => analysed && onSetHighlights(!analysed.highlightsVisible)}
        onOpenSettings={onOpenSettings}
      />
      <main>
        {phase === 'unsupported' ? (
          <UnsupportedPage />
        ) : (
          <StatusPanel phase={phase} report={report} index={index} busy={busy} site={site} onScanAnyway={onScanAnyway} />
        )}
        {analysed && <AnalysisSections analysis={analysed.analysis} index={index} onReveal={onReveal} />}
        {phase !== 'unsupported' && <ClaimSearchSection index={index} analysis={analysed?.analysis} />}
      </main>
    </>
  );
}

function AnalysisSections({ analysis, index, onReveal }: { analysis: Analysis; index: ClaimIndex; onReveal: PopupViewProps['onReveal'] }) {
  const tables = useMemo(() => conflictTables(analysis, index), [analysis, index]);
  const entries = useMemo(() => sentenceEntries(analysis, index), [analysis, index]);
  const sources = useMemo(() => sourceEntries(analysis, index), [analysis, index]);
  const onTopic = analysis.topic.onTopic;
  return (
    <>
      {tables.length > 0 && <ConflictSection tables={tables} onReveal={onReveal} />}
      <MatchSection entries={entries} onReveal={onReveal} />
      <SourcesSection entries={sources} />
      <StoryTimeline
        stages={index.story.stages}
        current={onTopic ? analysis.stage : undefined}
        unplacedNote={onTopic ? undefined : 'Not placed: the page is not about the story.'}
      />
    </>
  );
}
