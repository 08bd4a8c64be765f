/**
 * The words that tell which facet a figure speaks about, as data. A cue applies to figures of the
 * listed shapes, and only when one of its `context` words (if any) occurs somewhere in the sentence.
 * Order matters for ties: a more specific cue is listed before a general one.
 */
import type { Facet } from '../types';

/** The shape of a figure, finer than `FigureValue.kind`: dates are told apart by precision. */
export type FigureShape = 'count' | 'duration' | 'year' | 'month' | 'day' | 'range' | 'place';

/** One group of cue words for a facet. */
export interface FacetCue {
  /** `null` marks words that claim a figure for no facet ("reported on 22 June"). */
  facet: Facet | null;
  shapes: readonly FigureShape[];
  /** Words or phrases, matched whole and case-insensitively; a space also matches a hyphen. */
  words: readonly string[];
  /** When present, one of these must occur in the sentence for the cue to apply. */
  context?: readonly string[];
  /** Words subtracted from the cue's distance: a cue that binds tighter than plain nearness. */
  pull?: number;
  /** The cue speaks only about figures after it ("reported on 22 June"), not before ("… on 24 June, officials said"). */
  onlyBefore?: boolean;
}

const DATES: FigureShape[] = ['day', 'month', 'range'];

/** Verbs of asking, for "N countries urged…". */
export const URGING_WORDS = [
  'urge', 'urged', 'urging', 'urges', 'call', 'called', 'calling', 'calls', 'press', 'pressed', 'pressing',
  'push', 'pushed', 'pushing', 'ask', 'asked', 'asking', 'demand', 'demanded', 'demanding', 'request', 'requested',
  'lobbied', 'lobbying', 'appealed', 'want', 'wanted', 'begged', 'implored', 'wrote to', 'letter', 'signed',
];

/** Words that make a list of groups a petition or open letter. */
export const PETITION_WORDS = [
  'petition', 'letter', 'signed', 'signatories', 'signatory', 'urged', 'urging', 'cancel', 'called on',
  'joint statement', 'appeal', 'appealed', 'protest', 'protested', 'demanded',
];

