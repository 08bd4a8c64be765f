import type { CompiledClaim, Facet, FigureValue, Match, PageFigure, Relation, Sentence } from '../../types';
import type { LoadedIndex } from '../../index/hydrate-index';
import { isFound, matcherIndexOf, slotWordings, wordingsFound, type ClaimTextStems, type FoundWordings, type MatcherIndex } from './matcher-index';
import { sentenceStems, sentenceTerms, type SentenceTerms } from './sentence-terms';
import { addMark, clearMarks, hasMark, stemMarks, type StemMarks } from './stem-marks';
import { quotedClaims, quoteIndexOf } from './quoted-claims';
import { compareValues } from '../conflicts/compare-values';
import { inTimeFrame } from '../figures/time-frame';
import { answersQuestion, asFactLine, continuesFactBox, isQuestion, NEGATION_STEM, NEGATION_TERM, negatedClauseStems, negatedStems, refersBack, reportsEarlierStatement } from '../text/polarity';
import { phraseStems } from '../text/normalize';
import { guardedMatches, guardedTest } from '../text/guarded-pattern';
import { DEFAULT_CONFIDENT_THRESHOLD, POSSIBLE_THRESHOLD } from '../../settings/defaults';

export { DEFAULT_CONFIDENT_THRESHOLD };

/**
 * The matcher's named weights and thresholds. Exported so the scoring script can report them;
 * changing them changes every figure in the README's quality table.
 */
export const MATCH_TUNING = {
  /** Below this confidence a candidate is not reported at all. */
  possibleThreshold: POSSIBLE_THRESHOLD,
  /** A figure on the claim's facet weighs this share of the claim's ideas together: it is the claim's point. */
  figureShare: 1,
  /** A venue or a bare weekday fits most reports of any meeting: as evidence it weighs much less than a number or a date. */
  placeShare: 0.25,
  /** Share of an unsaid figure's weight (see `Story.statedWithoutFigure`) that still counts as missing. */
  unsaidFigureShare: 0.3,
  /** Summed weight of the ideas found under which confidence is scaled down: generic words alone are not a claim. */
  specificityFloor: 4,
  /** Fewer ideas than this found in a sentence never make a match. */
  minGroupsFound: 2,
  /** Share of confidence that comes from word overlap with the claim's own text rather than its term groups. */
  textShare: 0.4,
  /** Among candidates, more evidence wins over a fuller cover of a vaguer claim: rank = confidence × (1 + this × found). */
  evidenceRank: 0.1,
  /** Among candidates, the claim that accounts for more of the sentence's words is what the sentence is mostly about. */
  sentenceRank: 0.5,
  /** Among candidates, a claim whose figure the sentence gives is what the sentence is about: rank × (1 + this). */
  figureRank: 0.3,
  /**
   * Among candidates, a background claim (true of the region whatever the story, e.g. that the EU does
   * not recognise the Taliban) yields to a claim of the story itself that the sentence states as fully:
   * rank × (1 − this). "The meeting did not amount to recognition" is about the meeting.
   */
  backgroundRank: 0.15,
  /**
   * Among candidates, an outlier version (one source's slip, `Claim.outlier`) whose figure the page
   * shares with other versions ("on Tuesday" fits 25 June 2024 and 23 June 2026) yields to them, even
   * where its own text happens to share more words with the sentence: rank × (1 − this).
   */
  sharedOutlierRank: 0.5,
  /** Tie-break among claims on one facet: the one whose figure the page agrees with wins. */
  agreementBonus: 0.05,
  /**
   * Tie-break among versions the page agrees with equally ("on Tuesday" fits 23 June 2026 and 25 June
   * 2024): per source stating it, so the best-attested version wins.
   */
  attestationBonus: 0.005,
  /**
   * A sentence that opens by pointing back ("Each was valid…", "The group took power…") borrows the
   * ideas of the sentence before it, at this share of their weight.
   */
  contextShare: 0.5,
  /** Confidence kept when the sentence and the claim differ in negation. */
  polarityPenalty: 0.85,
  /** Confidence kept for a question: it asks, it does not state. */
  questionPenalty: 0.5,
  /**
   * A sentence may state more claims ("the EU has never recognised the Taliban, who took power in
   * 2021"): each is reported when it is confident on its own, on another facet, and rests on at least
   * this many words that each claim reported before it does not account for.
   */
  secondClaimOwnWords: 2,
  /** How many claims beyond the first one sentence may state. */
  moreClaims: 3,
  /** The least confidence of a claim whose recorded words the sentence quotes (see quoted-claims.ts). */
  quotedScore: 0.7,
};

interface Candidate {
  claim: CompiledClaim;
  score: number;
  rank: number;
  terms: string[];
  figure?: PageFigure;
  relation: Relation;
  /** The sentence's stems this claim accounts for, as numbers (see `MatcherIndex.stemIds`), each once. */
  explained: readonly number[];
  /**
   * Explained stems its evidence can do without: those of an idea found in two wordings, less what
   * the wordings share. "Called the meeting technical" gives the meeting idea twice, so either word is
   * free to be another claim's evidence.
   */
  spare: () => ReadonlySet<number>;
  /** The weighted share of the claim's ideas the sentence expresses, its figure included (before word overlap). */
  coverage: number;
  /** Whether the sentence's figure on the claim's facet agrees with the claim's own. */
  agrees: boolean;
  /** For each idea the claim marks `(required)`, the stems of each of its wordings the sentence uses (see `isSecondClaim`). */
  requiredStems: () => readonly (readonly (readonly number[])[])[];
}

