import type { CompiledClaim } from '../../types';
import type { LoadedIndex } from '../../index/hydrate-index';
import { isNegated, NEGATION_STEM } from '../text/polarity';
import { phraseStems, STOPWORDS, tokenize } from '../text/normalize';
import { wordAlternation } from '../text/word-alternation';
import { phrasePattern } from '../figures/figure-grammar';
import { NUMBER_SOURCE } from '../figures/number-words';
import { guardedPattern, type GuardedPattern } from '../text/guarded-pattern';
import type { SentenceTerms } from './sentence-terms';

/** What the matcher precomputes once per index: the wordings' postings and the weight of every term group. */
export interface MatcherIndex {
  /** Per claim, per group: its weight (rarer ideas weigh more). */
  groupWeights: number[][];
  /** Facet → indexes of claims on that facet. */
  byFacet: Map<string, number[]>;
  /** Folded names of people, outlets and actors: hits on these are reported as entities. */
  entities: Set<string>;
  /**
   * Per claim: the content stems of its own text, each with its inverse document frequency, as two
   * lists read in step, and those weights' sum: every candidate of every sentence is scored against them.
   */
  textStems: ClaimTextStems[];
  /** Per claim: whether its text is negated ("not", "never"), to compare with a sentence's polarity. */
  negated: boolean[];
  /** Per claim: its `(either)` halves that are denials (the first wording holds a negation: "cannot block"). */
  negatedHalves: ReadonlySet<number>[];
  /** Every wording of every claim's term groups, numbered: what `wordingsFound` counts stems into. */
  wordings: Wordings;
  /** Per wording (numbered as in `wordings`): 1 where it is the negation alone, as a denial is found. */
  bareNegation: Uint8Array;
  /** Per claim: the groups that name the story's subject (`evidence.subject`), e.g. "{taliban}". */
  subjectGroups: number[][];
  /** Per claim: its wordings, stems joined by spaces, so a place the claim itself names ("Stockholm") is not another meeting's. */
  ownWordings: Set<string>[];
  /**
   * Other venues and other meetings' parties (see `Story.otherParties`), except where passed through
   * or come from ("travelled via Turkey", "flew in from Doha"): that is a route, not another meeting.
   * Every such place of a sentence is collected.
   */
  elsewhere: GuardedPattern | undefined;
  /**
   * Another venue (`Story.otherVenues`) and the story's own city (`venues.city`), and per claim the
   * groups that hold the city among their wordings (its place or its institutions: "{brussels-or-eu}"):
   * a sentence that names another venue and none of those ("Taliban representatives came to Vienna in
   * September 2025") is about that meeting, so no figure claim with such a group is stated by it.
   */
  venue: { other: GuardedPattern; city: (text: string) => boolean; groups: number[][] } | undefined;
  /** A sentence opening with a state acting on its own, and the words that make it the story's after all (see `Story.nationalActors`). */
  national: { mentions: RegExp; opening: RegExp; possessive: RegExp; unless: RegExp } | undefined;
  /**
   * Per claim: whether some stem is a one-word wording of two of its ideas ("brussels" as inviter and
   * as place); per wording (numbered as in `wordings`): whether it is such a one-word wording.
   */
  sharing: { claims: Uint8Array; wordings: Uint8Array };
  /**
   * Every stem of the claims' wordings and texts, numbered, so the stems a candidate explains are
   * collected in a reused array (see stem-marks.ts), not a Set of strings per candidate.
   */
  stemIds: Map<string, number>;
  /** Per wording (numbered as in `wordings`): its stems' numbers, in its stems' order. */
  wordingStemIds: number[][];
}

/** A claim text's content stems with their weights (see `MatcherIndex.textStems`). */
export interface ClaimTextStems {
  stems: readonly string[];
  /** The stems' numbers (see `MatcherIndex.stemIds`). */
  ids: readonly number[];
  weights: readonly number[];
  /** The weights added up in the stems' order. */
  total: number;
}

/**
 * The wordings of all claims, flattened so a sentence is matched by counting, not by testing each
 * wording of each candidate claim: stem → wordings holding it, and per wording its claim, its group
 * and how many distinct stems it needs.
 */
export interface Wordings {
  /** Stem → numbers of the wordings that contain it (each wording once). */
  postings: Map<string, number[]>;
  claim: Int32Array;
  group: Int32Array;
  /** Distinct stems of each wording: it is expressed when the sentence has all of them. */
  size: Int32Array;
  /** The wording's stems, as the claim's group lists them. */
  stems: string[][];
  /**
   * Per wording: the slot of its claim's group. Every group of every claim has one, numbered claim
   * by claim (`slotBase[claim] + group`), so a sentence's found groups are flat arrays, not a Map per claim.
   */
  slot: Int32Array;
  /** Per claim: the slot of its first group; one more entry closes the last claim's run. */
  slotBase: Int32Array;
}

