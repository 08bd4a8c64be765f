/**
 * The meeting venue: "at the European Commission headquarters", "the Commission's Berlaymont
 * building", "in Brussels". Places matter only for the venue facet, so a place is reported only
 * when the sentence is about where a meeting or talks happen.
 */
import type { FigureValue } from '../types';
import { type FigureFinder, spansOf } from './figure-span';
import { lazyPattern } from './lazy-pattern';

/** Canonical venue names the comparison works with. */
export const VENUES = { headquarters: 'European Commission headquarters', city: 'Brussels' } as const;

/** Words that make a sentence about a meeting taking place somewhere. */
export const MEETING_CONTEXT = [
  'meeting', 'meet', 'meets', 'met', 'talks', 'session', 'held', 'hold', 'hosted', 'host', 'hosting', 'took place',
  'take place', 'gathering', 'conference', 'summit', 'visit', 'invited', 'invitation', 'attend', 'discussions',
  // Where the visitors went is where they met.
  'delegation', 'delegates', 'envoys', 'arrived', 'arrive', 'flew', 'whisked', 'received',
];

const MEETING_PATTERN = lazyPattern(() => new RegExp(`\\b(?:${MEETING_CONTEXT.join('|').replace(/ /g, '\\s+')})\\b`, 'i'));

const place = (name: string): FigureValue => ({ kind: 'place', name });

/** Whether `text` speaks of a meeting, tested once however many places it names. */
function meetingIn(text: string): () => boolean {
  let known: boolean | undefined;
  return () => (known ??= MEETING_PATTERN().test(text));
}

/** "the European Commission headquarters", "Commission's Berlaymont building", "the Berlaymont". */
const headquarters: FigureFinder = (text, _year, isMeeting = meetingIn(text)) =>
  spansOf(
    text,
    /\b(?:(?:European\s+)?Commission(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?(?:headquarters|HQ|head\s+office|Berlaymont(?:\s+building)?)|Berlaymont(?:\s+building)?)\b/gu,
    (m) => (isMeeting() && !outside(text, m.index) ? place(VENUES.headquarters) : undefined),
  );

/**
 * "Protesters outside the Commission", "a rally near the Berlaymont": a place something else happens
 * beside is no venue of the meeting.
 */
const BESIDE = /\b(?:outside|near|nearby|in\s+front\s+of|opposite|across\s+from|close\s+to|not\s+far\s+from|around|beside)\s+(?:the\s+)?(?:European\s+)?$/i;
function outside(text: string, at: number): boolean {
  return BESIDE.test(text.slice(Math.max(0, at - 30), at));
}

/**
 * "in Brussels", "to the Belgian capital": the city, when a meeting is the subject. "The Brussels meeting"
 * takes the venue for granted and says something else about it, so it gives no venue.
 */
const city: FigureFinder = (text, _year, isMeeting = meetingIn(text)) =>
  spansOf(
    text,
    /(?:\b(?:in|to|into)\s+(?:the\s+)?(Brussels|Belgian\s+capital)\b|\b(?:The|the)\s+(Belgian\s+capital)(?=\s+(?:hosted|hosts|hosting|welcomed|received)\b))/gu,
    () => (isMeeting() ? place(VENUES.city) : undefined),
  ).map((span) => trimToCity(text, span));

/** Narrows "in Brussels" to "Brussels": the figure is the name, the preposition is context. */
function trimToCity(text: string, span: { start: number; end: number; value?: FigureValue }) {
  const name = /Brussels|Belgian\s+capital/.exec(text.slice(span.start, span.end));
  if (!name) return span;
  return { ...span, start: span.start + name.index, end: span.start + name.index + name[0].length };
}

/**
 * Other EU buildings in Brussels a report might name as the venue ("the Council's Justus Lipsius
 * building", "the Egmont Palace"): each is its own place, so it conflicts with the Commission's.
 */
const OTHER_VENUES: [RegExp, string][] = [
  [/\b(?:Justus\s+Lipsius(?:\s+building)?|Europa\s+building|(?:EU\s+)?Council(?:\s+of\s+the\s+(?:EU|European\s+Union))?(?:['’]s)?\s+(?:building|headquarters|HQ))\b/gu, 'Council of the EU building'],
  [/\bEgmont\s+Palace\b/gu, 'Egmont Palace'],
];

const otherVenues: FigureFinder = (text, _year, isMeeting = meetingIn(text)) =>
  OTHER_VENUES.flatMap(([pattern, name]) => spansOf(text, pattern, (m) => (isMeeting() && !outside(text, m.index) ? place(name) : undefined)));

/** Place finders, the more precise venue first. */
export const PLACE_FINDERS: FigureFinder[] = [headquarters, otherVenues, city];
