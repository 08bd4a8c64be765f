import type { SourceEntry } from './model/source-entries';
import { plural } from './model/source-names';

/** Props of the other coverage section. */
export interface SourcesSectionProps {
  entries: SourceEntry[];
}

/** The articles the index is built from: what each is, whom it cites, and what it adds to this page. */
export function SourcesSection({ entries }: SourcesSectionProps) {
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">
        Other coverage <span class="count">{entries.length}</span>
      </h2>
      <ul class="sources">
        {entries.map((entry) => (
          <li key={entry.id} class="source" data-testid="source">
            <h3>
              {entry.name} <span class="meta">· {entry.meta}</span>
            </h3>
            <SharesAndAdds entry={entry} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function SharesAndAdds({ entry }: { entry: SourceEntry }) {
  const shares = entry.shares > 0 ? `shares ${plural(entry.shares, 'sentence')}` : 'shares no sentence';
  const line = [entry.cites, shares].filter(Boolean).join(' · ');
  if (entry.adds.length === 0) return <p class="meta">{line}</p>;
  return (
    <details class="adds">
      <summary>
        <span class="meta">{line} · </span>adds {entry.adds.length + entry.moreAdds}
      </summary>
      <p class="meta">Written when: {entry.stage}. Facts it gives that this page does not:</p>
      <ul>
        {entry.adds.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      {entry.moreAdds > 0 && <p class="note">and {entry.moreAdds} more; search for them below</p>}
    </details>
  );
}