/** What is known about a sentence before any claim is scored. */
interface SentenceFeatures {
  stems: ReadonlySet<string>;
  /** Stem → the positions of the sentence's words it comes from (see `SentenceTerms`). */
  positions: ReadonlyMap<string, readonly number[]>;
  figures: readonly PageFigure[];
  negated: boolean;
  question: boolean;
  /** Whether the sentence reports what someone said before the story (see `reportsEarlierStatement`). */
  earlier: boolean;
  /** The wordings of each claim's groups the sentence expresses in full. */
  found: FoundWordings;
  /** The same for the previous sentence, when this one refers back to it or answers it (none found otherwise). */
  lent: FoundWordings;
  /**
   * The sentence is a short answer to the question before it (see `answersQuestion`): the question's
   * ideas count in full, but a claim needs one idea or its figure from the answer itself.
   */
  answering: boolean;
  /** The stems of `stems` that have numbers (see `MatcherIndex.stemIds`). */
  numbered: StemMarks;
  /** The numbered stems the claim's own text is compared with: the sentence's, and an answer's question's too. */
  overlapStems: StemMarks;
  /** The other venues and other meetings' parties the sentence names (see `Story.otherParties`), as stems joined by spaces. */
  elsewhere: string[];
  /** Whether the sentence names another venue and not the story's city (see `MatcherIndex.venue`). */
  otherVenueOnly: boolean;
  /**
   * The state a sentence is about when it opens with one acting on its own (see
   * `Story.nationalActors`), as stems joined by spaces; empty otherwise.
   */
  national: string[];
  /** The stems a negation in the sentence applies to (see `negatedStems`); asked for once, when needed. */
  negatedScope: () => ReadonlySet<string>;
  /** The stems of the clauses that hold a negation (see `negatedClauseStems`); asked for once, when needed. */
  negatedClauses: () => ReadonlySet<string>;
  /** Claims whose recorded words the sentence quotes (see `quotedClaims`). */
  quoted: ReadonlySet<number>;
  /** Whether the sentence is a headline or subhead (`Sentence.headline`). */
  headline: boolean;
}

/** Builds what matching needs before the first sentence: the postings, and the typo lookup's first search. */
export function warmMatcher(index: LoadedIndex): void {
  matcherIndexOf(index);
  // Three vocabulary words with a letter doubled at the end, so the typo lookup runs its first search.
  sentenceStems([...index.vocabulary].slice(0, 3).map((w) => `${w}${w.at(-1)}`).join(' '), index);
}

/** The claim a sentence mainly states, if any: the first of `matchSentenceClaims`. */
export function matchSentence(
  sentence: Sentence,
  figures: readonly PageFigure[] | (() => readonly PageFigure[]),
  index: LoadedIndex,
  confidentThreshold = DEFAULT_CONFIDENT_THRESHOLD,
  previous?: Sentence,
): Match | undefined {
  return matchSentenceClaims(sentence, figures, index, confidentThreshold, previous)[0];
}

/**
 * Finds the claims a sentence states: the best candidate, and up to `MATCH_TUNING.moreClaims` more
 * when the sentence states several things (see `MATCH_TUNING.secondClaimOwnWords`). Candidates come
 * from the postings of the sentence's stems (a claim on a facet needing one idea fewer, its figure
 * being one) and from quotations of a claim's recorded words; each is scored by the weighted share of
 * its ideas the sentence expresses (a figure on its facet counting as one more idea), blended with
 * word overlap against the claim's text. `figures` may be given as a function, called only for a
 * sentence that has candidates.
 */
export function matchSentenceClaims(
  sentence: Sentence,
  figures: readonly PageFigure[] | (() => readonly PageFigure[]),
  index: LoadedIndex,
  confidentThreshold = DEFAULT_CONFIDENT_THRESHOLD,
  previous?: Sentence,
): Match[] {
  const found = sentenceCandidates(sentence, index, previous);
  // Most sentences of a page reach no claim: their figures and the rest of their features are never read.
  if (found.ids.length === 0) return [];
  return scoreCandidates(found, typeof figures === 'function' ? figures() : figures, index, confidentThreshold);
}

/**
 * What `matchSentenceClaims` finds of a sentence before it scores a claim: the wordings it and its
 * context express, and the candidate claims (none for most sentences of a page). Kept apart so a
 * caller can find the candidates of a run of sentences, parse the figures of those that have some,
 * and only then score them: each kind of work done in a run of its own runs faster than the three
 * taken in turn for each sentence.
 */
export interface SentenceCandidates {
  sentence: Sentence;
  previous: Sentence | undefined;
  terms: SentenceTerms;
  /** The previous sentence's terms, when this one refers back to it or answers it. */
  context: SentenceTerms | undefined;
  answering: boolean;
  found: FoundWordings;
  lent: FoundWordings;
  quoted: ReadonlySet<number>;
  /** The candidate claims, in index order (see `candidateClaims`). */
  ids: number[];
}

/**
 * The candidates of one sentence (see `SentenceCandidates`). `slot` of `slots` picks the buffers its
 * wordings are found into: a result stays valid until the same slot is used again, so a caller
 * holding a run of results leases slots of its own (`leaseCandidateSlots`) and gives each sentence of
 * the run its own slot (below `MAX_HELD_CANDIDATES`). Without `slots`, the result is valid only
 * until the next such call.
 */
