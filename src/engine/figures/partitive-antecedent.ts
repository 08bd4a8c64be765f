/**
 * "Several member states pushed for faster returns. About a dozen of them asked the Commission…":
 * the count is of what "them" stands for, which the sentence before names. A count followed by "of
 * them", "of those" or "of these" that no cue of its own sentence attributes takes its facet from the
 * nearest counted noun of the sentence before that gives it one, read in its place ("about a dozen
 * of member states asked…"), with this sentence's own context. So does a count whose noun is left
 * out because the sentence before said it ("Belgium had to issue the visas. It granted five on
 * Monday."), read with the noun after it ("granted five visas on Monday").
 */
import type { PageFigure } from '../../types';
import type { FigureGrammar } from './figure-grammar';

const PARTITIVE_PRONOUN = /^\s+of\s+(them|those|these)(?![\p{L}])/iu;
/**
 * What may follow a count whose noun is left out: the end of the clause, or a word that cannot be a
 * noun it counts (a time, a place, a conjunction): "granted five on Monday", "issued five, the
 * ministry said".
 */
const NOUN_LEFT_OUT = /^(?:\s*(?:[,.;:!?)]|[–—]|$)|\s+(?:on|in|at|yesterday|today|overnight|within|before|after|and|but)\b)/iu;
/** A count that a determiner makes a noun phrase of, its noun left out: "the five have arrived", "all five were vetted". */
const DETERMINER_BEFORE = /\b(?:the|all|these|those|its|their)\s+$/iu;
/** What follows such a count as its verb. */
const VERB_AFTER = /^\s+(?:have|has|had|were|are|was|is|will|would|could|did|arrived|left|met|came|flew|travelled|traveled|spent|sat|held)\b/iu;
/** A lone "one" is as often a pronoun ("one said", "one early report") as a count: its noun is never supplied. */
const LONE_ONE = /^(?:one|1)$/i;
/** Words before a bare number that make it a time or a rank, not a count of anything: "at five", "until five". */
const NOT_A_COUNT_BEFORE = /\b(?:at|by|until|till|from|to|past|after|before|around|about|of|than|number|no|page|chapter|article|point|item|claim)\s+$/iu;

/** The phrases of count cues on some facet in `previous` ("member states", "Afghans"), last first. */
function countedNouns(previous: string, grammar: FigureGrammar): string[] {
  const found: { at: number; phrase: string }[] = [];
  for (const { cue, words } of grammar.cues) {
    if (cue.facet === null || !cue.shapes.includes('count')) continue;
    for (const m of previous.matchAll(words())) found.push({ at: m.index, phrase: m[0] });
  }
  return found.sort((a, b) => b.at - a.at || b.phrase.length - a.phrase.length).map((f) => f.phrase);
}

/**
 * `figures` of `sentence`, each unattributed count before a partitive pronoun, or with its noun left
 * out, given the facet it has when the previous sentence's counted noun is read in the pronoun's place
 * or after the count. `parse` reads one sentence's figures (offsets within it). A facet that counts a
 * whole is never given to a part ("two of them" of five envoys).
 */
export function withPartitiveAntecedent(
  sentence: string,
  figures: PageFigure[],
  previous: string | undefined,
  grammar: FigureGrammar,
  parse: (text: string) => PageFigure[],
): PageFigure[] {
  if (!previous || !figures.some((f) => !f.facet && f.value.kind === 'count')) return figures;
  let nouns: string[] | undefined;
  return figures.map((figure) => {
    if (figure.facet || figure.value.kind !== 'count') return figure;
    const rest = sentence.slice(figure.end);
    const pronoun = PARTITIVE_PRONOUN.exec(rest);
    // Where the noun stands in for the pronoun, or is put back after the count.
    const [at, replaced] = pronoun
      ? [figure.end + pronoun[0].length - pronoun[1].length, pronoun[1].length]
      : nounLeftOut(sentence, figure)
        ? [figure.end, 0]
        : [-1, 0];
    if (at < 0) return figure;
    // The nearest noun the count can be of, in this sentence's context ("asked": the states, not the Afghans).
    for (const noun of (nouns ??= countedNouns(previous, grammar))) {
      const read = replaced ? `${sentence.slice(0, at)}${noun}${sentence.slice(at + replaced)}` : `${sentence.slice(0, at)} ${noun}${sentence.slice(at)}`;
      const facet = parse(read).find((f) => f.start === figure.start)?.facet;
      // "Two of them" is a part: never the whole a facet counts. "Granted five" is the whole.
      if (facet) return pronoun && grammar.wholes.has(facet) ? figure : { ...figure, facet };
    }
    return figure;
  });
}

/** Whether a count stands without its noun: followed by no noun it could count, or made a noun phrase by a determiner. */
function nounLeftOut(sentence: string, figure: PageFigure): boolean {
  if (LONE_ONE.test(sentence.slice(figure.start, figure.end))) return false;
  const before = sentence.slice(Math.max(0, figure.start - 12), figure.start);
  const rest = sentence.slice(figure.end);
  if (DETERMINER_BEFORE.test(before) && VERB_AFTER.test(rest)) return true;
  return NOUN_LEFT_OUT.test(rest) && !NOT_A_COUNT_BEFORE.test(before);
}
