declare module 'virtual:claimlens-index' {
  import type { Story } from '../types';
  import type { CompiledIndexData } from './compile-index';
  /** The story and its gate signals: all the gate needs. */
  export const story: Story;
  /** The whole compiled index, parsed on first call. */
  export default function loadData(): CompiledIndexData;
}

declare module 'virtual:claimlens-facet-labels' {
  /** Each facet's label from seeds/facets.json, by key. */
  const labels: Record<string, string>;
  export default labels;
}