export function sentenceCandidates(sentence: Sentence, index: LoadedIndex, previous?: Sentence, slot = 0, slots?: CandidateSlots): SentenceCandidates {
  const mi = matcherIndexOf(index);
  // A fact box's line leans on the line before as an answer does on its question.
  const answering = answersQuestion(sentence.text, previous?.text) || continuesFactBox(asFactLine(sentence), previous && asFactLine(previous));
  // The previous sentence first: its stems are still cached from when it was matched itself.
  const context = previous && (answering || refersBack(sentence.text, index.story.referBack)) ? sentenceTerms(previous.text, index) : undefined;
  const terms = sentenceTerms(sentence.text, index);
  const buffers = foundScratch(mi, slots ?? oneOffSlotsOf(mi), slot);
  const found = wordingsFound(mi.wordings, terms, undefined, buffers.found);
  const lent = wordingsFound(mi.wordings, context ?? NO_TERMS, NEGATION_STEM, buffers.lent);
  const quoted = quotedClaims(sentence.text, quoteIndexOf(index));
  const ids = candidateClaims(found, lent, answering, index, mi, quoted);
  return { sentence, previous, terms, context, answering, found, lent, quoted, ids };
}

/** Scores a sentence's candidates (see `sentenceCandidates`) given its figures, as `matchSentenceClaims` does. */
export function scoreCandidates(
  { sentence, previous, terms, context, answering, found, lent, quoted, ids }: SentenceCandidates,
  figures: readonly PageFigure[],
  index: LoadedIndex,
  confidentThreshold = DEFAULT_CONFIDENT_THRESHOLD,
): Match[] {
  if (ids.length === 0) return [];
  const mi = matcherIndexOf(index);
  const { stems } = terms;
  const marks = stemScratch(mi);
  markStems(marks.sentence, [stems], mi);
  if (answering && context) markStems(marks.overlap, [stems, context.stems], mi);
  const features: SentenceFeatures = {
    stems,
    positions: terms.positions,
    figures,
    // `sentenceStems` already tested the sentence for negation.
    negated: stems.has(NEGATION_STEM),
    question: isQuestion(sentence.text),
    earlier: reportsEarlierStatement(sentence.text),
    national: nationalActor(sentence.text, mi),
    found,
    lent,
    answering,
    numbered: marks.sentence,
    overlapStems: answering && context ? marks.overlap : marks.sentence,
    elsewhere: mi.elsewhere ? guardedMatches(sentence.text, mi.elsewhere).map((m) => phraseStems(m[0]).join(' ')) : [],
    // The story's city may come with the sentence pointed back to ("They were five envoys, fresh from Doha").
    otherVenueOnly: Boolean(mi.venue && guardedTest(sentence.text, mi.venue.other) && !mi.venue.city(sentence.text) && !(context && mi.venue.city(previous!.text))),
    negatedScope: once(() => negatedStems(sentence.text)),
    negatedClauses: once(() => negatedClauseStems(sentence.text)),
    quoted,
    headline: Boolean(sentence.headline),
  };
  const candidates: Candidate[] = [];
  for (const i of ids) {
    const candidate = scoreClaim(i, features, index, mi);
    if (candidate) candidates.push(candidate);
  }
  candidates.sort((a, b) => b.rank - a.rank);
  preferAgreeingVersions(candidates);
  const [best] = candidates;
  if (!best || best.score < MATCH_TUNING.possibleThreshold) return [];
  // On a facet, only the best-ranked version can be the second claim: a version ranked below another
  // is no claim the sentence states, even where it alone clears the threshold.
  const stated = [best];
  for (const c of candidates) {
    if (stated.length > MATCH_TUNING.moreClaims) break;
    if (!stated.includes(c) && isTopOnFacet(c, candidates) && stated.every((s) => isSecondClaim(c, s, confidentThreshold))) stated.push(c);
  }
  return [...stated, ...figureClaims(candidates, stated, confidentThreshold)].map((c) => toMatch(c, sentence, confidentThreshold, mi));
}

/**
 * In a highlighted sentence, a figure whose facet none of the stated claims covers ("when the Taliban
 * drove back into Kabul in 2019, Europe promised…") is reported with the best claim on its facet, so
 * that its figure is compared with the sources: only when that claim is itself a possible match.
 */
function figureClaims(candidates: readonly Candidate[], stated: readonly Candidate[], confidentThreshold: number): Candidate[] {
  if (stated[0].score < confidentThreshold) return [];
  const covered = new Set(stated.map((c) => c.figure?.facet));
  const extra: Candidate[] = [];
  for (const c of candidates) {
    const facet = c.figure?.facet;
    if (!facet || covered.has(facet) || c.score < MATCH_TUNING.possibleThreshold) continue;
    covered.add(facet);
    extra.push(c);
  }
  return extra;
}

/** Whether no candidate on the same facet ranks above `candidate` (`candidates` sorted by rank); true of a claim without a facet. */
function isTopOnFacet(candidate: Candidate, candidates: readonly Candidate[]): boolean {
  const facet = candidate.claim.facet;
  return !facet || candidates.find((c) => c.claim.facet === facet) === candidate;
}

