/**
 * Quotes travel: every outlet that covers a statement prints the same words between quotation marks
 * ("I cannot block it"), however differently it tells the rest. A sentence that quotes a run of a
 * claim's recorded words (`Claim.quote`) states that claim, even with none of the paraphrase's other
 * ideas around it (a pull quote, a headline).
 */
import type { LoadedIndex } from '../../index/hydrate-index';
import { phraseStems, STOPWORDS } from '../text/normalize';

export const QUOTE_TUNING = {
  /** Consecutive words of a claim's quote that a quotation must repeat. */
  minRun: 4,
  /** Fewer do when they are the whole quotation ("'Cannot block it'"). */
  minWholeQuotation: 3,
  /** Of the words repeated, at least this many are not function words ("of the", "we are"). */
  minContentWords: 2,
};

/** A claim's recorded quote as stems, for every claim that has one. */
export interface QuoteIndex {
  quotes: { claim: number; stems: string[] }[];
}

const cache = new WeakMap<LoadedIndex, QuoteIndex>();

export function quoteIndexOf(index: LoadedIndex): QuoteIndex {
  let built = cache.get(index);
  if (!built) {
    built = { quotes: index.claims.flatMap((claim, i) => (claim.quote ? [{ claim: i, stems: phraseStems(claim.quote) }] : [])) };
    cache.set(index, built);
  }
  return built;
}

/**
 * Text between quotation marks: curly double, straight double, and single quotes that stand apart
 * from words (so "Belgium's" and "the envoys' visas" open nothing). A quotation the sentence leaves
 * open (it goes on in the next sentence) runs to the sentence's end.
 */
const QUOTATION = /“([^”]+)(?:”|$)|"([^"]+)(?:"|$)|‘([^’]+)’(?![\p{L}])|(?<![\p{L}\p{N}])'([^']+)'(?![\p{L}])/gu;

/** The quotations of a sentence, in order. */
export function quotations(sentence: string): string[] {
  // Most sentences hold no quotation mark, and an apostrophe inside a word opens nothing.
  if (!/["“‘]|(?<![\p{L}\p{N}])'/u.test(sentence)) return [];
  return [...sentence.matchAll(QUOTATION)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

/** Indexes of the claims whose recorded words one of the sentence's quotations repeats. */
export function quotedClaims(sentence: string, quoteIndex: QuoteIndex): Set<number> {
  const found = new Set<number>();
  if (quoteIndex.quotes.length === 0) return found;
  for (const quotation of quotations(sentence)) {
    const stems = phraseStems(quotation);
    for (const { claim, stems: quote } of quoteIndex.quotes) {
      if (!found.has(claim) && repeats(stems, quote)) found.add(claim);
    }
  }
  return found;
}

/** Whether `quotation` repeats enough consecutive words of `quote` (see QUOTE_TUNING). */
function repeats(quotation: readonly string[], quote: readonly string[]): boolean {
  // Longest common run of words, by dynamic programming over the two short lists.
  let previous = new Array<number>(quote.length + 1).fill(0);
  for (let a = 0; a < quotation.length; a++) {
    const current = new Array<number>(quote.length + 1).fill(0);
    for (let b = 0; b < quote.length; b++) {
      if (quotation[a] !== quote[b]) continue;
      const run = (current[b + 1] = previous[b] + 1);
      const whole = run === quotation.length;
      if (run >= (whole ? QUOTE_TUNING.minWholeQuotation : QUOTE_TUNING.minRun) && contentWords(quotation.slice(a + 1 - run, a + 1)) >= QUOTE_TUNING.minContentWords) {
        return true;
      }
    }
    previous = current;
  }
  return false;
}

function contentWords(stems: readonly string[]): number {
  return stems.filter((s) => !STOPWORDS.has(s)).length;
}