/**
 * The wordings a sentence expresses in full (see `wordingsFound`), by claim and group. A found
 * group's wordings are chained: `first[slot]` and `next` hold 1 + a position in `hits` (0 ends the
 * chain), so no list is made per group or Map per claim for the hundreds of groups a page finds.
 */
export interface FoundWordings {
  /** The claims with a group found, in the order first found. */
  claims: number[];
  /** Per claim: how many of its groups are found. */
  groupCount: Int32Array;
  /** The slots found (see `Wordings.slot`), in the order first found. */
  slots: number[];
  /** Per slot: 1 + the position in `hits` of its first wording found, or 0 where the group is not found. */
  first: Int32Array;
  /** Per slot: 1 + the position in `hits` of its last wording found, where the next one is chained. */
  last: Int32Array;
  /** The wordings found, in the order found. */
  hits: number[];
  /** Per position in `hits`: 1 + the position of the next wording of the same slot, or 0. */
  next: number[];
}

/** Whether the group in `slot` (see `Wordings.slot`) is found. */
export function isFound(found: FoundWordings, slot: number): boolean {
  return found.first[slot] > 0;
}

/** The wordings found of the group in `slot`, in the order found (empty where it is not found). */
export function slotWordings(found: FoundWordings, slot: number): number[] {
  const wordings: number[] = [];
  for (let k = found.first[slot]; k > 0; k = found.next[k - 1]) wordings.push(found.hits[k - 1]);
  return wordings;
}

const cache = new WeakMap<LoadedIndex, MatcherIndex>();

/**
 * Claim terms list the most telling ideas first (see README); later groups are often details a
 * paraphrase may drop ("formally", "of Afghanistan"), so they weigh less.
 */
export const POSITION_WEIGHTS = [1, 0.9, 0.8, 0.7, 0.6];

/** Builds (once per index) the postings and group weights the matcher scores with. */
export function matcherIndexOf(index: LoadedIndex): MatcherIndex {
  let built = cache.get(index);
  if (!built) {
    built = buildMatcherIndex(index);
    cache.set(index, built);
  }
  return built;
}

function buildMatcherIndex(index: LoadedIndex): MatcherIndex {
  const altClaims = new Map<string, Set<number>>();
  const byFacet = new Map<string, number[]>();
  index.claims.forEach((claim, i) => {
    if (claim.facet) byFacet.set(claim.facet, [...(byFacet.get(claim.facet) ?? []), i]);
    for (const group of claim.groups) {
      for (const alt of group) {
        addTo(altClaims, alt.join(' '), i);
      }
    }
  });
  const n = index.claims.length;
  const wordings = wordingsOf(index.claims);
  const groupWeights = index.claims.map((claim) =>
    claim.groups.map((group, g) => (claim.conditions?.includes(g) ? 0 : idf(group, altClaims, n) * (POSITION_WEIGHTS[g] ?? POSITION_WEIGHTS.at(-1)!))),
  );
  const text = textFeatures(index.claims);
  const stemIds = new Map<string, number>();
  const idOf = (stem: string) => stemIds.get(stem) ?? stemIds.set(stem, stemIds.size).size - 1;
  const wordingStemIds = wordings.stems.map((alt) => alt.map(idOf));
  for (const claimText of text.textStems) claimText.ids = claimText.stems.map(idOf);
  const entities = new Set<string>();
  for (const actor of index.story.actors) entities.add(actor.name.toLowerCase());
  for (const s of index.sources) for (const name of [...s.outlets, ...s.people]) entities.add(name.toLowerCase());
  return {
    groupWeights,
    byFacet,
    entities,
    ...text,
    wordings,
    stemIds,
    wordingStemIds,
    bareNegation: Uint8Array.from(wordings.stems, (alt) => (alt.length === 1 && alt[0] === NEGATION_STEM ? 1 : 0)),
    sharing: sharingOf(index.claims, wordings),
    negatedHalves: index.claims.map((c) => new Set((c.either ?? []).filter((g) => c.groups[g][0]?.includes(NEGATION_STEM)))),
    ...elsewhereFeatures(index),
    national: nationalFeatures(index),
  };
}

