import type { FacetSpec } from '../types';
import { FIGURE_SHAPES } from '../engine/figures/figure-grammar';
import { expectKnownKeys, expectText, isNonEmptyString, isRecord, type Report } from './index-shape';

const FACET_KEYS = ['key', 'label', 'kinds', 'statedWithoutFigure', 'whole', 'countsZero', 'periodMonths'];
const CUE_KEYS = ['facet', 'shapes', 'words', 'context', 'contextInClause', 'pull', 'onlyBefore', 'label', 'notIn', 'unlessIn', 'names'];
const VALUE_KINDS = ['count', 'date', 'date-range', 'duration', 'place'];

/**
 * Checks seeds/facets.json: every facet once with a label and value kinds, every cue on a known facet
 * (or null) with known shapes and lowercase words, every `@list` a context names defined. Returns the
 * facets by key for the claims' checks.
 */
export function validateFacets(spec: unknown, report: Report): Map<string, FacetSpec> {
  const known = new Map<string, FacetSpec>();
  const file = 'facets.json';
  if (!isRecord(spec)) {
    report(file, 'must be an object with "facets" and "cues" (and optionally "lists")');
    return known;
  }
  expectKnownKeys(spec, ['facets', 'lists', 'cues', 'venues', 'masks'], file, report);
  checkMasks(spec.masks, `${file} masks`, report);
  checkVenues(spec.venues, `${file} venues`, report);
  const facets = Array.isArray(spec.facets) ? spec.facets : (report(file, '"facets" must be an array'), []);
  facets.forEach((facet, index) => {
    const at = `${file} facets[${index}]${isRecord(facet) && typeof facet.key === 'string' ? ` "${facet.key}"` : ''}`;
    if (!isRecord(facet)) return report(at, 'must be an object');
    expectKnownKeys(facet, FACET_KEYS, at, report);
    expectText(facet, 'key', at, report);
    expectText(facet, 'label', at, report);
    if (!Array.isArray(facet.kinds) || facet.kinds.length === 0 || facet.kinds.some((k) => !VALUE_KINDS.includes(k as string))) {
      report(at, `"kinds" must list value kinds among ${VALUE_KINDS.join(', ')}`);
    }
    for (const flag of ['statedWithoutFigure', 'whole', 'countsZero']) {
      if (facet[flag] !== undefined && typeof facet[flag] !== 'boolean') report(at, `"${flag}" must be true or false`);
    }
    const months = facet.periodMonths;
    if (months !== undefined && !(Number.isInteger(months) && (months as number) >= 0)) report(at, '"periodMonths" must be a whole number of months, 0 or more');
    if (typeof facet.key !== 'string') return;
    if (known.has(facet.key)) report(at, 'duplicate facet key');
    known.set(facet.key, facet as unknown as FacetSpec);
  });
  const lists = isRecord(spec.lists) ? spec.lists : {};
  if (spec.lists !== undefined && !isRecord(spec.lists)) report(file, '"lists" must be an object of word lists');
  for (const [name, words] of Object.entries(lists)) {
    if (!Array.isArray(words) || words.some((w) => !isNonEmptyString(w))) report(`${file} lists.${name}`, 'must be a list of words');
  }
  const cues = Array.isArray(spec.cues) ? spec.cues : (report(file, '"cues" must be an array'), []);
  cues.forEach((cue, index) => checkCue(cue, `${file} cues[${index}]`, known, lists, report));
  return known;
}

