import type { Facet, FigureValue } from '../types';

/**
 * Which kinds of figure each facet may hold. A count on `meeting.date` is always a mistake in the
 * index, so the validator rejects it instead of leaving the conflict finder to compare apples with dates.
 */
export const FACET_VALUE_KINDS: Readonly<Record<Facet, readonly FigureValue['kind'][]>> = {
  'meeting.date': ['date', 'date-range'],
  'visas.issued': ['count'],
  'visas.validity': ['duration'],
  'delegation.size': ['count'],
  'asylum.applications': ['count'],
  'states.urging': ['count'],
  'petition.groups': ['count'],
  'icc.warrants': ['count'],
  'taliban.takeover.year': ['date'],
  'kabul.mission': ['date', 'date-range'],
  'meeting.venue': ['place'],
};

/** Human labels for facets, for reports and the popup. */
export const FACET_LABELS: Readonly<Record<Facet, string>> = {
  'meeting.date': 'Meeting date',
  'visas.issued': 'Visas issued',
  'visas.validity': 'Visa validity',
  'delegation.size': 'Delegation size',
  'asylum.applications': 'Afghan asylum applications',
  'states.urging': 'States urging engagement',
  'petition.groups': 'Groups signing the petition',
  'icc.warrants': 'ICC arrest warrants',
  'taliban.takeover.year': 'Taliban takeover',
  'kabul.mission': 'Commission mission to Kabul',
  'meeting.venue': 'Meeting venue',
};