/** A second claim of the same sentence: confident alone, not another version of the first's figure, on words of its own. */
function isSecondClaim(candidate: Candidate, first: Candidate, confidentThreshold: number): boolean {
  if (candidate.score < confidentThreshold) return false;
  if (candidate.claim.facet && candidate.claim.facet === first.claim.facet) return false;
  const explains = new Set(first.explained);
  const free = (stem: number) => !explains.has(stem) || first.spare().has(stem);
  // "The talks focused on sending back Afghans with no right to stay": the idea that makes the
  // second claim what it is (a required one: the talks) is said in words the first does not use: one
  // of its wordings will do ("the discussions centred on", where the first claim's text has "discussions").
  const required = candidate.requiredStems();
  if (required.length > 0 && required.every((wordings) => wordings.some((stems) => stems.length > 0 && stems.every(free)))) return true;
  let own = 0;
  for (const stem of candidate.explained) if (free(stem)) own++;
  return own >= MATCH_TUNING.secondClaimOwnWords;
}

function toMatch(candidate: Candidate, sentence: Sentence, confidentThreshold: number, mi: MatcherIndex): Match {
  const confidence = Math.min(1, Math.round(candidate.score * 1000) / 1000);
  return {
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    claimId: candidate.claim.id,
    relation: candidate.relation,
    ...(candidate.figure ? { facet: candidate.figure.facet, value: candidate.figure.value } : {}),
    confidence,
    tier: confidence >= confidentThreshold ? 'confident' : 'possible',
    evidence: {
      terms: candidate.terms,
      entities: candidate.terms.filter((t) => mi.entities.has(t)),
      figures: candidate.figure ? [candidate.figure.raw] : [],
    },
  };
}

/**
 * Claims whose ideas the sentence expresses can reach two, in index order: a claim needs two ideas found
 * (a figure on its facet counting as one, see `MATCH_TUNING.minGroupsFound`), so one short of that is no
 * candidate. A claim whose recorded words the sentence quotes is one however few it expresses.
 */
function candidateClaims(found: FoundWordings, lent: FoundWordings, answering: boolean, index: LoadedIndex, mi: MatcherIndex, quoted: ReadonlySet<number>): number[] {
  // Gathered in a plain list, sorted and then rid of repeats: most sentences have a few candidates, or none.
  const candidates = quoted.size > 0 ? [...quoted] : [];
  for (const i of found.claims) if (reaches(i, found.groupCount[i], index)) candidates.push(i);
  // An answer's claims may take most of their ideas from its question (what the answer itself gives is checked in `scoreClaim`).
  if (answering) {
    const { slotBase } = mi.wordings;
    for (const i of lent.claims) {
      let groups = 0;
      for (let slot = slotBase[i]; slot < slotBase[i + 1]; slot++) if (isFound(found, slot) || isFound(lent, slot)) groups++;
      if (reaches(i, groups, index)) candidates.push(i);
    }
  }
  candidates.sort((a, b) => a - b);
  let kept = 0;
  for (const i of candidates) if (kept === 0 || candidates[kept - 1] !== i) candidates[kept++] = i;
  candidates.length = kept;
  return candidates;
}

/** Whether claim `i` with `groups` of its ideas found can be a candidate (see `candidateClaims`). */
function reaches(i: number, groups: number, index: LoadedIndex): boolean {
  return groups + (index.claims[i].facet ? 1 : 0) >= MATCH_TUNING.minGroupsFound;
}

/** The most sentences whose candidates a caller may hold at once (see `sentenceCandidates`). */
export const MAX_HELD_CANDIDATES = 40;

/** Buffers for the found wordings of up to `MAX_HELD_CANDIDATES` sentences held at once, one pair per slot. */
export type CandidateSlots = { found: FoundWordings; lent: FoundWordings }[];

/**
 * The two results of `wordingsFound` a sentence fills, its own and those its context lends, for
 * each slot: a slot's buffers are filled again by the next sentence given that slot.
 */
function foundScratch(mi: MatcherIndex, slots: CandidateSlots, slot: number): { found: FoundWordings; lent: FoundWordings } {
  if (slot < 0 || slot >= MAX_HELD_CANDIDATES) throw new RangeError(`no candidate slot ${slot}: there are ${MAX_HELD_CANDIDATES}`);
  return (slots[slot] ??= { found: wordingsFound(mi.wordings, NO_TERMS), lent: wordingsFound(mi.wordings, NO_TERMS) });
}

/**
 * Slots of the caller's own for a run of held sentences, until it gives them back: two analyses
 * stepped in turn (or a single sentence matched between two steps of one) never fill each other's.
 * Slots given back are lent again, so buffers are not built anew for every page.
 */
export function leaseCandidateSlots(index: LoadedIndex): CandidateSlots {
  return freeSlots.get(matcherIndexOf(index))?.pop() ?? [];
}

/** Gives back slots from `leaseCandidateSlots`; the caller must no longer hold results made in them. */
export function releaseCandidateSlots(index: LoadedIndex, slots: CandidateSlots): void {
  const mi = matcherIndexOf(index);
  let free = freeSlots.get(mi);
  if (!free) freeSlots.set(mi, (free = []));
  if (!free.includes(slots)) free.push(slots);
}
const freeSlots = new WeakMap<MatcherIndex, CandidateSlots[]>();
/** The slots of one-off calls (`matchSentenceClaims`), which hold no result past their return. */
function oneOffSlotsOf(mi: MatcherIndex): CandidateSlots {
  let slots = oneOffSlots.get(mi);
  if (!slots) oneOffSlots.set(mi, (slots = []));
  return slots;
}
const oneOffSlots = new WeakMap<MatcherIndex, CandidateSlots>();