/** All cues, specific before general. */
export const FACET_CUES: readonly FacetCue[] = [
  // Not "to Kabul" alone: deportation flights go to Kabul too, and their dates are no mission's.
  { facet: 'kabul.mission', shapes: DATES, words: ['mission', 'visit', 'trip', 'travelled', 'traveled', 'delegation went', 'contacts', 'went to kabul', 'visited kabul'], context: ['kabul'], pull: 1 },
  {
    facet: 'meeting.date',
    shapes: DATES,
    words: [
      'meeting', 'meet', 'met', 'meets', 'talks', 'session', 'visit', 'scheduled', 'held', 'hold', 'gathering',
      'conference', 'summit', 'took place', 'take place', 'hosted', 'host', 'invited', 'invitation', 'attend',
      'discussions', 'sat down', 'sit down', 'sits down', 'sitting down', 'went ahead', 'goes ahead',
      'received', 'receives', 'welcomed', 'spent', 'visited', 'talked', 'hold talks', 'held talks',
    ],
  },
  // Scheduling words say "the meeting's date" only in a sentence about the meeting or the visitors:
  // "the next deportation flight is due on 3 July" is another date.
  {
    facet: 'meeting.date',
    shapes: DATES,
    words: [
      'due', 'postponed', 'pushed back', 'put back', 'moved', 'rescheduled', 'delayed', 'brought forward',
      'go ahead', 'set for', 'planned for', 'slated',
    ],
    context: ['meeting', 'talks', 'session', 'visit', 'delegation', 'delegates', 'envoys', 'taliban', 'taleban', 'islamic emirate', 'consultations', 'discussions'],
  },
  {
    facet: 'taliban.takeover.year',
    shapes: ['year', 'month'],
    words: [
      'took power', 'take power', 'taking power', 'takeover', 'take over', 'took over', 'seized power',
      'seizure of power', 'returned to power', 'return to power', 'return to power in', 'came to power', 'came into power',
      'coming to power', 'rise to power', 'since the taliban', 'fall of kabul', 'taliban rule', 'back in power',
      'captured kabul', 'back into kabul', 'entered kabul', 'took kabul', 'swept into kabul', 'marched into kabul',
      'regained power', 'since taking power', 'seizing kabul', 'seized kabul', 'in power since',
    ],
  },
  // Verbs that say "took power" only when the Taliban or Afghanistan are the subject of the sentence:
  // "border police controlled 300 cars in 2024" is no takeover.
  {
    facet: 'taliban.takeover.year',
    shapes: ['year', 'month'],
    words: [
      'seized', 'seizure', 'seizing', 'seize', 'overran', 'retook', 'withdrawal', 'ruled', 'has ruled', 'have ruled',
      'in control since', 'pulled out', 'withdrew', 'collapse', 'took control', 'seized control', 'regained control',
      'taking control', 'controlled', 'has controlled', 'governed', 'has governed',
    ],
    context: ['taliban', 'taleban', 'islamic emirate', 'kabul', 'afghanistan', 'islamist movement', 'islamists'],
  },
  { facet: 'visas.validity', shapes: ['duration'], words: ['visa', 'visas', 'valid', 'validity', 'entry permit', 'entry permits'] },
  { facet: 'visas.validity', shapes: ['duration'], words: ['restricted to', 'limited to', 'permitted'], context: ['visa', 'visas'] },
  // "Belgium lets Taliban officials in for three days": a stay the host allows is what the visa grants.
  { facet: 'visas.validity', shapes: ['duration'], words: ['lets', 'let in', 'allowed in', 'allowed to enter', 'admitted', 'entry', 'stay'], context: ['taliban', 'taleban', 'delegation', 'envoys'] },
  {
    facet: 'visas.issued',
    shapes: ['count'],
    words: ['visa', 'visas', 'visa requests', 'visa applications', 'entry visas', 'entry permits', 'travel permits', 'permits', 'permit'],
  },
  {
    facet: 'asylum.applications',
    shapes: ['count'],
    words: ['asylum applications', 'asylum applicants', 'asylum seekers', 'asylum requests', 'asylum claims', 'applied for asylum', 'sought asylum'],
  },
  { facet: 'asylum.applications', shapes: ['count'], words: ['applications', 'applicants', 'claims', 'requests', 'apply', 'applied', 'applying', 'sought', 'seeking', 'afghans'], context: ['asylum'] },
  // "three requests had come in" in a sentence about visas: requests for visas.
  { facet: 'visas.issued', shapes: ['count'], words: ['requests', 'request', 'applications', 'application'], context: ['visa', 'visas'] },
  { facet: 'icc.warrants', shapes: ['count'], words: ['icc', 'international criminal court', 'arrest warrants', 'arrest warrant', 'warrants'] },
  // "three senior Taliban leaders face ICC warrants": in a sentence about warrants the people counted are those wanted.
  { facet: 'icc.warrants', shapes: ['count'], words: ['leaders', 'leader', 'officials', 'figures', 'commanders', 'ministers'], context: ['warrant', 'warrants', 'icc', 'international criminal court', 'wanted'] },
  {
    facet: 'states.urging',
    shapes: ['count'],
    words: ['countries', 'member states', 'states', 'governments', 'capitals', 'nations', 'eu members', 'ministers'],
    context: URGING_WORDS,
  },
  {
    facet: 'petition.groups',
    shapes: ['count'],
    words: ['groups', 'organisations', 'organizations', 'ngos', 'charities', 'associations', 'rights groups', 'human rights groups', 'signatories', 'signatory groups'],
    context: PETITION_WORDS,
  },
  // "two officials said": the number of people a report relies on, not the size of anything.
  {
    facet: null,
    shapes: ['count'],
    words: ['officials said', 'officials say', 'officials told', 'diplomats said', 'diplomats say', 'sources said', 'sources say', 'sources told', 'people familiar', 'people briefed'],
  },
  { facet: 'delegation.size', shapes: ['count'], words: ['delegation', 'delegate', 'delegates', 'representative', 'representatives', 'envoy', 'envoys', 'person', 'member delegation'] },
  { facet: 'delegation.size', shapes: ['count'], words: ['members', 'member', 'officials', 'people', 'men', 'ministers', 'team', 'strong'], context: ['delegation', 'taliban', 'taleban', 'islamic emirate'] },
  // Dates of other events around the meeting: the visitors' travel, a next round, Parliament's debate.
  {
    facet: null,
    shapes: DATES,
    words: [
      'fly home', 'flew home', 'flew back', 'fly back', 'left brussels', 'leave brussels', 'departed', 'depart', 'arrive',
      'arrives', 'arrived', 'arrival', 'landed', 'debated', 'debate', 'hearing', 'plenary', 'vote', 'voted',
    ],
    pull: 3,
  },
  // A next round frames the whole sentence: its date is never the first meeting's.
  {
    facet: null,
    shapes: DATES,
    words: ['next round', 'another round', 'second round', 'next meeting', 'follow-up meeting', 'further talks', 'next session', 'next meet', 'next meets'],
    pull: 8,
  },
  // "Sweden granted 1,200 Afghans asylum": decisions on asylum claims are not the claims counted.
  {
    facet: null,
    shapes: ['count'],
    words: ['granted', 'approved', 'accepted', 'rejected', 'refused', 'turned down', 'deported', 'returned', 'removed', 'sent back'],
    context: ['asylum'],
    pull: 1,
  },
  // "a letter sent last October": the date of a letter or a report, not of the meeting it led to.
  { facet: null, shapes: ['day', 'month', 'year', 'range'], words: ['letter', 'sent', 'wrote', 'signed', 'petition'], pull: 1 },
  // "talking to Kabul since January": the start of something ongoing, not the date of one event. It
  // binds more loosely than a verb of its own ("has ruled since August 2021" is the takeover).
  { facet: null, shapes: ['day', 'month', 'range'], words: ['since', 'ever since', 'from the start of'], onlyBefore: true, pull: -2.5 },
  {
    facet: null,
    shapes: ['day', 'month', 'year', 'range'],
    words: ['reported', 'report', 'reports', 'said', 'says', 'told', 'published', 'wrote', 'tweeted', 'posted', 'announced', 'updated'],
    // "reported on 22 June that talks…": the date is when it was said, even with "talks" as close.
    pull: 1,
    onlyBefore: true,
  },
];
