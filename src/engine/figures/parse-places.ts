/**
 * The meeting venue, from the story's venues (seeds/facets.json `venues`): its city ("in Brussels",
 * "to the Belgian capital") and the buildings in it ("at the European Commission headquarters",
 * "the Commission's Berlaymont building"). A place is reported only when the sentence is about where
 * a meeting happens, and not when something else happens beside it ("protesters outside the Commission").
 */
import type { FigureValue, VenuesSpec } from '../../types';
import { type FigureFinder, needing, spansOf } from './figure-span';
import { wordAlternation } from '../text/word-alternation';
import { allMatches } from '../text/all-matches';
import { SPOKEN_FROM_SOURCE } from '../text/spoken-from';


/**
 * "Protesters outside the Commission", "a rally near the Berlaymont": a place something else happens
 * beside is no venue of the meeting.
 */
const BESIDE = /\b(?:outside|near|nearby|in\s+front\s+of|opposite|across\s+from|close\s+to|not\s+far\s+from|around|beside)\s+(?:the\s+)?(?:European\s+)?$/i;
function outside(text: string, at: number): boolean {
  return BESIDE.test(text.slice(Math.max(0, at - 30), at));
}

/**
 * "Jalali described the trip as the first official visit of its kind to Brussels": a speaker's
 * verdict on the visit's place in history takes the venue for granted; it is no report of where the
 * meeting was.
 */
const CALLED_FIRST = /\b(?:described|describes|describing|called|calls|calling|hail|hailed|hails|hailing|termed|terms|said\s+it\s+was|says\s+it\s+is)\b[^;:.]*\bfirst\b[^;:.]*$/i;
function calledFirst(text: string, at: number): boolean {
  return CALLED_FIRST.test(text.slice(Math.max(0, at - 160), at));
}

/** Where someone speaks about the talks (see spoken-from.ts) is no report of where they are held. */
const SPOKEN_FROM = new RegExp(`${SPOKEN_FROM_SOURCE}$`, 'i');
function spokenFrom(text: string, at: number): boolean {
  return SPOKEN_FROM.test(text.slice(Math.max(0, at - 50), at));
}

/** Verbs whose object is the place someone comes to, as "in" or "to" before it would be: "the envoys reached Brussels". */
const ARRIVAL_VERBS = 'reach|reaches|reached|reaching|visit|visits|visited|visiting';

/** Whether `text` speaks of a meeting, tested once however many places it names. */
function meetingIn(pattern: RegExp, text: string): () => boolean {
  let known: boolean | undefined;
  return () => (known ??= pattern.test(text));
}

/**
 * The place finders of a story's venues, the more precise first: buildings, then the city. A
 * headline (`headline`, read with `venues.headline`) drops its verb and puts the place before the
 * noun: one of the visitors placed in the city, within its first words ("Taliban envoys in Brussels:
 * …", "Islamic Emirate delegation in Brussels", "'Islamic Emirate' envoys back from Brussels"), or the city before a noun of the visit ("the
 * Taliban's Brussels visit") says where the visit is, as "envoys came to Brussels" does. Anything
 * else placed there ("Afghan women in Brussels fear…", "Brussels police held…") is no visit, and a
 * headline's capitals ("Envoys In Brussels") change nothing.
 */
export function placeFinders(venues: VenuesSpec | undefined, headline = false): FigureFinder[] {
  if (!venues) return [];
  const meeting = new RegExp(`\\b(?:${wordAlternation(venues.meetingWords)})\\b`, 'i');
  const city: FigureValue = { kind: 'place', name: venues.city.name };
  const buildings = venues.buildings.map((b) => {
    // "the Commission's glass-fronted headquarters": an owner, up to two words, one of its nouns.
    const owned = b.owners.length && b.nouns.length ? `(?:${wordAlternation(b.owners)})(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${wordAlternation(b.nouns)})` : '';
    const alternatives = [owned, b.names.length ? wordAlternation(b.names) : ''].filter(Boolean).join('|');
    const value: FigureValue = { kind: 'place', name: b.name, within: venues.city.name };
    return { pattern: new RegExp(`\\b(?:${alternatives})\\b`, 'gu'), value };
  });
  const cityWords = wordAlternation(venues.city.words);
  // "in Brussels", "to the Belgian capital", "reached Brussels", "the Belgian capital hosted". "The
  // Brussels meeting" takes the venue for granted and says something else about it, so it gives none.
  const cityPattern = new RegExp(
    `\\b(?:in|to|into|${ARRIVAL_VERBS})\\s+(?:the\\s+)?(${cityWords})\\b|\\b[Tt]he\\s+(${cityWords})(?=\\s+(?:hosted|hosts|hosting|welcomed|received)\\b)`,
    headline ? 'gdiu' : 'gdu',
  );
  const spec = headline ? venues.headline : undefined;
  const visitPatterns = spec
    ? [
        new RegExp(`^\\s*(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?(?:${wordAlternation(spec.subjects)})\\s+(?:in|back\\s+from)\\s+(?:the\\s+)?(${cityWords})\\b`, 'gdiu'),
        new RegExp(`\\b(${cityWords})(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+)?(?:${wordAlternation(spec.nouns)})\\b`, 'gdiu'),
      ]
    : [];
  // A venue is only given where the sentence speaks of a meeting, so that is both finders' trigger.
  const buildingFinder: FigureFinder = needing(meeting, (text) => {
    const isMeeting = meetingIn(meeting, text);
    return buildings.flatMap(({ pattern, value }) => spansOf(text, pattern, (m) => (isMeeting() && !outside(text, m.index) && !spokenFrom(text, m.index) ? value : undefined)));
  });
  // "Outside the Commission's headquarters in Brussels": the city of a building something else
  // happens beside is that thing's place too.
  const besideBuildingEnds = (text: string) =>
    buildings.flatMap(({ pattern }) => allMatches(text, pattern).filter((m) => outside(text, m.index)).map((m) => m.index + m[0].length));
  const findCity = (text: string) => {
    const isMeeting = meetingIn(meeting, text);
    let beside: number[] | undefined;
    const placed = (m: RegExpExecArray, needsMeeting: boolean) => {
      // The figure is the name; the preposition or the visit's noun is context.
      const [start, end] = m.indices![1] ?? m.indices![2];
      if ((needsMeeting && !isMeeting()) || calledFirst(text, start) || spokenFrom(text, start)) return [];
      beside ??= besideBuildingEnds(text);
      if (beside.some((at) => at <= start && /^[\s,]*(?:in\s+)?$/.test(text.slice(at, start)))) return [];
      return [{ start, end, value: city }];
    };
    return [
      ...allMatches(text, cityPattern).flatMap((m) => placed(m, true)),
      ...visitPatterns.flatMap((pattern) => allMatches(text, pattern).flatMap((m) => placed(m, false))),
    ];
  };
  return [buildingFinder, visitPatterns.length ? findCity : needing(meeting, findCity)];
}
