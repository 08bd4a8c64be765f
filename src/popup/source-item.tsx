import type { ClaimIndex, Source, SourceReport } from '@/src/types';
import { formatSourceDate } from './format-source-date';

/** Props of one other source. */
export interface SourceItemProps {
  source: Source;
  report?: SourceReport;
  index: ClaimIndex;
  stageLabel: string;
}

const KIND_LABELS: Record<Source['kind'], string> = {
  'news-report': 'News report',
  analysis: 'Analysis',
  explainer: 'Explainer',
};

/** Shown before "and N more" so a source with much to add stays readable. */
const ADDS_SHOWN = 3;

/** A source: what it is, how far the story had got in it, and what it says that this page does not. */
export function SourceItem({ source, report, index, stageLabel }: SourceItemProps) {
  const adds = (report?.adds ?? []).map((id) => index.claimById.get(id)?.text).filter((t): t is string => Boolean(t));
  const shared = report?.corroborates.length ?? 0;
  return (
    <li class="source">
      <h3>
        <span class="source-id">{source.id}</span> {source.title}
      </h3>
      <p class="meta">
        {KIND_LABELS[source.kind]} · {stageLabel}
        {shared > 0 && ` · shares ${shared} ${shared === 1 ? 'fact' : 'facts'} with this page`}
      </p>
      {source.dates.length > 0 && (
        <p class="dates">
          {source.dates.map((d) => `${d.label}: ${formatSourceDate(d.value)}`).join(' · ')}
        </p>
      )}
      {adds.length > 0 && (
        <div class="adds">
          <p class="adds-title">Adds what this page does not say:</p>
          <ul>
            {adds.slice(0, ADDS_SHOWN).map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
          {adds.length > ADDS_SHOWN && (
            <details>
              <summary>and {adds.length - ADDS_SHOWN} more</summary>
              <ul>
                {adds.slice(ADDS_SHOWN).map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </li>
  );
}
