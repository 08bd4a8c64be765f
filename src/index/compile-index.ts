import Fuse from 'fuse.js';
import type { ClaimIndexSpec, CompiledClaim, FacetsSpec, FigureValue, Source, Story } from '../types';
import { PARTICLES, particleStem, phraseStems, STOPWORDS } from '../engine/text/normalize';
import { CONDITION_TERM, EITHER_TERM, NEGATION_STEM, NEGATION_TERM, REQUIRED_TERM, SUBJECT_TERM } from '../engine/text/polarity';
import { VOCABULARY_KEYS } from './vocabulary-keys';

/** The index as shipped in the bundle: JSON, produced once at build time. */
export interface CompiledIndexData {
  version: 1;
  sources: Source[];
  story: Story;
  facets: FacetsSpec;
  claims: CompiledClaim[];
  /** Every stem that claim terms and gate signals use: the vocabulary typo-tolerant lookup maps onto. */
  vocabulary: string[];
  /**
   * `Fuse.createIndex` over the vocabulary, one per first two letters, serialised. A misspelling mostly keeps its
   * first two letters, so a page word is only searched among the few words that share them.
   */
  vocabularyIndex: Record<string, { words: string[]; index: unknown }>;
}


/** Terms that mark a group rather than word an idea (`(negated)` compiles to a stem of its own). */
const MARKERS = new Set([REQUIRED_TERM, CONDITION_TERM, EITHER_TERM, SUBJECT_TERM]);

/** Normalises every claim's term groups into stem lists and builds the vocabulary index. */
export function compileIndex(spec: ClaimIndexSpec): CompiledIndexData {
  const thesaurus = thesaurusStems(spec.thesaurus);
  const claims: CompiledClaim[] = spec.claims.map((claim) => {
    /** The groups holding one of `terms`. */
    const marked = (...terms: string[]) => claim.terms.flatMap((group, g) => (group.some((w) => terms.includes(w)) ? [g] : []));
    const required = marked(REQUIRED_TERM, NEGATION_TERM, CONDITION_TERM);
    const conditions = marked(CONDITION_TERM);
    const either = marked(EITHER_TERM);
    const subjects = marked(SUBJECT_TERM);
    return {
      ...claim,
      ...(claim.value && { value: placedValue(claim.value, spec) }),
      groups: claim.terms.map((group) => dedupe(widen(group.filter((w) => !MARKERS.has(w)).map(contentStems).filter((stems) => stems.length > 0), thesaurus))),
      ...(required.length > 0 && { required }),
      ...(conditions.length > 0 && { conditions }),
      ...(either.length > 1 && { either }),
      ...(subjects.length > 0 && { subjects }),
    };
  });
  const words = new Set<string>();
  for (const claim of claims) for (const group of claim.groups) for (const alt of group) for (const w of alt) words.add(w);
  for (const signal of spec.story.signals) for (const word of signal.words) for (const w of phraseStems(word)) words.add(w);
  const vocabulary = [...words].filter((w) => !STOPWORDS.has(w) && w !== NEGATION_STEM && !w.includes('+')).sort();
  const vocabularyIndex: CompiledIndexData['vocabularyIndex'] = {};
  for (const w of vocabulary) (vocabularyIndex[w.slice(0, 2)] ??= { words: [], index: null }).words.push(w);
  for (const bucket of Object.values(vocabularyIndex)) {
    bucket.index = Fuse.createIndex(VOCABULARY_KEYS, bucket.words.map((w) => ({ w }))).toJSON();
  }
  return { version: 1, sources: spec.sources, story: spec.story, facets: spec.facets, claims, vocabulary, vocabularyIndex };
}

/** A building of the story's venues names its city, so a page that gives only the city agrees with it. */
function placedValue(value: FigureValue, spec: ClaimIndexSpec): FigureValue {
  const venues = spec.facets.venues;
  if (value.kind !== 'place' || value.within || !venues) return value;
  const inCity = venues.buildings.some((b) => b.name.toLowerCase() === value.name.toLowerCase());
  return inCity ? { ...value, within: venues.city.name } : value;
}

/** A negation inside a wording ("not political", "no recognition"): its stopword would otherwise vanish. */
const NEGATED_WORDING = /\b(?:not|no|never|cannot)\b|n['’]t\b/i;

/**
 * A wording's stems without stopwords: page sentences are matched without them too ("came to power").
 * A wording that holds a negation keeps it as `NEGATION_STEM`, which a sentence has only when it is
 * negated: "not political" is not found in "a senior political official".
 */
function contentStems(phrase: string): string[] {
  if (phrase === NEGATION_TERM) return [NEGATION_STEM];
  const all = phraseStems(phrase);
  // "called on", "seen as": a word and its particle are one stem, which a sentence has only where they stand together.
  if (all.length === 2 && !STOPWORDS.has(all[0]) && PARTICLES.has(all[1])) return [particleStem(all[0], all[1])];
  const stems = all.filter((stem) => !STOPWORDS.has(stem));
  return NEGATED_WORDING.test(phrase) && stems.length > 0 ? [...stems, NEGATION_STEM] : stems;
}

/** The thesaurus sets as stem lists (seeds/thesaurus.json: ways news English says the same thing). */
function thesaurusStems(thesaurus: readonly string[][]): string[][][] {
  return thesaurus.map((set) => set.map(contentStems).filter((stems) => stems.length > 0));
}

/** Adds every thesaurus set that shares a wording with the group. */
function widen(alternatives: string[][], thesaurus: readonly string[][][]): string[][] {
  const keys = new Set(alternatives.map((alt) => alt.join(' ')));
  const extra = thesaurus.filter((set) => set.some((alt) => keys.has(alt.join(' ')))).flat();
  return [...alternatives, ...extra];
}

function dedupe(alternatives: string[][]): string[][] {
  const seen = new Set<string>();
  return alternatives.filter((alt) => {
    const key = alt.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