/** See `MatcherIndex.sharing`; a word inside a phrase is the phrase's and never counts. */
function sharingOf(claims: CompiledClaim[], w: Wordings): MatcherIndex['sharing'] {
  const sharedBy = claims.map((claim) => {
    const groupsOf = new Map<string, Set<number>>();
    claim.groups.forEach((group, g) => {
      for (const alt of group) if (alt.length === 1 && alt[0] !== NEGATION_STEM) groupsOf.set(alt[0], (groupsOf.get(alt[0]) ?? new Set()).add(g));
    });
    return new Set([...groupsOf].filter(([, groups]) => groups.size > 1).map(([stem]) => stem));
  });
  return {
    claims: Uint8Array.from(sharedBy, (shared) => (shared.size > 0 ? 1 : 0)),
    wordings: Uint8Array.from(w.stems, (alt, a) => (alt.length === 1 && sharedBy[w.claim[a]].has(alt[0]) ? 1 : 0)),
  };
}

/** A place passed through or come from, or where someone spoke ("via Turkey", "said in New York"): no other meeting. */
const NOT_A_MEETING_BEFORE = '\\b(?:via|through|from|by\\s+way\\s+of|said\\s+in|speaking\\s+in|told\\s+reporters\\s+in)';
/** A place in an outlet's or a thing's name ("the Washington Post", "a London-based charity", "the Rome Statute"). */
const NOT_A_MEETING_AFTER = '[\\s-]+(?:based|post|times|journal|statute|made)\\b';

/**
 * One of `places` named as where a meeting is, not a route, a speaker's place or a name (see above).
 * Read on every sentence of a page, so the look-behind is tested apart (see guarded-pattern.ts).
 */
function meetingPlacePattern(places: readonly string[]): GuardedPattern {
  return guardedPattern(`${NOT_A_MEETING_BEFORE}\\s+`, `\\b(?:${wordAlternation(places)})\\b(?!${NOT_A_MEETING_AFTER})`, 'i');
}

/**
 * The claims' subject groups (those sharing a wording with the subject signal's words) and the
 * phrases that place a sentence at another meeting.
 */
function elsewhereFeatures(index: LoadedIndex): Pick<MatcherIndex, 'subjectGroups' | 'ownWordings' | 'elsewhere' | 'venue'> {
  const { story } = index;
  const subject = story.signals.find((s) => s.id === story.evidence?.subject);
  const subjectWordings = new Set((subject?.words ?? []).map((w) => phraseStems(w).join(' ')));
  const subjectGroups = index.claims.map((claim) =>
    claim.groups.flatMap((group, g) => (group.some((alt) => subjectWordings.has(alt.join(' '))) ? [g] : [])),
  );
  const ownWordings = index.claims.map((claim) => new Set(claim.groups.flatMap((group) => group.map((alt) => alt.join(' ')))));
  const places = [...(story.otherVenues ?? []), ...(story.otherParties ?? []), ...(story.otherOccasions ?? [])];
  const elsewhere = subject && places.length ? meetingPlacePattern(places) : undefined;
  const cityWords = index.facets.venues?.city.words ?? [];
  const cityStems = new Set(cityWords.map((w) => phraseStems(w).join(' ')));
  const venue = story.otherVenues?.length && cityWords.length
    ? {
        other: meetingPlacePattern(story.otherVenues),
        city: index.figureGrammar.namesCity,
        groups: index.claims.map((claim) => claim.groups.flatMap((group, g) => (group.some((alt) => cityStems.has(alt.join(' '))) ? [g] : []))),
      }
    : undefined;
  return { subjectGroups, ownWordings, elsewhere, venue };
}

/** Opening words a state's name may follow ("In October the country…", "In Europe, Germany…"). */
const OPENING_WORDS = 4;
/**
 * Or a lead-in closed by a colon, after which the sentence's own statement opens ("Some have moved
 * alone: Germany has flown convicted Afghans to Kabul twice").
 */
const LEAD_IN_WORDS = 8;

/**
 * A state named as one of a counted group ("one of 22 countries that signed", "among the 20
 * governments", "one of several member states"): it acts with the others, not on its own.
 */
const ONE_OF_MANY = `\\b(?:one\\s+of|among)\\s+(?:the\\s+)?(?:(?:nearly|about|some|around)\\s+)?(?:${NUMBER_SOURCE}|several|many|some)\\s+(?:other\\s+)?(?:eu\\s+|european\\s+)?(?:countries|states|member\\s+states|governments|signatories|capitals)\\b`;

/** "the netherlands" → "the Netherlands", "The Netherlands": each word capitalised, "the" either way. */
function capitalisedNames(words: string): string[] {
  const name = words.split(/\s+/).map((w) => (w === 'the' ? w : w[0].toUpperCase() + w.slice(1))).join(' ');
  return name.startsWith('the ') ? [name, `T${name.slice(1)}`] : [name];
}

