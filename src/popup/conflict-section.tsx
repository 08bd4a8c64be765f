import type { FacetConflict, Source } from '@/src/types';
import { facetLabel } from '@/src/extension/facet-labels';
import { sourceLabeller } from '@/src/extension/source-labels';

/** Props of the conflicting figures section. */
export interface ConflictSectionProps {
  conflicts: FacetConflict[];
  /** The index's sources, to name them. */
  sources: ReadonlyMap<string, Source>;
}

/** Per facet, this page's figure next to every source's figure and who gives it. */
export function ConflictSection({ conflicts, sources }: ConflictSectionProps) {
  const differing = conflicts.filter((c) => c.conflicts);
  return (
    <section aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">
        Conflicting figures <span class="count">{differing.length}</span>
      </h2>
      {differing.length === 0 ? (
        <p class="note">No figure on this page disagrees with the other coverage.</p>
      ) : (
        differing.map((conflict) => <FacetTable key={conflict.facet} conflict={conflict} label={sourceLabeller(sources)} />)
      )}
    </section>
  );
}

function FacetTable({ conflict, label }: { conflict: FacetConflict; label: ReturnType<typeof sourceLabeller> }) {
  return (
    <table class="figures" data-facet={conflict.facet}>
      <caption>{facetLabel(conflict.facet)}</caption>
      <tbody>
        <tr class="page-row">
          <th scope="row">This page</th>
          <td>
            <span class="conflict-mark" aria-hidden="true">≠ </span>
            {conflict.page.label}
          </td>
        </tr>
        {conflict.sourceValues.map((value) => (
          <tr key={value.claimId}>
            <th scope="row">{value.sources.map(label).join('; ')}</th>
            <td>{value.label}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
