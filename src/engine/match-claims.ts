import type { CompiledClaim, Facet, FigureValue, Match, PageFigure, Relation, Sentence } from '../types';
import type { LoadedIndex } from '../index/hydrate-index';
import { matcherIndexOf, type MatcherIndex } from './matcher-index';
import { sentenceStems } from './sentence-terms';
import { compareValues } from './compare-values';

/** Default confidence from which a match is highlighted rather than only listed. */
export const DEFAULT_CONFIDENT_THRESHOLD = 0.6;
/** Below this confidence a candidate is not reported at all. */
export const POSSIBLE_THRESHOLD = 0.4;
/** A figure on the claim's facet weighs this share of the claim's ideas together: it is the claim's point. */
const FIGURE_SHARE = 0.6;
/** Among candidates, more evidence wins over a fuller cover of a vaguer claim: rank = confidence × (1 + this × found). */
const EVIDENCE_RANK = 0.1;
/** Summed weight of the ideas found under which confidence is scaled down: generic words alone are not a claim. */
const SPECIFICITY_FLOOR = 4;
/** Fewer ideas than this found in a sentence never make a match. */
const MIN_GROUPS_FOUND = 2;
/** Tie-break among claims on one facet: the one whose figure the page agrees with wins. */
const AGREEMENT_BONUS = 0.05;

interface Candidate {
  claim: CompiledClaim;
  score: number;
  rank: number;
  terms: string[];
  figure?: PageFigure;
  relation: Relation;
}

/**
 * Finds the claim a sentence states, if any. Candidates come from the postings of the sentence's
 * stems plus every claim on a facet the sentence has a figure for; each is scored by the weighted
 * share of its ideas the sentence expresses, with a figure on its facet counting as one more idea.
 */
export function matchSentence(
  sentence: Sentence,
  figures: PageFigure[],
  index: LoadedIndex,
  confidentThreshold = DEFAULT_CONFIDENT_THRESHOLD,
): Match | undefined {
  const mi = matcherIndexOf(index);
  const stems = sentenceStems(sentence.text, index);
  let best: Candidate | undefined;
  for (const i of candidateClaims(stems, figures, mi)) {
    const candidate = scoreClaim(index.claims[i], mi.groupWeights[i], stems, figures, index, mi);
    if (candidate && (!best || candidate.rank > best.rank)) best = candidate;
  }
  if (!best || best.score < POSSIBLE_THRESHOLD) return undefined;
  const confidence = Math.min(1, Math.round(best.score * 1000) / 1000);
  return {
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    claimId: best.claim.id,
    relation: best.relation,
    ...(best.figure ? { facet: best.figure.facet, value: best.figure.value } : {}),
    confidence,
    tier: confidence >= confidentThreshold ? 'confident' : 'possible',
    evidence: {
      terms: best.terms,
      entities: best.terms.filter((t) => mi.entities.has(t)),
      figures: best.figure ? [best.figure.raw] : [],
    },
  };
}

function candidateClaims(stems: Set<string>, figures: PageFigure[], mi: MatcherIndex): Set<number> {
  const found = new Set<number>();
  for (const stem of stems) for (const i of mi.postings.get(stem) ?? []) found.add(i);
  for (const f of figures) if (f.facet) for (const i of mi.byFacet.get(f.facet) ?? []) found.add(i);
  return found;
}

function scoreClaim(
  claim: CompiledClaim,
  weights: number[],
  stems: Set<string>,
  figures: PageFigure[],
  index: LoadedIndex,
  mi: MatcherIndex,
): Candidate | undefined {
  let total = 0;
  let found = 0;
  let groupsFound = 0;
  const terms: string[] = [];
  claim.groups.forEach((group, g) => {
    total += weights[g];
    if (group.some((alt) => alt.every((s) => stems.has(s)))) {
      found += weights[g];
      groupsFound++;
      terms.push(claim.terms[g][0]);
    }
  });
  const figure = claim.facet ? figures.find((f) => f.facet === claim.facet) : undefined;
  if (claim.facet) {
    const figureWeight = FIGURE_SHARE * weights.reduce((a, b) => a + b, 0);
    total += figureWeight;
    if (figure) {
      found += figureWeight;
      groupsFound++;
    }
  }
  if (groupsFound < MIN_GROUPS_FOUND || total === 0) return undefined;
  const coverage = found / total;
  const specificity = Math.min(1, found / SPECIFICITY_FLOOR);
  let score = coverage * specificity;
  let relation: Relation = 'supports';
  if (figure && claim.facet) {
    const verdict = figureVerdict(claim.facet, figure.value, index, mi);
    relation = verdict.relation;
    if (claim.value && compareValues(figure.value, claim.value) === 'agrees') score += AGREEMENT_BONUS;
  }
  return { claim, score, rank: score * (1 + EVIDENCE_RANK * found), terms, figure, relation };
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
