/**
 * Sentence polarity and mood, as cheap cues: a claim and a sentence that differ in negation rarely
 * say the same thing, and a question asserts nothing.
 */
import { wordAlternation } from './word-alternation';
import { allMatches } from './all-matches';
import { tokenize } from './normalize';

/** Negation words, one list for both the test for negation and the search for what it reaches. */
const NEGATION_WORDS = "not|no|never|neither|nor|none|nothing|without|cannot|refuses?|refused|denie[sd]|deny|lack|lacks|lacking|lacked";
const NEGATION = new RegExp(`\\b(?:${NEGATION_WORDS}|n't)\\b`, 'i');

/**
 * A claim term that stands for negation itself: "the EU does not recognise…" and "the EU has never
 * recognised…" state the same thing, but "not" is a stopword and "never" a single wording.
 */
export const NEGATION_TERM = '(negated)';

/** The term that marks a claim's idea as one a sentence must express: without it, the sentence says something else. */
export const REQUIRED_TERM = '(required)';

/**
 * The term that marks an idea as the claim's setting rather than its content: a sentence must express
 * it (as a required idea), but it weighs nothing, so it decides whether the claim can be stated without
 * making the claim outrank the one the sentence is about ("the returns discussed concern rejected
 * asylum seekers" holds of the talks' agenda, not of every sentence naming rejected asylum seekers).
 */
export const CONDITION_TERM = '(condition)';

/**
 * The term that marks the two halves of a claim that says two things ("disapproved but could not
 * block it"): either half, with the rest of the claim, states it, so the halves weigh as one idea.
 */
export const EITHER_TERM = '(either)';

/**
 * The term that marks what a claim's denial is said of ("technical contacts do not mean recognition":
 * the contacts). Where a sentence words the denial with a bare negation alone, a wording of this idea
 * has to stand in a clause that holds the negation: "the EU does not recognise the Taliban, but invites
 * them to talks" denies the recognising, not that the talks amount to it.
 */
export const SUBJECT_TERM = '(subject)';

/** What `NEGATION_TERM` compiles to and a negated sentence's stems include; no page word folds to it. */
export const NEGATION_STEM = '¬';

