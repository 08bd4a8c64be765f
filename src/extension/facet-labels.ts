import type { Facet } from '@/src/types';

/** What each facet is about, as a reader would name it. */
export const FACET_LABELS: Record<Facet, string> = {
  'meeting.date': 'Meeting date',
  'visas.issued': 'Visas issued',
  'visas.validity': 'Visa validity',
  'delegation.size': 'Delegation size',
  'asylum.applications': 'Afghan asylum applications',
  'states.urging': 'Member states urging talks',
  'petition.groups': 'Groups signing the petition',
  'icc.warrants': 'ICC arrest warrants',
  'taliban.takeover.year': 'Year of the Taliban takeover',
  'kabul.mission': 'EU mission to Kabul',
  'meeting.venue': 'Meeting venue',
};

/** The label of a facet, falling back to the facet id for one added to the index later. */
export function facetLabel(facet: Facet): string {
  return FACET_LABELS[facet] ?? facet;
}
