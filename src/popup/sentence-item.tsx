import type { ClaimLine, SentenceEntry } from './model/sentence-entries';
import { plural } from './model/source-names';

/** Props of one page sentence in the list. */
export interface SentenceItemProps {
  entry: SentenceEntry;
  onReveal: (start: number, end: number) => void;
}

/** Claims listed under a sentence before "and N more" (one under a sentence whose figure differs). */
export const CLAIMS_SHOWN = 2;

/** One page sentence (click to see it on the page), with the claims it states grouped under it. */
export function SentenceItem({ entry, onReveal }: SentenceItemProps) {
  const confident = entry.tier === 'confident';
  // A contradicted claim is set out in "Figures that differ"; here one line names the figure instead.
  const agreeing = entry.claims.filter((c) => c.relation !== 'conflicts');
  const shown = agreeing.slice(0, entry.differs.length > 0 ? 1 : CLAIMS_SHOWN);
  const rest = entry.claims.filter((c) => !shown.includes(c));
  return (
    <li
      class={`sentence ${entry.relation}`}
      data-testid={confident ? 'match' : 'possible-match'}
      data-relation={entry.relation}
      data-facet={entry.facet}
      data-tier={entry.tier}
    >
      <button type="button" class="quote" onClick={() => onReveal(entry.start, entry.end)}>
        <span class="visually-hidden">Show on page: </span>
        <span class="clamp">
          {entry.relation === 'conflicts' && (
            <span class="differs-mark" aria-hidden="true">≠ </span>
          )}
          <q>{entry.text}</q>
        </span>
      </button>
      {entry.differs.map((line) => (
        <p key={line} class="differs-line">
          <span aria-hidden="true">≠ </span>
          {line}
          <span class="visually-hidden"> differs from other coverage</span>
        </p>
      ))}
      {shown.length > 0 && <ul class="claims">{shown.map(claimItem)}</ul>}
      {rest.length > 0 && (
        <details class="more-claims">
          <summary>and {plural(rest.length, 'more fact')}</summary>
          <ul class="claims">{rest.map(claimItem)}</ul>
        </details>
      )}
    </li>
  );
}

function claimItem(claim: ClaimLine) {
  return (
    <li key={claim.claimId}>
      {claim.text}{' '}
      <span class="who">
        · {plural(claim.sources.length, 'source')}
        {claim.origins < claim.sources.length && `, ${plural(claim.origins, 'independent origin')}`}
      </span>
    </li>
  );
}
