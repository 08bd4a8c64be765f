import type { TopicVerdict } from '@/src/types';
import type { PageReport } from '@/src/extension/messages';
import type { PopupPhase } from './use-tab-report';

/** Props of the status panel. */
export interface StatusPanelProps {
  phase: PopupPhase;
  report: PageReport | null;
  storyTitle: string;
  busy: boolean;
  onScanAnyway: () => void;
  onOpenSettings: () => void;
}

/** Whether this page is about the story, and why: the first thing a reader sees. */
export function StatusPanel(props: StatusPanelProps) {
  return (
    <section class="status-panel" aria-labelledby="status-heading">
      <h2 id="status-heading" class="visually-hidden">Status</h2>
      <div role="status" aria-live="polite">
        <StatusBody {...props} />
      </div>
    </section>
  );
}

function StatusBody({ phase, report, storyTitle, busy, onScanAnyway, onOpenSettings }: StatusPanelProps) {
  if (!report) return <p class="status-line">{phase === 'connecting' ? 'Connecting to the page…' : 'Reading this page…'}</p>;
  if (report.kind === 'disabled') {
    return (
      <div data-testid="status" data-on-topic="false" class="status off">
        <p class="status-line">ClaimLens is turned off for this site.</p>
        <button type="button" class="link-button" onClick={onOpenSettings}>Change in settings</button>
      </div>
    );
  }
  const topic = report.kind === 'declined' ? report.topic : report.analysis.topic;
  const forced = report.kind === 'analysed' && report.forced && !topic.onTopic;
  return (
    <div data-testid="status" data-on-topic={String(topic.onTopic)} class={`status ${topic.onTopic ? 'on' : 'off'}`}>
      <p class="status-line">
        <span class="status-icon" aria-hidden="true">{topic.onTopic ? '●' : '○'}</span>
        {topic.onTopic ? `About the ${storyTitle}` : forced ? 'Scanned on request: not about this story' : 'Not about this story'}
      </p>
      <TopicReasons topic={topic} />
      {report.kind === 'declined' && (
        <button type="button" class="primary" onClick={onScanAnyway} disabled={busy} aria-busy={busy}>
          {busy ? 'Scanning…' : 'Scan this page anyway'}
        </button>
      )}
    </div>
  );
}

function TopicReasons({ topic }: { topic: TopicVerdict }) {
  const found = topic.signals.filter((s) => s.count > 0);
  return (
    <dl class="reasons">
      {found.length > 0 && (
        <>
          <dt>Found</dt>
          <dd>{found.map((s) => `${s.label} ×${s.count}`).join(' · ')}</dd>
        </>
      )}
      {topic.missing.length > 0 && (
        <>
          <dt>Missing</dt>
          <dd>{topic.missing.join(' · ')}</dd>
        </>
      )}
      <dt>Score</dt>
      <dd>
        {topic.score.toFixed(2)} (needs {topic.threshold.toFixed(2)})
      </dd>
    </dl>
  );
}