/** A sentence without words: the context of a sentence that has none. */
const NO_TERMS: SentenceTerms = { stems: new Set(), positions: new Map() };

function scoreClaim(i: number, features: SentenceFeatures, index: LoadedIndex, mi: MatcherIndex): Candidate | undefined {
  const claim = index.claims[i];
  const weights = mi.groupWeights[i];
  let total = 0;
  let found = 0;
  let groupsFound = 0;
  /** Ideas found in the sentence itself, not lent by the one before. */
  let ownIdeas = 0;
  const terms: string[] = [];
  const base = mi.wordings.slotBase[i];
  // Whether the sentence itself expresses idea g is `isFound(features.found, base + g)`; whether the
  // sentence before lends it, the same of `features.lent`.
  const quoted = features.quoted.has(i);
  const sharing = features.found.groupCount[i] > 0 ? groupsSharingWords(i, features.found, weights, features.positions, mi) : undefined;
  /**
   * The halves of a two-part claim (`CompiledClaim.either`): one idea when one half is said, both
   * ideas when both are (the whole claim then outweighs one that shares a half).
   */
  const either = claim.either ? { weight: Math.max(...claim.either.map((g) => weights[g])), own: -1, lent: false } : undefined;
  if (either && claim.either!.every((g) => isFound(features.found, base + g))) either.weight = claim.either!.reduce((sum, g) => sum + weights[g], 0);
  for (let g = 0; g < claim.groups.length; g++) {
    if (either && claim.either!.includes(g)) {
      if (isFound(features.found, base + g) && either.own < 0) either.own = g;
      else if (isFound(features.lent, base + g)) either.lent = true;
      continue;
    }
    total += weights[g];
    const hits = !sharing?.has(g) && !deniesNothing(base, g, claim.subjects, features, mi) && isFound(features.found, base + g);
    const lent = !hits && isFound(features.lent, base + g);
    if (lent && !features.answering) found += weights[g] * MATCH_TUNING.contextShare;
    if (!hits && !lent && claim.required?.includes(g) && !quoted) return undefined;
    // A condition (weight 0) is the claim's setting: required, but no idea found.
    if ((hits || (lent && features.answering)) && weights[g] > 0) {
      found += weights[g];
      groupsFound++;
      terms.push(claim.terms[g][0]);
      if (hits) ownIdeas++;
    }
  }
  if (either) {
    total += either.weight;
    if (either.own >= 0) {
      found += either.weight;
      groupsFound++;
      ownIdeas++;
      terms.push(claim.terms[either.own][0]);
    } else if (either.lent && !features.answering) found += either.weight * MATCH_TUNING.contextShare;
  }
  // A figure on the claim's facet is the only other idea that can be found: without enough, no match.
  if (groupsFound + (claim.facet ? 1 : 0) < MATCH_TUNING.minGroupsFound && !quoted) return undefined;
  // "China's commerce minister will come to Brussels on 29 June": another meeting, whose date and
  // venue are none of the story's. Where the sentence names another party or venue that the claim
  // does not itself name ("Stockholm" is Sweden's), the claim needs the story's subject named (or lent
  // by the sentence before); a claim without the subject among its ideas cannot show it is about the
  // story at all ("UNHCR counted Afghans forced out of Iran and Pakistan", "an Austrian removal weeks after talks in Vienna").
  if (features.elsewhere.some((place) => !mi.ownWordings[i].has(place))) {
    const subject = mi.subjectGroups[i];
    if (subject.every((g) => !isFound(features.found, base + g) && !isFound(features.lent, base + g))) return undefined;
  }
  // "In September 2025 Taliban representatives came to Vienna": the place of another meeting, and
  // not the story's city nor its institutions, so no figure of the story's meeting placed there (its
  // date). "Envoys met EU officials on 23 June, after rounds in Doha" names the EU: the story's.
  const placeGroups = mi.venue?.groups[i] ?? [];
  if (features.otherVenueOnly && claim.facet && placeGroups.length > 0 && placeGroups.every((g) => !isFound(features.found, base + g) && !isFound(features.lent, base + g))) return undefined;
  // "Austria carried out its first removal in October, flying a convicted man to Kabul": one state's
  // own doing states no claim of the story's, only one that names that state.
  if (features.national.length > 0 && !features.national.some((actor) => mi.ownWordings[i].has(actor))) return undefined;
  // An earlier statement states no event of the story, unless the claim is itself dated (a mission
  // in January) or background, true whatever the date ("the EU does not recognise the Taliban").
  if (features.earlier && !claim.background && claim.value?.kind !== 'date') return undefined;
  const figure = claim.facet ? figureFor(claim, features.figures, index) : undefined;
  /** Whether the sentence's figure agrees with the claim's own. */
  const agrees = figure !== undefined && claim.value !== undefined && compareValues(figure.value, claim.value) === 'agrees';
  // "The talks went ahead on Tuesday": a figure that agrees with the claim, in a sentence naming no
  // other meeting's place or party, is the story's, so its subject (the Taliban) is taken as said,
  // at the weight of an idea the sentence before lends. Never for a figure that disagrees: no
  // conflict rests on a subject the sentence does not name.
  if (agrees && features.elsewhere.length === 0 && features.national.length === 0) {
    for (const g of mi.subjectGroups[i]) if (!isFound(features.found, base + g) && !isFound(features.lent, base + g)) found += weights[g] * MATCH_TUNING.contextShare;
  }
  // A weekday ("on Tuesday") fits any meeting held that day: weak evidence, like a venue. A headline
  // that places the story in its city ("Taliban envoys get a day in Brussels") has that for its point.
  const weak = (claim.value?.kind === 'place' && !(features.headline && figure)) || figure?.value.kind === 'weekday';
  // "Yes." or "That is unclear." after a question states nothing: an answer must give an idea or a
  // figure itself, and a venue or weekday alone is too little ("They know what a seat in Brussels
  // means"; a venue claim's place is one of its ideas as well as its figure).
  const ownNeeded = claim.value?.kind === 'place' ? 2 : 1;
  if (features.answering && ownIdeas < ownNeeded && (!figure || weak)) return undefined;
  if (claim.facet) {
    const share = weak ? MATCH_TUNING.placeShare : MATCH_TUNING.figureShare;
    // "Belgium issued the visas on Monday" states the issuing without its number: on a facet whose
    // claims are facts without their figure (`statedWithoutFigure`), a figure the sentence does not
    // give at all is left unsaid, which weighs less than a missing idea.
    const unsaid = !figure && index.figureGrammar.statedWithoutFigure.has(claim.facet) && !features.figures.some((f) => f.facet === claim.facet);
    const figureWeight = share * total * (unsaid ? MATCH_TUNING.unsaidFigureShare : 1);
    total += figureWeight;
    if (figure) {
      found += figureWeight;
      groupsFound++;
    }
  }
  if ((groupsFound < MATCH_TUNING.minGroupsFound && !quoted) || total === 0) return undefined;
  const coverage = (found / total) * Math.min(1, found / MATCH_TUNING.specificityFloor);
  let score = (1 - MATCH_TUNING.textShare) * coverage + MATCH_TUNING.textShare * textOverlap(mi.textStems[i], features.overlapStems);
  // Words the claim's speaker said, in quotation marks: the claim, however little else is paraphrased.
  if (quoted) score = Math.max(score, MATCH_TUNING.quotedScore);
  // A claim that is itself a denial ("cannot block", "does not recognise") may be stated with a
  // negation on words it does not list, so for it any negation in the sentence agrees.
  const negatedHere = mi.negated[i] ? features.negated : negatesClaim(i, features, mi);
  // A two-part claim's polarity is its halves' own (`MatcherIndex.negatedHalves`): "he opposed the
  // invitation" states the affirmative half of "disapproved but could not block it", "he did not
  // oppose it" denies it, and so does "he would block it" the other half. One half said the wrong way
  // round states nothing of the claim; both halves are weighed as any claim is.
  const halves = either && either.own >= 0 ? claim.either!.filter((g) => isFound(features.found, base + g)) : [];
  if (halves.length === 1) {
    const [g] = halves;
    // A wording that holds its own negation ("did not want") is the half said its way.
    const plain = slotWordings(features.found, base + g).filter((a) => !mi.wordings.stems[a].includes(NEGATION_STEM));
    // The affirmative half holds where one of its words stands outside every negation ("he disapproves
    // of the invitation, while explaining Belgium could not oppose it").
    const scope = features.negated ? features.negatedScope() : undefined;
    const agrees = mi.negatedHalves[i].has(g)
      ? features.negated
      : plain.length === 0 || !scope || plain.some((a) => !mi.wordings.stems[a].some((stem) => scope.has(stem)));
    if (!agrees) return undefined;
  } else if (negatedHere !== mi.negated[i]) score *= MATCH_TUNING.polarityPenalty;
  if (features.question) score *= MATCH_TUNING.questionPenalty;
  // A venue claim is stated only where the sentence gives the place as the meeting's venue.
  if (claim.value?.kind === 'place' && !figure) return undefined;
  let relation: Relation = 'supports';
  let sharedOutlier = false;
  if (figure && claim.facet) {
    const verdict = figureVerdict(claim.facet, figure.value, index, mi);
    relation = verdict.relation;
    // An outlier version (one source's evident slip) wins only where the page states its figure and no other's.
    sharedOutlier = Boolean(claim.outlier) && verdict.agreesWith.length > 1;
    if (agrees && !sharedOutlier) {
      score += MATCH_TUNING.agreementBonus + MATCH_TUNING.attestationBonus * claim.sources.length;
    }
  }
  const explained = explainedStems(i, features, mi);
  // Asked of a first claim only, when a second is weighed.
  const spare = once(() => {
    const stems = new Set<number>();
    for (let g = 0; g < weights.length; g++) {
      const hits = slotWordings(features.found, base + g);
      if (weights[g] === 0 || hits.length < 2) continue;
      const wordings = hits.map((a) => mi.wordingStemIds[a]);
      for (const stem of wordings.flat()) if (!wordings.every((other) => other.includes(stem))) stems.add(stem);
    }
    return stems;
  });
  const sentenceCoverage = features.stems.size ? explained.length / features.stems.size : 0;
  const rank =
    score *
    (1 + MATCH_TUNING.evidenceRank * found) *
    (1 + MATCH_TUNING.sentenceRank * sentenceCoverage) *
    (figure && !weak ? 1 + MATCH_TUNING.figureRank : 1) *
    (claim.background ? 1 - MATCH_TUNING.backgroundRank : 1) *
    (sharedOutlier ? 1 - MATCH_TUNING.sharedOutlierRank : 1);
  // Ideas marked `(required)`: a group required for holding a negation is the claim's polarity, not its point.
  // Asked of a second claim only, as `spare` is of a first.
  const requiredStems = once(() => (claim.required ?? []).filter((g) => weights[g] > 0 && !claim.terms[g].includes(NEGATION_TERM)).map((g) => slotWordings(features.found, base + g).map((a) => mi.wordingStemIds[a])));
  return { claim, score, rank, terms, figure, relation, explained, spare, coverage, agrees, requiredStems };
}

