import type { ClaimSpec, Match, Source } from '@/src/types';
import { facetLabel } from '@/src/extension/facet-labels';
import { countOrigins, sourceLabeller } from '@/src/extension/source-labels';
import { formatValue } from '@/src/index/format-value';

/** Props of one matched sentence. */
export interface MatchItemProps {
  match: Match;
  /** The claim it states; absent only if the index changed under a stored report. */
  claim?: ClaimSpec;
  /** The index's sources, to name them. */
  sources: ReadonlyMap<string, Source>;
  onReveal: (match: Match) => void;
}

/** One page sentence, the claim it states, and the sources behind that claim. */
export function MatchItem({ match, claim, sources, onReveal }: MatchItemProps) {
  const confident = match.tier === 'confident';
  const refs = claim?.sources ?? [];
  const origins = countOrigins(refs);
  return (
    <li
      class={`match ${match.relation}`}
      data-testid={confident ? 'match' : 'possible-match'}
      data-relation={match.relation}
      data-facet={match.facet}
      data-tier={match.tier}
    >
      <button type="button" class="quote" onClick={() => onReveal(match)}>
        <span class="visually-hidden">Show on the page: </span>
        <span class={`tag ${match.relation}`}>{match.relation === 'conflicts' ? '≠ Differs' : '✓ Shared'}</span>
        <q>{match.text}</q>
      </button>
      {claim && (
        <p class="claim">
          {match.relation === 'conflicts' && match.facet && match.value
            ? `${facetLabel(match.facet)}: this page says ${formatValue(match.value)}; others: ${claim.text}`
            : claim.text}
        </p>
      )}
      {refs.length > 0 && (
        <p class="who">
          {refs.map(sourceLabeller(sources)).join('; ')} · {origins} independent {origins === 1 ? 'origin' : 'origins'}
        </p>
      )}
    </li>
  );
}
