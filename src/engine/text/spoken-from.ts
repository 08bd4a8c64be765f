/**
 * The words before a place that make it where someone spoke, not where talks are: "speaking at a
 * press conference in Brussels", "told reporters in Brussels", "the Commission said in Brussels".
 * A source ending just before the place, for a look-behind or, anchored, a test of what precedes it.
 */
export const SPOKEN_FROM_SOURCE =
  '\\b(?:(?:press|news)\\s+(?:conference|briefing)s?|briefing|speaking|spoke|told\\s+(?:reporters|journalists)|said)\\s+(?:in|at)\\s+(?:the\\s+)?';