function nationalFeatures(index: LoadedIndex): MatcherIndex['national'] {
  const spec = index.story.nationalActors;
  if (!spec) return undefined;
  const unlessWords = index.story.signals.filter((s) => spec.unless.includes(s.id)).flatMap((s) => s.words);
  const states = wordAlternation(spec.words);
  const state = `(${states})(?![\\p{L}\\p{N}])`;
  const start = `^[\\s"“'‘(]*`;
  return {
    // Most sentences name no state at all: one plain search spares them the anchored pattern.
    mentions: new RegExp(states, 'iu'),
    opening: new RegExp(
      `${start}(?:[\\p{L}\\p{N}'’,-]+\\s+){0,${LEAD_IN_WORDS}}?[\\p{L}\\p{N}'’-]+:\\s+${state}|${start}(?:[\\p{L}\\p{N}'’-]+,?\\s+){0,${OPENING_WORDS}}?${state}`,
      'iu',
    ),
    // "Germany's charter flights": the state's own doing wherever the sentence names it so. Only a
    // name (capitalised) owns: "the country's borders" are anyone's. After "unlike", "after" and the
    // like the state is set beside the sentence's subject ("unlike Germany's permits").
    possessive: new RegExp(`(?<!\\b(?:after|unlike|than|since|following|before|like|besides|despite|beyond)\\s+)(?<![\\p{L}])(${wordAlternation(spec.words.flatMap(capitalisedNames))})['’]s\\s`, 'u'),
    unless: new RegExp(`${phrasePattern([...unlessWords, ...(spec.together ?? [])], 'iu').source}|${ONE_OF_MANY}`, 'iu'),
  };
}

function wordingsOf(claims: CompiledClaim[]): Wordings {
  const stems: string[][] = [];
  const claim: number[] = [];
  const group: number[] = [];
  const slot: number[] = [];
  const slotBase = new Int32Array(claims.length + 1);
  const postings = new Map<string, number[]>();
  claims.forEach((c, i) => {
    slotBase[i + 1] = slotBase[i] + c.groups.length;
    c.groups.forEach((alternatives, g) => {
      for (const alt of alternatives) {
        const w = stems.length;
        stems.push(alt);
        claim.push(i);
        group.push(g);
        slot.push(slotBase[i] + g);
        for (const stem of new Set(alt)) {
          let list = postings.get(stem);
          if (!list) postings.set(stem, (list = []));
          list.push(w);
        }
      }
    });
  });
  return {
    postings,
    claim: Int32Array.from(claim),
    group: Int32Array.from(group),
    size: Int32Array.from(stems, (alt) => new Set(alt).size),
    stems,
    slot: Int32Array.from(slot),
    slotBase,
  };
}

/**
 * How far apart, beyond their own length, the words of a wording may stand in a sentence and still
 * say it: "rejected asylum seekers" is "asylum seekers whose claims were rejected", but "Afghan
 * authorities" is not "Belgian authorities say half of Afghan claims are refused".
 */
export const WORDING_SLACK = 4;

/**
 * The wordings a sentence expresses in full, by claim and group (see `FoundWordings`).
 * Counts each stem's postings, so its cost follows the sentence's words, not the claims' wordings;
 * a wording of several words counts only where they stand close together (`WORDING_SLACK`).
 * `skip` is a stem that never counts (a context sentence lends its ideas, not its polarity).
 * `into`, a result of an earlier call on the same wordings, is emptied and filled again: typed arrays
 * are dear to allocate, and the matcher finds wordings twice for each sentence of a page.
 */
export function wordingsFound(w: Wordings, terms: SentenceTerms, skip?: string, into?: FoundWordings): FoundWordings {
  const counts = scratchCounts(w);
  const touched: number[] = [];
  const found = into ? emptied(into) : noneFound(w);
  const { bound } = terms;
  for (const stem of terms.stems) {
    if (stem === skip) continue;
    const idiomOnly = bound?.has(stem) ?? false;
    for (const a of w.postings.get(stem) ?? []) {
      // A word the sentence says only inside an idiom is no one-word wording's idea (see `Story.idioms`).
      if (idiomOnly && w.size[a] === 1) continue;
      const count = ++counts[a];
      if (count === 1) touched.push(a);
      if (count !== w.size[a] || (count > 1 && !standsTogether(w.stems[a], terms.positions))) continue;
      addFound(found, a, w);
    }
  }
  for (const a of touched) counts[a] = 0;
  return found;
}