/**
 * Versions of a claim differ in their figure, and their texts in words that have nothing to do with
 * the sentence ("Sources expected the talks before the summer" shares "sources" with "EU sources said
 * the meeting would be on Tuesday"). Where the best-ranked candidate on a facet does not agree with
 * the sentence's figure and another on the same figure, expressing as much of its ideas, does, the
 * agreeing version takes its place: the page's figure says which version it states.
 */
function preferAgreeingVersions(candidates: Candidate[]): void {
  const settled = new Set<Facet>();
  for (const [at, top] of candidates.entries()) {
    const facet = top.claim.facet;
    if (!facet || !top.figure || settled.has(facet)) continue;
    settled.add(facet);
    if (top.agrees) continue;
    const other = candidates.findIndex((c, i) => i > at && c.agrees && c.figure === top.figure && c.coverage >= top.coverage);
    if (other >= 0) [candidates[at], candidates[other]] = [candidates[other], candidates[at]];
  }
}

/**
 * Whether the sentence's negation applies to what it says of the claim: one of the claim's wordings
 * it expresses lies in a negation's reach. "Belgium would not, on principle, grant visas" negates the
 * issuing; "Belgium issued five visas, which did not allow travel elsewhere" does not.
 */
function negatesClaim(i: number, features: SentenceFeatures, mi: MatcherIndex): boolean {
  if (!features.negated) return false;
  const scope = features.negatedScope();
  const { found } = features;
  for (let slot = mi.wordings.slotBase[i]; slot < mi.wordings.slotBase[i + 1]; slot++) {
    for (let k = found.first[slot]; k > 0; k = found.next[k - 1]) if (mi.wordings.stems[found.hits[k - 1]].some((stem) => scope.has(stem))) return true;
  }
  return false;
}

