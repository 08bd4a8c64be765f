import type { ClaimIndex, Match } from '@/src/types';
import { MatchItem } from './match-item';

/** Props of the matching facts section. */
export interface MatchSectionProps {
  matches: Match[];
  index: ClaimIndex;
  onReveal: (match: Match) => void;
}

/** The page's sentences that state claims of the index: confident ones first, possible ones apart. */
export function MatchSection({ matches, index, onReveal }: MatchSectionProps) {
  const confident = matches.filter((m) => m.tier === 'confident');
  const possible = matches.filter((m) => m.tier === 'possible');
  const item = (match: Match) => (
    <MatchItem key={`${match.start}:${match.claimId}`} match={match} claim={index.claimById.get(match.claimId)} sources={index.sourceById} onReveal={onReveal} />
  );
  return (
    <section aria-labelledby="matches-heading">
      <h2 id="matches-heading">
        Matching facts <span class="count">{confident.length}</span>
      </h2>
      {confident.length === 0 ? (
        <p class="note">No sentence here clearly states a fact from the other coverage.</p>
      ) : (
        <ul class="matches">{confident.map(item)}</ul>
      )}
      {possible.length > 0 && (
        <details class="possible">
          <summary>
            Possible matches ({possible.length}), not highlighted on the page
          </summary>
          <ul class="matches">{possible.map(item)}</ul>
        </details>
      )}
    </section>
  );
}