/** True when the text contains a negation word. */
export function isNegated(text: string): boolean {
  return NEGATION.test(text.replace(/[\u2019']/g, "'").replace(/n't\b/g, " n't"));
}

/** Words a negated verb reaches: "would not, on principle, grant visas" negates the granting. */
const NEGATION_REACH = 8;
/** Words "no", "none" or "without" reach: their noun phrase ("without a right to stay"), not the clause. */
const DETERMINER_REACH = 5;
const NEGATION_WORD = new RegExp(`\\b(?:${NEGATION_WORDS})\\b|n['\u2019]t\\b`, 'gi');
/**
 * Negations of a verb, which deny their whole clause, its subject too ("calling a meeting technical
 * does not make it so"); "no", "none", "without" deny only what follows them ("without a right to stay").
 */
const VERB_NEGATION = /^(?:not|never|cannot|refuses?|refused|denie[sd]|deny|n['\u2019]t)$/i;
/** Where a negation's reach ends: a clause of its own ("…, but", "; ") says something else. */
// "yet" and "though" break a clause only after a comma: "has not yet issued" is one negated verb.
const NEGATION_END = /[;:?!]|\s(?:but|while|whereas|although)\s|,\s*(?:yet|though)\s/i;
/** Where a verb negation's reach back ends: a comma, or a relative clause it belongs to ("…visas that did not…"). */
const NEGATION_START = /[,;:?!()\u2013\u2014]|\b(?:and|but|while|whereas|although|though|yet|that|which|who|whom|whose|where|when)\b/i;

/** Idioms whose negation affirms: "no secret of", "no doubt", "no stranger to", "not only", "not just". */
const AFFIRMING_NEGATION = /^(?:no\s+(?:secret|doubt|stranger)|not\s+(?:only|just))\b/i;

/**
 * The stems a negation in the text applies to: the words after a negation word (`NEGATION_REACH` of
 * them after a negated verb, `DETERMINER_REACH` after "no" or "without") and not past the end of its
 * clause, and for a negated verb also the words before it back to its clause's start. "Belgium issued five visas, which did not allow travel
 * elsewhere" negates the travel, not the issuing.
 */
export function negatedStems(text: string): Set<string> {
  const stems = new Set<string>();
  const negations = allMatches(text, NEGATION_WORD);
  if (negations.length === 0) return stems;
  const tokens = tokenize(text);
  // Negations come in text order: one pointer into the tokens serves them all.
  let next = 0;
  for (const m of negations) {
    // "made no secret of his opposition", "not only … but": a negation that affirms what follows.
    if (AFFIRMING_NEGATION.test(text.slice(m.index, m.index + 24))) continue;
    const from = m.index + m[0].length;
    while (next < tokens.length && tokens[next].start < from) next++;
    const verb = VERB_NEGATION.test(m[0]);
    const reach = verb ? NEGATION_REACH : DETERMINER_REACH;
    for (let t = next; t < tokens.length && t < next + reach; t++) {
      if (NEGATION_END.test(text.slice(from, tokens[t].start))) break;
      stems.add(tokens[t].stem);
    }
    if (!verb) continue;
    // Back from the last token that ends before the negation word.
    let back = next - 1;
    while (back >= 0 && tokens[back].end > m.index) back--;
    for (let t = back; t >= 0 && t > back - NEGATION_REACH; t--) {
      if (NEGATION_START.test(text.slice(tokens[t].start, m.index))) break;
      stems.add(tokens[t].stem);
    }
  }
  return stems;
}

/**
 * Whether the words at `start` are denied by a negated verb before them in their clause: "No, Belgium
 * did not give a dozen Taliban envoys month-long visas" states neither the dozen nor the month. What
 * follows a contrast or a comma ("not six but five", "not the Schengen area, and for one day") is
 * stated, as is what a negation that affirms introduces.
 */
export function deniedAt(text: string, start: number): boolean {
  for (const m of allMatches(text.slice(0, start), NEGATION_WORD)) {
    if (!VERB_NEGATION.test(m[0]) || AFFIRMING_NEGATION.test(text.slice(m.index, m.index + 24))) continue;
    const between = text.slice(m.index + m[0].length, start);
    // Only the negated verb's own object: not past a comma ("valid for Belgium only, not the Schengen
    // area, and for one day"), a clause of its own or a limit ("did not meet until 24 June", "not valid
    // beyond 48 hours"), nor after a verb of saying or denying ("would not say why it issued seven").
    if (NEGATION_END.test(between) || between.includes(',') || DENIAL_STOPS.test(between) || REPORTING_AFTER.test(between)) continue;
    if (wordCount(between) < NEGATION_REACH) return true;
  }
  return false;
}
/**
 * Whether the words at `start` are what a disputed assertion says, not what the page states: a figure
 * after a verb reporters keep for claims they do not vouch for ("the post claims twelve commanders
 * came", "allegedly for a month"), after a rumour, a screenshot or a post going round that says it
 * ("a screenshot has said that “12 Taliban commanders” were granted visas"), in the same clause, or
 * anywhere in a fact-check's "Claim:" line. A fact-check quotes such figures to refute them; what
 * follows a comma, a colon or a "but" is the page's own again.
 */
export function hearsayAt(text: string, start: number): boolean {
  if (CLAIM_LINE.test(text)) return true;
  const before = text.slice(0, start);
  let from = -1;
  for (const m of allMatches(before, HEARSAY)) from = m.index + m[0].length;
  return from >= 0 && !HEARSAY_END.test(before.slice(from));
}
/** A fact-check's line that states the claim it checks: "Claim: …", "Claim, Facebook post …". */
const CLAIM_LINE = /^[^\p{L}\p{N}]*(?:the\s+)?claims?\s*[:,\u2013\u2014]/iu;
/** Where a disputed assertion's reach ends: its clause's end. */
const HEARSAY_END = /[,;:?!()\u2013\u2014]|\s(?:but|while|whereas|although)\s/i;
/**
 * A claim verb or noun (not "asylum claims", "claimed asylum", "claims of Afghans", "claimed power"),
 * "allegedly", "purportedly"; or a rumour, a screenshot, a meme, or a post, tweet or video that went
 * round ("a viral post", "a post shared thousands of times"), and within a few words its verb of
 * saying. "The Washington Post said", "in a post on X, the commissioner said" report no rumour.
 */
const HEARSAY = new RegExp(
  [
    "(?<!\\b(?:asylum|protection|refugee|legal|insurance)\\s+)\\b(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing|edly)|purport(?:s|ed|ing|edly)?|supposedly)\\b(?!\\s+(?:asylum|protection|refugee|international|responsibility|credit|compensation|benefits?|for|of|power|to\\s+power)\\b)",
    "\\b(?:rumou?rs?|screenshots?|memes?|chain\\s+messages?|(?:viral|widely[\\s-]+shared)\\s+[\\p{L}-]+|(?:posts?|tweets?|messages?|videos?)\\s+(?:shared|circulating|going\\s+round|that\\s+went\\s+viral))(?:\\s+[\\p{L}\\p{N}’',-]+){0,14}?\\s+(?:says?|said|has\\s+said|have\\s+said|states?|stated|reads?|suggests?|suggested|insists?|insisted|claims?|claimed)\\b",
  ].join('|'),
  'giu',
);

/** Words that open a clause or set a limit after a negated verb: what follows them is stated. */
const DENIAL_STOPS = /\b(?:that|which|who|whom|whose|when|where|why|whether|if|because|since|as|until|till|beyond|before|after|than|unless|except|only)\b/i;
/** A verb of saying, knowing or denying right after the negation ("would not say", "did not deny"). */
const REPORTING_AFTER = /^\s+(?:(?:yet|even|immediately|publicly)\s+)?(?:say|said|confirm|confirmed|comment|explain|deny|denied|dispute|disputed|hide|know|reveal|disclose|specify|rule|give\s+details)\b/i;

/** Where a clause ends: where a negation's reach ends (`NEGATION_END`), and at a dash or "despite". */
const CLAUSE_BREAK = new RegExp(`${NEGATION_END.source}|[\u2013\u2014]|\\s-{1,2}\\s|\\sdespite\\s`, 'i');

/**
 * The stems of the text's clauses that hold a negation (a negation that affirms, "not only", aside).
 * "The EU does not recognise the Taliban, but the Commission invited them for talks": the talks are
 * in a clause of their own.
 */
export function negatedClauseStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const clause of text.split(CLAUSE_BREAK)) {
    if (!allMatches(clause, NEGATION_WORD).some((m) => !AFFIRMING_NEGATION.test(clause.slice(m.index, m.index + 24)))) continue;
    for (const { stem } of tokenize(clause)) stems.add(stem);
  }
  return stems;
}

/** True when the sentence is a question (ends with a question mark, ignoring closing quotes and brackets). */
export function isQuestion(text: string): boolean {
  return /\?[\s"'”’)\]]*$/.test(text);
}

/** The most words an answer may have and still lean on its question ("Officially, no.", "Five men travelled."). */
export const ANSWER_WORDS = 10;

/**
 * True when `text` is the short answer to the question before it, as in Q&A explainers and
 * interviews: "Does this mean the EU recognises the Taliban?" "Officially, no." Such an answer states
 * what the question asks, with its own figure or polarity.
 */
export function answersQuestion(text: string, previousText: string | undefined): boolean {
  if (previousText === undefined || !isQuestion(previousText) || isQuestion(text)) return false;
  const words = wordCount(text);
  return words > 0 && words <= ANSWER_WORDS;
}

/** How many words (runs of letters and digits) `text` has. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * A fact box's line: a label of one to three words, not in capitals (a dateline, "KABUL:", or a
 * transcript's speaker, "COLAS:", opens prose), then its colon and a short value that asks nothing.
 */
const FACT_LINE = /^[^\p{L}\p{N}]*(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}):\s+(\S.*)$/su;
/** The most words a fact box's value may have ("five Taliban officials, invited by the European Commission"). */
export const FACT_VALUE_WORDS = 15;

/** Labels of a page's furniture, not of facts: a picture's credit, a share bar, a programme's crew. */
const FURNITURE_LABEL = /^(?:(?:file\s+)?photos?|pictures?|images?|illustrations?|video|graphics?|source|credits?|caption|share|filed\s+under|tags|production|music|guests|read\s+more|related|see\s+also|watch|listen)$/i;

/** How far into a line a fact box's label may end: three words, quickly ruled out for prose. */
const LABEL_CHARS = 40;

function isFactLine(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > LABEL_CHARS) return false;
  const line = FACT_LINE.exec(text);
  if (!line || !/\p{Ll}/u.test(line[1]) || FURNITURE_LABEL.test(line[1]) || isQuestion(text)) return false;
  return wordCount(line[2]) <= FACT_VALUE_WORDS;
}

/** A box about another event than the talks ("What: rally by Afghan women's groups against the visit"): its date is that event's. */
const OTHER_EVENT = /\b(?:rall(?:y|ies)|protests?|vigils?|demonstrations?|march(?:es)?|debates?|votes?|press\s+conferences?|hearings?|screenings?|concerts?|exhibitions?|petitions?|strikes?|sit-ins?)\b/i;

/**
 * True when `text` is a fact box's line after another ("Who: five Taliban officials…" then "When:
 * Tuesday 23 June 2026"): each line gives one fact of the box's subject, which it leaves unsaid, as
 * an answer leaves its question's.
 */
export function continuesFactBox(text: string, previousText: string | undefined): boolean {
  return previousText !== undefined && isFactLine(text) && isFactLine(previousText) && !OTHER_EVENT.test(previousText);
}

/**
 * A sentence as the line it is: a fact box's row (`Sentence.label`) with its label set off by a
 * colon, "Visas issued by Belgium: 7, valid one day", as a box written with colons reads.
 */
export function asFactLine({ text, label }: { text: string; label?: number }): string {
  return label ? `${text.slice(0, label)}:${text.slice(label)}` : text;
}

/** Verbs that report what someone said, in the past: "says" is what they say now. */
const SAYING = '(?:said|told|spoke|argued|stressed|promised|insisted)';
/** When, before the story, it was said: "last year", "at the time", "then" (but "by then", "until then" are the story's own time, and ", then" ends a condition). */
const EARLIER_TIME = '(?:last\\s+year|at\\s+the\\s+time|back\\s+then|earlier\\s+this\\s+year|(?:a|two|three|four|five|several)\\s+years\\s+ago)';
const EARLIER_STATEMENT = new RegExp(
  [
    `\\b${SAYING}\\b[^.;:]{0,40}?(?:\\b${EARLIER_TIME}\\b|(?<!(?:\\b(?:by|until|since|from|and)|,)\\s)\\bthen\\b)`,
    `\\b${EARLIER_TIME}\\b[^.;:]{0,40}?\\b${SAYING}\\b`,
    // "Josep Borrell, then the EU's foreign policy chief, …": a former office, so a former statement.
    ",\\s+then\\s+(?:the\\s+)?[a-z'’\\s-]{0,40}?\\b(?:chief|minister|president|commissioner|head|spokes(?:man|woman|person)|leader|secretary|ambassador|envoy)\\b",
  ].join('|'),
  'i',
);

/**
 * True when the sentence reports what someone said before the story ("Earlier this year he said
 * Belgium would not grant visas", "she spoke then of operational contacts", "he told a paper last
 * year"): an earlier position, not a fact of the story as it now stands.
 */
export function reportsEarlierStatement(text: string): boolean {
  return EARLIER_STATEMENT.test(text);
}

/** Pronouns and determiners that open a sentence pointing back to the one before ("Each was valid…", "They say…"). */
const POINTING_WORDS = 'it|its|they|their|them|this|these|those|each|both|neither|none|all|he|she|his|her|such';

/** A conjunction that may open a sentence before its pointing word: "And it insists…", "But they…". */
const OPENING_CONJUNCTION = '(?:and|but|so|yet|or)\\s+';
/** "So would the question of…", "Nor did the visas…": likewise, of what the sentence before said. */
const LIKEWISE = '(?:so|nor|neither)\\s+(?:is|are|was|were|would|will|did|does|do|has|have|had|could|can|should|might)';

/** By the story's noun list itself: the index hands the same array to every sentence. */
const NO_NOUNS: readonly string[] = [];
const referBackPatterns = new WeakMap<readonly string[], RegExp>();

/**
 * The opening of a sentence that points back: a pointing word (after "and", "but"… if any), "the"
 * and one of the story's own nouns, one compound word between at most (`Story.referBack`: "the group
 * took power…", "the five-member delegation met…"),
 * or a "so was…" of likewise. (A list item in lower case continues its lead-in, not the item before
 * it, so lower case alone is no pointer.)
 */
function referBackPattern(nouns: readonly string[]): RegExp {
  let pattern = referBackPatterns.get(nouns);
  if (!pattern) {
    // One compound word may stand between ("the five-member delegation"); a plain adjective may not,
    // since "the European Commission" or "the first meeting" opens a sentence of its own.
    const the = nouns.length ? `|the (?:[a-z0-9]+-[a-z-]+\\s+)?(?:${wordAlternation(nouns)})` : '';
    pattern = new RegExp(`^[\\s"“'‘(]*(?:(?:${OPENING_CONJUNCTION})?(?:${POINTING_WORDS}${the})|${LIKEWISE})\\b`, 'i');
    referBackPatterns.set(nouns, pattern);
  }
  return pattern;
}

/** True when the sentence opens by referring back to what came before it; `nouns` are the story's own. */
export function refersBack(text: string, nouns: readonly string[] = NO_NOUNS): boolean {
  return referBackPattern(nouns).test(text);
}