/**
 * One word of the sentence is evidence for one idea: where a claim lists a word alone under two ideas
 * ("Brussels" as the inviter and as the place), the sentence's one "Brussels" gives only one of them.
 * Returns the groups left without words of their own when the sentence's words are shared out so
 * that the ideas found weigh the most; undefined when no such word is wanted twice (the usual case).
 */
function groupsSharingWords(i: number, found: FoundWordings, weights: readonly number[], positions: SentenceFeatures['positions'], mi: MatcherIndex): Set<number> | undefined {
  if (!mi.sharing.claims[i]) return undefined;
  // The claim's groups found, in the order first found: ideas of equal weight are placed in that order.
  const [base, end] = [mi.wordings.slotBase[i], mi.wordings.slotBase[i + 1]];
  const slots = found.slots.filter((slot) => slot >= base && slot < end);
  const shared = mi.sharing.wordings;
  // A word inside a phrase ("convicted first", "returns regulation") is the phrase's, not a word alone.
  const single = (a: number) => (shared[a] ? mi.wordings.stems[a] : []);
  // One-word wordings are distinct within a group, so each hit counts one idea wanting its stem.
  let wanted: Map<string, number> | undefined;
  for (const slot of slots) {
    for (let k = found.first[slot]; k > 0; k = found.next[k - 1]) {
      const a = found.hits[k - 1];
      if (!shared[a]) continue;
      const [stem] = mi.wordings.stems[a];
      (wanted ??= new Map()).set(stem, (wanted.get(stem) ?? 0) + 1);
    }
  }
  if (!wanted) return undefined;
  /** A stem wanted by more ideas than the sentence has words of it → how many it has left to give. */
  let left: Map<string, number> | undefined;
  for (const [stem, groups] of wanted) {
    const words = positions.get(stem)?.length ?? 0;
    if (groups > words) (left ??= new Map()).set(stem, words);
  }
  if (!left) return undefined;
  const budget = left;
  const hitsOf = new Map(slots.map((slot) => [slot - base, slotWordings(found, slot)]));
  const groups = [...hitsOf.keys()].sort((a, b) => weights[b] - weights[a]);
  let best = { weight: -1, unplaced: new Set<number>() };
  const unplaced = new Set<number>();
  const place = (k: number, weight: number) => {
    if (k === groups.length) {
      if (weight > best.weight) best = { weight, unplaced: new Set(unplaced) };
      return;
    }
    const g = groups[k];
    const hits = hitsOf.get(g)!;
    // An idea with a wording that wants none of the scarce words is found whatever the others take.
    if (hits.some((a) => !single(a).some((stem) => budget.has(stem)))) return place(k + 1, weight + weights[g]);
    for (const a of hits) {
      const stems = single(a).filter((stem) => budget.has(stem));
      if (stems.some((stem) => budget.get(stem) === 0)) continue;
      for (const stem of stems) budget.set(stem, budget.get(stem)! - 1);
      place(k + 1, weight + weights[g]);
      for (const stem of stems) budget.set(stem, budget.get(stem)! + 1);
    }
    unplaced.add(g);
    place(k + 1, weight);
    unplaced.delete(g);
  };
  place(0, 0);
  return best.unplaced;
}

