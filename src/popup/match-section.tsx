import type { SentenceEntries } from './model/sentence-entries';
import { SentenceItem } from './sentence-item';

/** Props of the matching sentences section. */
export interface MatchSectionProps {
  entries: SentenceEntries;
  onReveal: (start: number, end: number) => void;
}

/** Sentences listed before "show all": enough to read at a glance, short enough to keep the popup short. */
export const SENTENCES_SHOWN = 2;

/** The page's highlighted sentences, one entry each; the rest behind a disclosure, possible ones apart. */
export function MatchSection({ entries, onReveal }: MatchSectionProps) {
  const { highlighted, possible } = entries;
  const item = (entry: SentenceEntries['highlighted'][number]) => (
    <SentenceItem key={`${entry.start}:${entry.end}`} entry={entry} onReveal={onReveal} />
  );
  const rest = highlighted.slice(SENTENCES_SHOWN);
  return (
    <section aria-labelledby="matches-heading">
      <h2 id="matches-heading">
        Sentences other coverage shares <span class="count">{highlighted.length}</span>
      </h2>
      {highlighted.length === 0 ? (
        <p class="note">No sentence here clearly states a fact from the other coverage.</p>
      ) : (
        <ul class="sentences">{highlighted.slice(0, SENTENCES_SHOWN).map(item)}</ul>
      )}
      <div class="more-row">
        {rest.length > 0 && (
          <details class="more">
            <summary>Show {rest.length} more</summary>
            <ul class="sentences">{rest.map(item)}</ul>
          </details>
        )}
        {possible.length > 0 && (
          // With nothing highlighted (a scan made on request), the possible ones are all there is to see.
          <details class="more possible" open={highlighted.length === 0}>
            <summary>{possible.length} possible, not highlighted</summary>
            <ul class="sentences">{possible.map(item)}</ul>
          </details>
        )}
      </div>
    </section>
  );
}