function noneFound(w: Wordings): FoundWordings {
  const slots = w.slotBase[w.slotBase.length - 1];
  return { claims: [], groupCount: new Int32Array(w.slotBase.length - 1), slots: [], first: new Int32Array(slots), last: new Int32Array(slots), hits: [], next: [] };
}

/** Zeroes only what `found` set, so emptying it costs what the sentence found, not the claims' groups. */
function emptied(found: FoundWordings): FoundWordings {
  for (const slot of found.slots) found.first[slot] = found.last[slot] = 0;
  for (const claim of found.claims) found.groupCount[claim] = 0;
  found.claims.length = found.slots.length = found.hits.length = found.next.length = 0;
  return found;
}

/** Chains wording `a` onto its group's slot, counting the group (and its claim) when it is the first found. */
function addFound(found: FoundWordings, a: number, w: Wordings): void {
  const slot = w.slot[a];
  found.hits.push(a);
  found.next.push(0);
  const at = found.hits.length;
  if (found.last[slot] > 0) found.next[found.last[slot] - 1] = at;
  else {
    found.first[slot] = at;
    found.slots.push(slot);
    const claim = w.claim[a];
    if (found.groupCount[claim]++ === 0) found.claims.push(claim);
  }
  found.last[slot] = at;
}

/**
 * Whether some occurrence of each of the wording's words lies within its length plus `WORDING_SLACK`
 * of one another. Each occurrence of the first word is tried as the anchor, with the other words'
 * nearest occurrences; a stem without positions (the negation mark) places no constraint.
 */
function standsTogether(stems: readonly string[], positions: ReadonlyMap<string, readonly number[]>): boolean {
  // Read in place, not gathered into lists: every wording of several words a sentence holds is tested.
  let first: readonly number[] | undefined;
  let others = 0;
  for (const stem of stems) {
    const list = positions.get(stem);
    if (!list) continue;
    if (first) others++;
    else first = list;
  }
  if (!first || others === 0) return true;
  const reach = stems.length - 1 + WORDING_SLACK;
  for (const anchor of first) {
    let [low, high] = [anchor, anchor];
    let anchored = false;
    for (const stem of stems) {
      const list = positions.get(stem);
      if (!list) continue;
      // The first placed stem is the anchor's own.
      if (!anchored) {
        anchored = true;
        continue;
      }
      let nearest = list[0];
      for (const p of list) if (Math.abs(p - anchor) < Math.abs(nearest - anchor)) nearest = p;
      low = Math.min(low, nearest);
      high = Math.max(high, nearest);
    }
    if (high - low <= reach) return true;
  }
  return false;
}

/** One zeroed counter per wording, reused across sentences (each call zeroes what it touched). */
function scratchCounts(w: Wordings): Int32Array {
  let counts = scratch.get(w);
  if (!counts) scratch.set(w, (counts = new Int32Array(w.size.length)));
  return counts;
}
const scratch = new WeakMap<Wordings, Int32Array>();

/** The claims' text stems and polarity; the stems' numbers (`ClaimTextStems.ids`) are set once all are numbered. */
function textFeatures(claims: CompiledClaim[]): { textStems: (ClaimTextStems & { ids: number[] })[]; negated: boolean[] } {
  const stemSets = claims.map((c) => new Set(tokenize(withoutFigures(c)).map((t) => t.stem).filter((w) => !STOPWORDS.has(w))));
  const df = new Map<string, number>();
  for (const set of stemSets) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const n = claims.length;
  return {
    textStems: stemSets.map((set) => {
      const stems = [...set];
      const weights = stems.map((w) => Math.log(1 + n / (df.get(w) ?? 1)));
      return { stems, ids: [] as number[], weights, total: weights.reduce((sum, weight) => sum + weight, 0) };
    }),
    negated: claims.map((c) => isNegated(c.text)),
  };
}

/**
 * A date claim's text without its weekday ("met on Tuesday 25 June 2024"): a page's bare weekday
 * fits every version that fell on it, so the word must not favour the version that spells it out.
 */
function withoutFigures(claim: CompiledClaim): string {
  return claim.facet ? claim.text.replace(WEEKDAY_NAMES, ' ') : claim.text;
}
const WEEKDAY_NAMES = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g;

/** Inverse document frequency of an idea: claims sharing any of its wordings count as containing it. */
function idf(group: CompiledClaim['groups'][number], altClaims: Map<string, Set<number>>, n: number): number {
  const claims = new Set<number>();
  for (const alt of group) for (const i of altClaims.get(alt.join(' ')) ?? []) claims.add(i);
  return Math.log(1 + n / Math.max(1, claims.size));
}

function addTo<K>(map: Map<K, Set<number>>, key: K, value: number): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}