/**
 * True where the idea `g` is found only as a bare negation (`NEGATION_TERM`) that does not reach the
 * idea before it, which is the one it denies: "contacts do not mean recognition" and "recognition is
 * not on the table" deny the recognition; "seeking legitimacy, not technical cooperation" denies
 * something else. Nor does one whose clause holds no wording of what the denial is said of
 * (`subjects`, see `SUBJECT_TERM`): "the EU does not recognise them, but invited them for talks".
 */
function deniesNothing(base: number, g: number, subjects: readonly number[] | undefined, features: SentenceFeatures, mi: MatcherIndex): boolean {
  const { found } = features;
  if (g === 0 || !isFound(found, base + g)) return false;
  for (let k = found.first[base + g]; k > 0; k = found.next[k - 1]) if (!mi.bareNegation[found.hits[k - 1]]) return false;
  // An answer's "no" denies what its question asked: "Does this mean recognition?" "Officially, no."
  if (!isFound(found, base + g - 1)) return !(features.answering && isFound(features.lent, base + g - 1));
  const scope = features.negatedScope();
  if (!slotWordings(found, base + g - 1).some((a) => mi.wordings.stems[a].some((stem) => scope.has(stem)))) return true;
  const said = subjects?.filter((s) => isFound(found, base + s));
  if (!said?.length) return false;
  const clauses = features.negatedClauses();
  return !said.some((s) => slotWordings(found, base + s).some((a) => mi.wordings.stems[a].every((stem) => clauses.has(stem))));
}

/** The state a sentence opens with, when it names none of the story's own actors (see `MatcherIndex.national`). */
function nationalActor(text: string, mi: MatcherIndex): string[] {
  if (!mi.national?.mentions.test(text)) return [];
  const found = mi.national.opening.exec(text) ?? mi.national.possessive.exec(text);
  if (!found || mi.national.unless.test(text)) return [];
  return [phraseStems((found[1] ?? found[2]).toLowerCase()).join(' ')];
}

/**
 * The sentence's stems claim `i` accounts for: those of the wordings it expresses of ideas that
 * weigh (a condition explains no word), and its own text's stems that the sentence uses.
 */
function explainedStems(i: number, features: SentenceFeatures, mi: MatcherIndex): number[] {
  const { found } = features;
  const weights = mi.groupWeights[i];
  const base = mi.wordings.slotBase[i];
  const seen = stemScratch(mi).explained;
  clearMarks(seen);
  const explained: number[] = [];
  for (let g = 0; g < weights.length; g++) {
    if (weights[g] === 0) continue;
    for (let k = found.first[base + g]; k > 0; k = found.next[k - 1]) {
      for (const id of mi.wordingStemIds[found.hits[k - 1]]) if (addMark(seen, id)) explained.push(id);
    }
  }
  for (const id of mi.textStems[i].ids) if (hasMark(features.numbered, id) && addMark(seen, id)) explained.push(id);
  return explained;
}

/** Marks in `set` (emptied first) the numbered stems of all of `stemSets`. */
function markStems(set: StemMarks, stemSets: readonly ReadonlySet<string>[], mi: MatcherIndex): void {
  clearMarks(set);
  for (const stems of stemSets) {
    for (const stem of stems) {
      const id = mi.stemIds.get(stem);
      if (id !== undefined) addMark(set, id);
    }
  }
}

/** The marked sets of stem numbers matching reuses (read only while one sentence is matched). */
function stemScratch(mi: MatcherIndex): { sentence: StemMarks; overlap: StemMarks; explained: StemMarks } {
  let scratch = stemScratches.get(mi);
  if (!scratch) stemScratches.set(mi, (scratch = { sentence: stemMarks(mi.stemIds.size), overlap: stemMarks(mi.stemIds.size), explained: stemMarks(mi.stemIds.size) }));
  return scratch;
}
const stemScratches = new WeakMap<MatcherIndex, { sentence: StemMarks; overlap: StemMarks; explained: StemMarks }>();

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** The sentence's figure on the claim's facet: one that agrees with the claim if there is one ("no requests… three requests"). */
function figureFor(claim: CompiledClaim, figures: readonly PageFigure[], index: LoadedIndex): PageFigure | undefined {
  const onFacet = figures.filter((f) => f.facet === claim.facet && inTimeFrame(f, figures, index));
  return onFacet.find((f) => claim.value && compareValues(f.value, claim.value) === 'agrees') ?? onFacet[0];
}

/** Weighted share of the claim text's content words that the sentence also uses. */
function textOverlap(claimStems: ClaimTextStems, stems: StemMarks): number {
  if (!claimStems.total) return 0;
  let shared = 0;
  for (let k = 0; k < claimStems.ids.length; k++) if (hasMark(stems, claimStems.ids[k])) shared += claimStems.weights[k];
  return shared / claimStems.total;
}

/** A page figure conflicts when it disagrees with every comparable source value on its facet. */
export function figureVerdict(facet: Facet, value: FigureValue, index: LoadedIndex, mi = matcherIndexOf(index)) {
  let comparable = 0;
  const agreesWith: string[] = [];
  for (const i of mi.byFacet.get(facet) ?? []) {
    const claim = index.claims[i];
    if (!claim.value) continue;
    const verdict = compareValues(value, claim.value);
    if (verdict !== 'incomparable') comparable++;
    if (verdict === 'agrees') agreesWith.push(claim.id);
  }
  const relation: Relation = comparable > 0 && agreesWith.length === 0 ? 'conflicts' : 'supports';
  return { relation, agreesWith };
}