function checkCue(cue: unknown, at: string, facets: Map<string, FacetSpec>, lists: Record<string, unknown>, report: Report): void {
  if (!isRecord(cue)) return report(at, 'must be an object');
  expectKnownKeys(cue, CUE_KEYS, at, report);
  if (cue.facet !== null && !facets.has(cue.facet as string)) report(at, `unknown facet ${JSON.stringify(cue.facet)} (known: ${[...facets.keys()].join(', ')}, or null)`);
  if (!Array.isArray(cue.shapes) || cue.shapes.length === 0 || cue.shapes.some((s) => !FIGURE_SHAPES.includes(s))) {
    report(at, `"shapes" must list shapes among ${FIGURE_SHAPES.join(', ')}`);
  }
  const lowercaseWords = (words: unknown) => Array.isArray(words) && words.length > 0 && words.every((w) => isNonEmptyString(w) && w === w.trim().toLowerCase());
  if (!lowercaseWords(cue.words)) report(at, '"words" must be a non-empty list of lowercase, trimmed words');
  if (typeof cue.context === 'string') {
    if (!cue.context.startsWith('@') || !(cue.context.slice(1) in lists)) report(at, `"context" ${JSON.stringify(cue.context)} names no list (define it under "lists")`);
  } else if (cue.context !== undefined && !lowercaseWords(cue.context)) report(at, '"context" must be a list of lowercase words or "@list"');
  if (cue.notIn !== undefined && !lowercaseWords(cue.notIn)) report(at, '"notIn" must be a list of lowercase words');
  if (cue.unlessIn !== undefined && (!lowercaseWords(cue.unlessIn) || cue.notIn === undefined)) report(at, '"unlessIn" must be a list of lowercase words, beside a "notIn"');
  if (cue.pull !== undefined && typeof cue.pull !== 'number') report(at, '"pull" must be a number');
  if (cue.onlyBefore !== undefined && typeof cue.onlyBefore !== 'boolean') report(at, '"onlyBefore" must be true or false');
  if (cue.contextInClause !== undefined && typeof cue.contextInClause !== 'boolean') report(at, '"contextInClause" must be true or false');
  if (cue.label !== undefined && typeof cue.label !== 'boolean') report(at, '"label" must be true or false');
  if (cue.names !== undefined && typeof cue.names !== 'boolean') report(at, '"names" must be true or false');
  if (cue.contextInClause && cue.context === undefined) report(at, '"contextInClause" needs a "context"');
}

function checkVenues(venues: unknown, at: string, report: Report): void {
  if (venues === undefined) return;
  const words = (list: unknown) => Array.isArray(list) && list.every(isNonEmptyString);
  const someWords = (list: unknown) => words(list) && (list as unknown[]).length > 0;
  if (!isRecord(venues)) return report(at, 'must be an object with "meetingWords", "city" and "buildings"');
  expectKnownKeys(venues, ['meetingWords', 'city', 'buildings', 'headline'], at, report);
  const { headline } = venues;
  if (headline !== undefined && !(isRecord(headline) && someWords(headline.subjects) && someWords(headline.nouns))) {
    report(`${at}.headline`, 'must be { "subjects": […], "nouns": […] }, both non-empty lists of words');
  }
  if (!someWords(venues.meetingWords)) report(at, '"meetingWords" must be a non-empty list of words');
  if (!isRecord(venues.city) || !isNonEmptyString(venues.city.name) || !words(venues.city.words)) report(`${at}.city`, 'must be { "name": …, "words": […] }');
  if (!Array.isArray(venues.buildings)) return report(at, '"buildings" must be an array');
  venues.buildings.forEach((b, i) => {
    const where = `${at}.buildings[${i}]`;
    if (!isRecord(b) || !isNonEmptyString(b.name) || !words(b.owners) || !words(b.nouns) || !words(b.names)) {
      return report(where, 'must be { "name", "owners": […], "nouns": […], "names": […] }');
    }
    if ((b.names as unknown[]).length === 0 && ((b.owners as unknown[]).length === 0 || (b.nouns as unknown[]).length === 0)) {
      report(where, 'needs "names", or both "owners" and "nouns", or no report can name it');
    }
  });
}

function checkMasks(masks: unknown, at: string, report: Report): void {
  if (masks === undefined) return;
  if (!Array.isArray(masks)) return report(at, 'must be an array');
  const words = (list: unknown) => Array.isArray(list) && list.every(isNonEmptyString);
  masks.forEach((m, i) => {
    const where = `${at}[${i}]`;
    if (!isRecord(m)) return report(where, 'must be an object');
    expectKnownKeys(m, ['about', 'numbers', 'nouns', 'modifiers', 'after'], where, report);
    expectText(m, 'about', where, report);
    if (!words(m.numbers) || (m.numbers as unknown[]).length === 0) report(where, '"numbers" must list the number as written ("27", "twenty-seven")');
    if (!words(m.nouns)) report(where, '"nouns" must be a list of words');
    for (const key of ['modifiers', 'after']) if (m[key] !== undefined && !words(m[key])) report(where, `"${key}" must be a list of words`);
  });
}
