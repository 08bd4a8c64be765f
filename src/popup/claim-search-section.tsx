import { useMemo, useState } from 'preact/hooks';
import type { Analysis, ClaimIndex } from '@/src/types';
import { createClaimSearch, type OnPage } from './model/claim-search';
import { compactList } from './model/source-names';

/** Props of the search over what the sources say. */
export interface ClaimSearchSectionProps {
  index: ClaimIndex;
  /** The page's analysis, to say whether the page states each claim; absent for a page not analysed. */
  analysis?: Analysis;
}

const ON_PAGE_LABELS: Record<OnPage, string> = {
  states: 'This page states it',
  differs: 'This page gives a different figure',
  possibly: 'This page possibly states it',
  absent: 'Not on this page',
};

/** "Search what the sources say: European Commission, Taliban…", the examples from the story's actors. */
function searchHint(index: ClaimIndex): string {
  const examples = index.story.actors.slice(0, 2).map((a) => a.name);
  return examples.length ? `Search what the sources say: ${examples.join(', ')}…` : 'Search what the sources say…';
}

/** A search box over the claim index, forgiving typos, each result with its sources and the page's stance. */
export function ClaimSearchSection({ index, analysis }: ClaimSearchSectionProps) {
  const search = useMemo(() => createClaimSearch(index), [index]);
  const [query, setQuery] = useState('');
  const results = useMemo(() => search.search(query, analysis), [search, query, analysis]);
  const searched = query.trim().length >= 2;
  return (
    <section aria-labelledby="search-heading" class="claim-search">
      <h2 id="search-heading" class="visually-hidden">Search what the sources say</h2>
      <input
        type="search"
        aria-labelledby="search-heading"
        placeholder={searchHint(index)}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        data-testid="claim-search"
      />
      <p class="visually-hidden" role="status" aria-live="polite">
        {searched ? `${results.length} ${results.length === 1 ? 'result' : 'results'}` : ''}
      </p>
      {searched && results.length === 0 && <p class="note">No claim of the other coverage matches that.</p>}
      {results.length > 0 && (
        <ul class="results">
          {results.map((r) => (
            <li key={r.claimId} data-testid="claim-result" data-on-page={r.onPage}>
              <p>{r.text}</p>
              <p class="meta">
                <span class={`on-page ${r.onPage}`}>{ON_PAGE_LABELS[r.onPage]}</span> · {compactList(r.sources)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
