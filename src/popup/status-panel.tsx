import type { Analysis, ClaimIndex, TopicVerdict } from '@/src/types';
import type { PageReport } from '@/src/extension/messages';
import { popupSummary } from './model/popup-summary';
import { topicReasons } from './model/topic-reasons';
import { SiteSwitch, type SiteSwitchProps } from './site-switch';
import type { PopupPhase } from './use-tab-report';

/** Props of the status panel. */
export interface StatusPanelProps {
  phase: PopupPhase;
  report: PageReport | null;
  index: ClaimIndex;
  busy: boolean;
  /** The per-site switch, when the page has a site to switch. */
  site?: SiteSwitchProps;
  onScanAnyway: () => void;
}

/** The answer first: the one-line summary, whether the page is about the story (and why), the site switch. */
export function StatusPanel(props: StatusPanelProps) {
  return (
    <section class="status-panel" aria-labelledby="status-heading">
      <h2 id="status-heading" class="visually-hidden">Summary</h2>
      <div role="status" aria-live="polite">
        <StatusBody {...props} />
      </div>
    </section>
  );
}

function StatusBody({ phase, report, index, busy, site, onScanAnyway }: StatusPanelProps) {
  const story = index.story.title;
  if (!report) return <p class="summary">{phase === 'connecting' ? 'Connecting to the page…' : 'Reading this page…'}</p>;
  if (report.kind === 'disabled') {
    return (
      <div data-testid="status" data-on-topic="false" class="status off">
        <p data-testid="summary" class="summary">ClaimLens is off on this site</p>
        <div class="story-line">{site && <SiteSwitch {...site} />}</div>
      </div>
    );
  }
  if (report.kind === 'declined') {
    return (
      <div data-testid="status" data-on-topic="false" class="status off">
        <p data-testid="summary" class="summary">Not about the {story}</p>
        <div class="story-line">
          <div>
            ClaimLens left this page alone: nothing is highlighted. <Why topic={report.topic} story={story} />
          </div>
          {site && <SiteSwitch {...site} />}
        </div>
        <button type="button" class="secondary" onClick={onScanAnyway} disabled={busy} aria-busy={busy}>
          {busy ? 'Scanning…' : 'Scan anyway'}
        </button>
      </div>
    );
  }
  return <AnalysedStatus analysis={report.analysis} index={index} site={site} />;
}

function AnalysedStatus({ analysis, index, site }: { analysis: Analysis; index: ClaimIndex; site?: SiteSwitchProps }) {
  const summary = popupSummary(analysis, index);
  const { onTopic } = analysis.topic;
  return (
    <div data-testid="status" data-on-topic={String(onTopic)} class={`status ${onTopic ? 'on' : 'off'}`}>
      <p data-testid="summary" class="summary" data-conflicts={summary.conflicts} data-sentences={summary.sentences}>
        {summary.parts.map((part, i) => (
          <span key={part} class={i === 0 && summary.conflicts > 0 ? 'differs' : undefined}>
            {i > 0 && <span class="separator" aria-hidden="true"> · </span>}
            {part}
          </span>
        ))}
      </p>
      <div class="story-line">
        <div>
          {onTopic ? 'About the story.' : `Scanned on request; not about the ${index.story.title}.`}{' '}
          <Why topic={analysis.topic} story={index.story.title} />
        </div>
        {site && <SiteSwitch {...site} />}
      </div>
    </div>
  );
}

/** Why the page was (or was not) recognised, behind a disclosure: a reader rarely needs it. */
function Why({ topic, story }: { topic: TopicVerdict; story: string }) {
  const reasons = topicReasons(topic);
  return (
    <details class="why">
      <summary>Why?</summary>
      <p>The story: {story}.</p>
      {reasons.missing.length > 0 && <p>It never mentions: {reasons.missing.join(', ')}.</p>}
      {reasons.found.length > 0 && <p>It mentions: {reasons.found.join(', ')}.</p>}
      <p class="note">{reasons.score}</p>
    </details>
  );
}
