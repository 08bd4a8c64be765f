import type { ClaimIndex, SourceReport } from '@/src/types';
import { SourceItem } from './source-item';

/** Props of the other sources section. */
export interface SourcesSectionProps {
  index: ClaimIndex;
  reports: SourceReport[];
}

/** The articles the index is built from, each with what it adds to this page. */
export function SourcesSection({ index, reports }: SourcesSectionProps) {
  const stageLabel = (id: string) => index.story.stages.find((s) => s.id === id)?.label ?? id;
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">
        Other sources <span class="count">{index.sources.length}</span>
      </h2>
      <ul class="sources">
        {index.sources.map((source) => (
          <SourceItem
            key={source.id}
            source={source}
            report={reports.find((r) => r.source === source.id)}
            index={index}
            stageLabel={stageLabel(source.stage)}
          />
        ))}
      </ul>
    </section>
  );
}
