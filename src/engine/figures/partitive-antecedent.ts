/**
 * "Several member states pushed for faster returns. About a dozen of them asked the Commission…":
 * the count is of what "them" stands for, which the sentence before names. A count followed by "of
 * them", "of those" or "of these" that no cue of its own sentence attributes takes its facet from the
 * nearest counted noun of the sentence before that gives it one, read in its place ("about a dozen
 * of member states asked…"), with this sentence's own context.
 */
import type { PageFigure } from '../../types';
import type { FigureGrammar } from './figure-grammar';

const PARTITIVE_PRONOUN = /^\s+of\s+(them|those|these)(?![\p{L}])/iu;

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
 * `figures` of `sentence`, each unattributed count before a partitive pronoun given the facet it has
 * when the pronoun is replaced by the previous sentence's counted noun. `parse` reads one sentence's
 * figures (offsets within it). A facet that counts a whole ("two of them" of five envoys is a part)
 * is never given.
 */
export function withPartitiveAntecedent(
  sentence: string,
  figures: PageFigure[],
  previous: string | undefined,
  grammar: FigureGrammar,
  parse: (text: string) => PageFigure[],
): PageFigure[] {
  if (!previous || !/\bof\s+(?:them|those|these)\b/i.test(sentence)) return figures;
  let nouns: string[] | undefined;
  return figures.map((figure) => {
    if (figure.facet || figure.value.kind !== 'count') return figure;
    const pronoun = PARTITIVE_PRONOUN.exec(sentence.slice(figure.end));
    if (!pronoun) return figure;
    const at = figure.end + pronoun[0].length - pronoun[1].length;
    // The nearest noun the count can be of, in this sentence's context ("asked": the states, not the Afghans).
    for (const noun of (nouns ??= countedNouns(previous, grammar))) {
      const facet = parse(`${sentence.slice(0, at)}${noun}${sentence.slice(at + pronoun[1].length)}`).find((f) => f.start === figure.start)?.facet;
      if (facet) return grammar.wholes.has(facet) ? figure : { ...figure, facet };
    }
    return figure;
  });
}
