/**
 * Decides which facet a figure speaks about from the cue words nearest to it. Each figure takes the
 * facet of the closest cue that fits its shape, so "five visas valid for one day for the 23 June
 * meeting" gives visas.issued 5, visas.validity 1 day and meeting.date 2026-06-23.
 */
import type { Facet, FigureShape, FigureValue, PageFigure } from '../../types';
import { withinOneEdit } from '../text/one-edit';
import { MAX_CUE_DISTANCE, monthSpanOf, type CompiledCue, type FacetCue, type FigureGrammar } from './figure-grammar';
import { allMatches } from '../text/all-matches';
import { lastWordsStart } from '../text/last-words';

/** A figure to attribute: where it is in its sentence and what it is (the sentence is not part of it). */
export type FigureAt = Pick<PageFigure, 'start' | 'end' | 'value'>;

/**
 * The distances by which a figure takes the facet of a cue near it (see `cueDistance`), in words.
 * Exported so the tests can show what each does; every one changes figures in the fixture corpus.
 */
export const FACET_TUNING = {
  /** Counted nouns follow their number ("five visas"): a cue after the figure is slightly closer. */
  afterBonus: 0.5,
  /** A cue beyond another figure most likely belongs to that figure. */
  figureBetweenPenalty: 4,
  /** The most words between a date outside its facet's period and a cue that still dates it ("the meeting on 12 March"). */
  outOfPeriodMaxDistance: 2,
  /**
   * How many months outside its facet's period a date may lie and still be the facet's, misreported:
   * further off, it dates another event however close the cue ("3 September 2021 Meeting in
   * Slovenia, EU ministers set five conditions", a timeline's entry, is no date of a June 2026 meeting).
   */
  periodSlipMonths: 12,
  /**
   * The farthest a cue of the main clause counts as, from a date that opens the sentence set off by
   * a comma ("In January, officials representing some twenty states … spent three days in Kabul"):
   * beyond the out-of-period reach, so such a frame dates only within the facet's period.
   */
  frameReach: 6,
};

/**
 * A lone "one" is as often an article or pronoun as a count ("one report suggested…"), so it takes
 * a facet only from a cue right after it ("one visa", "one delegate").
 */
const LONE_ONE = /^(?:one|1)$/i;
const loneOneMaxDistance = () => 1 - FACET_TUNING.afterBonus;

/** A word, with a clock time or decimal ("09:41", "1.2") counted as one. */
const WORD = /[\p{L}\p{N}]+(?:[:.]\d+)*/gu;

/** The shape of a figure, used to pick the cues that can apply to it. */
export function figureShape(value: FigureValue): FigureShape {
  switch (value.kind) {
    case 'date':
      if (value.iso.length === 4) return value.part ? 'year-part' : 'year';
      return value.iso.length === 7 ? 'month' : 'day';
    case 'date-range':
      return 'range';
    case 'weekday':
      return 'day';
    default:
      return value.kind;
  }
}

interface CueHit {
  cue: FacetCue;
  order: number;
  start: number;
  end: number;
  /** Whether the cue is what the sentence talks about or makes known (see `TOPIC_OBJECT`), tested when first asked. */
  topic?: boolean;
  /** Whether its context was lent by the sentence before: then it speaks only of figures in its own first clause. */
  lent?: boolean;
}

/**
 * Where a cue's context must be found: the clause the cue is in, so "asylum claims are rejected, yet
 * 2,800 Afghans are still housed" gives "Afghans" no asylum context. Clauses end at a semicolon and
 * before a contrasting "yet", "but", "whereas" or "while"; a colon or a dash does not end one, since
 * fact boxes put the context before it ("Delegation: five men"). The spaces are tried from the first of
 * a run only: from every space of a long run, each try read to the run's end (20,000 spaces: 0.5 s).
 */
const CONTEXT_BREAK = /;|,?(?<!\s)\s+(?:yet|but|whereas|while)\s/giu;

/** The [start, end) spans of a sentence's clauses (see CONTEXT_BREAK), in order. */
function clauseSpans(sentence: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of allMatches(sentence, CONTEXT_BREAK)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: sentence.length });
  return spans;
}

/**
 * A sentence's clauses, split only when first asked for (most sentences have no cue with a context),
 * and its words, lower-cased, to skip the cues that open with none of them (see `CompiledCue.opens`).
 */
type Clauses = { sentence: string; spans?: { start: number; end: number }[]; words: ReadonlySet<string> };

/** Whether the sentence has one of the words a cue's phrases open with. */
function opensIn(clauses: Clauses, opens: ReadonlySet<string>): boolean {
  for (const word of opens) if (clauses.words.has(word)) return true;
  return false;
}

/** The span of the clause that holds `position`. */
function spanAt(clauses: Clauses, position: number): { start: number; end: number } {
  const spans = (clauses.spans ??= clauseSpans(clauses.sentence));
  return spans.find((s) => position < s.end) ?? spans[spans.length - 1];
}

/** The text of the clause that holds `position`. */
function clauseAt(clauses: Clauses, position: number): string {
  const span = spanAt(clauses, position);
  return clauses.sentence.slice(span.start, span.end);
}

/**
 * How many words either side of a cue its context must lie within, inside its clause: the whole
 * clause is too loose ("at its daily press briefing the Commission said the meeting, which 15 member
 * states attended, …" has an urging word, "press", but nobody urging).
 */
const CONTEXT_REACH = 8;

/** Characters looked back through for those words, so a long unpunctuated text is not searched from its start for each cue. */
const LOOK_BACK = 40 * CONTEXT_REACH;
const WORDS_AFTER = new RegExp(`^\\S*(?:\\s+\\S+){0,${CONTEXT_REACH}}`, 'u');

/** Where a cue's context is sought: the words of its clause within `CONTEXT_REACH` of it. */
function contextAround(clauses: Clauses, start: number, end: number): string {
  const { sentence } = clauses;
  const span = spanAt(clauses, start);
  // The last CONTEXT_REACH words before the cue, as `(?:\S+\s+){0,CONTEXT_REACH}\S*$` finds them.
  const back = sentence.slice(Math.max(span.start, start - LOOK_BACK), start);
  const before = back.slice(lastWordsStart(back, CONTEXT_REACH));
  const rest = sentence.slice(end, span.end);
  // "17 member states, marshalled by Belgium's asylum minister, wrote to the Commission": a phrase set
  // off by commas after the cue stands between it and its verb, whose words are read past it as well.
  const aside = APPOSITIVE.exec(rest)?.[0] ?? '';
  const after = aside + (WORDS_AFTER.exec(rest.slice(aside.length))?.[0] ?? '');
  return before + sentence.slice(start, end) + after;
}
/**
 * A phrase set off by commas, of a few words and no other punctuation: not an item of a list
 * ("seventeen member states, two Taliban envoys and the Commission, which …"), and not one followed
 * by a relative clause, which says something of the phrase's own noun.
 */
const APPOSITIVE = /^\s*,(?![^,;:.?!()]*\b(?:and|or)\b)[^,;:.?!()]{1,80},(?!\s*(?:which|who|whom|whose|that)\b)/u;

/**
 * A sentence whose subject is a pronoun for what the sentence before named, with its verb: "They were
 * restricted to…", "Each was good for…". Not a possessive ("Their stay was limited…" is about a stay).
 */
const SUBJECT_POINTS_BACK = /^(?:they|these|those|each|both|all\s+five|it)\s+(?:were|was|are|is|had|have|expired|expire|expires|ran|run|lasted|covered|allowed|applied)\b/i;

/**
 * Or a group the sentence before named, counted again with "the": "The five members flew in via
 * Turkey", "The five-man team arrived on Tuesday". The count says it is that group, whose context
 * (the delegation, the Taliban) the sentence before holds. Only the nouns a count cue needs a context
 * for (seeds/facets.json): "the five envoys" are the delegation's in any sentence.
 */
const GROUP_POINTS_BACK = /^the\s+(?:[a-z]+[-‐](?:man|member|strong)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})?(?:[-‐](?:man|member|strong))?\s*(?:members|men|officials|team|people|ministers)\s+(?!of\b)\p{L}/iu;

/**
 * Every cue occurrence in the sentence, split by whether the cue's context holds near it (see
 * `contextAround`). A sentence whose subject points back (see `SUBJECT_POINTS_BACK`) may leave the
 * context to its pronoun, found in `referent`, the sentence before: "Belgium issued the visas. They
 * were restricted to a single day."
 */
function cueHits(clauses: Clauses, grammar: FigureGrammar, wanted: (cue: FacetCue) => boolean, referent?: string, figures: readonly FigureAt[] = []): { active: CueHit[]; idle: CueHit[] } {
  const { sentence } = clauses;
  const active: CueHit[] = [];
  const idle: CueHit[] = [];
  const lender = referent !== undefined && SUBJECT_POINTS_BACK.test(sentence) ? referent : undefined;
  // A group counted again lends its context to the count's noun only ("the five members" are the delegation's).
  const groupLender = referent !== undefined && !lender && GROUP_POINTS_BACK.test(sentence) ? referent : undefined;
  grammar.cues.forEach(({ cue, hitsIn, contextIn, elsewhereIn, opens }, order) => {
    if (!wanted(cue)) return;
    if (opens && !opensIn(clauses, opens)) return;
    // A cue in a clause that places what it names elsewhere ("talks in Kabul") is no cue of its facet.
    const away = elsewhereIn !== undefined && elsewhereIn(sentence);
    // Most cues have no context, and a sentence without the context words anywhere needs no clauses.
    const inSentence = contextIn === undefined || contextIn(sentence);
    const from = lender ?? (cue.shapes.includes('count') ? groupLender : undefined);
    const lent = !inSentence && from !== undefined && contextIn!(from);
    if (!inSentence && !lent && !cue.shapes.includes('count')) return; // idle cues matter only as the noun a count counts
    for (const m of hitsIn(sentence)) {
      if (away && placedElsewhere(clauseAt(clauses, m.index), elsewhereIn, grammar) && !namedByWeekday(sentence, m.index, figures)) continue;
      // The cue's surroundings are read only for a cue with a context the sentence holds somewhere.
      // Lent context reaches only the clause its pronoun is the subject of.
      const isIdle = lent ? spanAt(clauses, m.index).start > 0 : !inSentence || (contextIn !== undefined && !contextIn(
        cue.contextInClause ? clauseAt(clauses, m.index) : contextAround(clauses, m.index, m.index + m[0].length)));
      if (isIdle && !cue.shapes.includes('count')) continue;
      (isIdle ? idle : active).push({ cue, order, start: m.index, end: m.index + m[0].length, ...(lent && { lent }) });
    }
  });
  return { active, idle };
}

/**
 * Whether a cue is named by the weekday it follows ("Tuesday's meeting came after technical missions
 * to Kabul"): the place elsewhere in its clause is then another event's, not the cue's own.
 */
function namedByWeekday(sentence: string, at: number, figures: readonly FigureAt[]): boolean {
  return figures.some((f) => f.value.kind === 'weekday' && f.end <= at && at - f.end <= 3 && POSSESSIVE_GAP.test(sentence.slice(f.end, at)));
}
const POSSESSIVE_GAP = /^['’]s\s$/;

/** Whether a clause places what a cue names elsewhere (`FacetCueSpec.notIn`) and does not name the story's city. */
function placedElsewhere(clause: string, elsewhereIn: (text: string) => boolean, grammar: FigureGrammar): boolean {
  return elsewhereIn(clause) && !grammar.namesCity(clause);
}

function countIn(pattern: RegExp, text: string): number {
  return allMatches(text, pattern).length;
}

/** What a sentence's figures are attributed against, found once per sentence rather than once per figure. */
interface SentenceCues {
  sentence: string;
  grammar: FigureGrammar;
  /** Its clauses, where a cue's context must hold. */
  clauses: Clauses;
  /**
   * Cue hits, by start: only of cues with a shape of one of the sentence's figures, since a cue is
   * only ever read for a figure of its shapes (one for dates is not sought in a sentence of counts).
   */
  hits: CueHit[];
  /** Whether a cue has one of the shapes searched for. */
  searched: (cue: FacetCue) => boolean;
  /** Hits of every cue, by start then cue order: found when first asked for (see `hitJustBefore`). */
  everyHit?: CueHit[];
  /** Count cues whose context is missing from the sentence ("29 countries" with no one urging), by start. */
  idle: CueHit[];
  /** The longest hit, so a hit that starts before a window but reaches into it is not missed. */
  longestHit: number;
  /** Word positions, in order, to bound which hits can be near a figure. */
  words: { start: number; end: number }[];
  /** The figures, by start, to count those between a figure and a cue. */
  figures: FigureAt[];
  /** Where a fact box row's label ends (`FigureContext.label`). */
  label?: number;
}

function sentenceCues(sentence: string, figures: readonly FigureAt[], grammar: FigureGrammar, also?: FigureAt, referent?: string, label?: number): SentenceCues {
  const found = allMatches(sentence, WORD);
  const words = found.map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const clauses: Clauses = { sentence, words: new Set(found.map((m) => m[0].toLowerCase())) };
  // A venue takes the story's place facet without any cue.
  const shapes = new Set([...figures, ...(also ? [also] : [])].filter((f) => f.value.kind !== 'place').map((f) => figureShape(f.value)));
  const searched = (cue: FacetCue) => cue.shapes.some((shape) => shapes.has(shape));
  const { active, idle } = cueHits(clauses, grammar, searched, referent, figures);
  const hits = active.sort((a, b) => a.start - b.start);
  return {
    sentence,
    grammar,
    clauses,
    hits,
    searched,
    idle: idle.sort((a, b) => a.start - b.start),
    longestHit: hits.reduce((longest, h) => Math.max(longest, h.end - h.start), 0),
    words,
    figures: [...figures].sort((a, b) => a.start - b.start),
    label,
  };
}

/** Index of the first item whose `key` is at least `position`, in items sorted by it. */
function firstAtLeast<T>(items: readonly T[], position: number, key: (item: T) => number): number {
  let [low, high] = [0, items.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (key(items[middle]) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The hits that can be within reach of a figure: a superset of those `cueDistance` can accept. */
function hitsNear(cues: SentenceCues, figure: FigureAt): CueHit[] {
  const { words, hits } = cues;
  const first = firstAtLeast(words, figure.start, (w) => w.end);
  const after = firstAtLeast(words, figure.end, (w) => w.start);
  const from = words[first - cues.grammar.windowWords]?.start ?? 0;
  const to = words[after + cues.grammar.windowWords]?.end ?? Infinity;
  const near: CueHit[] = [];
  for (let i = firstAtLeast(hits, from - cues.longestHit, (h) => h.start); i < hits.length && hits[i].start <= to; i++) if (hits[i].end >= from) near.push(hits[i]);
  return near;
}

function figuresWithin(cues: SentenceCues, figure: FigureAt, from: number, to: number): number {
  let count = 0;
  for (let i = firstAtLeast(cues.figures, from, (f) => f.start); i < cues.figures.length && cues.figures[i].start < to; i++) {
    const other = cues.figures[i];
    if (other !== figure && other.end <= to) count++;
  }
  return count;
}

/**
 * A cue that is the topic of what the sentence does ("question officials about the meeting in July",
 * "an inquiry into the talks next month") or what someone made known ("first announced the Brussels
 * visit in January", "disclosed the invitation in May"): a date after it most often dates the
 * questioning or the announcement, not the meeting, so such a cue dates only a figure inside its own
 * phrase ("about the 23 June meeting") or one it is scheduled "for" ("announced the meeting for 23 June").
 */
const TOPIC_OBJECT =
  /\b(?:about|over|regarding|concerning|into|announced|announces|announcing|disclosed|revealed|unveiled|floated|confirmed|confirms|first\s+mentioned)\s+(?:(?:the|this|that|a|an|its|their|his|her|last|next|[\p{L}]+['’]s|[\p{L}]+)\s+){0,2}$/iu;
/** What may stand between such a cue and the date it still sets: "for" ("the meeting for 23 June"). */
const SCHEDULED_FOR = /^\s*(?:,\s*)?(?:(?:which|that)\s+is\s+)?(?:set\s+|planned\s+|scheduled\s+)?for\b/i;
/**
 * Or a verb of the cue's own happening: what was made known is then a clause of its own about the cue
 * ("confirmed the meeting took place on 24 June", "announced the talks would be held on 23 June").
 */
const HAPPENED = /^\s*(?:(?:would|will|had|has|was|were|is|could|might)\s+)?(?:(?:be|been|have\s+been)\s+)?(?:took|take|takes|held|happened|went|go|goes|began|begins|started|ended|fell|falls)\b/i;
const TEMPORAL_SHAPES: readonly FigureShape[] = ['day', 'month', 'year', 'year-part', 'range'];

/**
 * The start of another clause: ", and", ", but", ", while" or ", whereas" before its subject (a name,
 * a pronoun or a determiner: not "…one day, and not one more"), ", and" before a verb of the
 * sentence's subject ("wrote last October, and follows a trip to Kabul"), a semicolon, or a dash set off by spaces.
 */
const NEXT_CLAUSE = /,\s*(?:and|but|while|whereas)\s+(?:(?:the|its|his|her|their|a|an|this|that|these|those|it|they|he|she|we)\b|\p{Lu})|,\s*and\s+\p{Ll}+(?:s|ed)\s+(?:the|a|an|its|their|his|her|to|that)\b|;|\s[–—]\s/u;

/** A colon between words, not inside a clock time ("at 09:00"). */
const CLAUSE_COLON = /(?<!\d):(?!\d)/;
/** A dash right after a figure, set off by spaces. */
const LABEL_DASH = /^\s+[–—]\s/;
/** What may stand before a figure that labels what follows its colon: a word or two ("On", "Tuesday,"). */
const LABEL_BEFORE = /^[^\p{L}\p{N}]*(?:[\p{L}\p{N}]+[^\p{L}\p{N}]+){0,2}$/u;

/**
 * The subject between a date that opens the sentence and the verb it frames: "At the end of April,
 * newspapers wrote…", "In May, the Commission said…". A few words, with nothing that ends a clause.
 */
const FRAMED_SUBJECT = /^\s*,?\s*(?:[\p{L}\p{N}'’-]+\s+){1,4}$/u;

/**
 * What a verb of saying reports, right after it: a clause ("that the EU was preparing…", "the
 * meeting would take place…"), not an object ("announced their return to power", "told Commission
 * officials…") nor a parenthesis ("In January, the Commission said, an EU mission went to Kabul").
 */
const REPORTED_CLAUSE = /^\s+(?:that\b|[^,.;:]{0,40}?\b(?:would|will|was|were|is|are|had|has|could|might)\b)/i;

/**
 * Whether a figure opens the sentence or a clause joined to the one before by ", and", ", but",
 * ", then" or ";" ("…held talks in Kabul in March, and in May the Commission announced"), after a
 * word or two ("in", "at the end of").
 */
function opensClause(sentence: string, figure: FigureAt): boolean {
  const before = sentence.slice(0, figure.start);
  return LABEL_BEFORE.test(before) || JOINED_CLAUSE_BEFORE.test(before.slice(-OPENING_REACH));
}
const JOINED_CLAUSE_BEFORE = /(?:;\s*|,\s*(?:and|but|then)\s+)[^\p{L}\p{N}]*(?:[\p{L}\p{N}]+[^\p{L}\p{N}]+){0,2}$/u;
/** How far back the start of a joined clause is looked for. */
const OPENING_REACH = 40;

/**
 * Whether a figure that opens the sentence or a clause ("At the end of April, …") is the time of the verb of
 * saying right after its subject: the opening date frames the main clause, so "At the end of April,
 * newspapers wrote that Brussels would receive the envoys" dates the writing, not the visit. A cue that
 * dates only what follows it (`FacetCue.onlyBefore`: verbs of saying) takes such a figure as well,
 * when what the verb reports follows it as a clause.
 */
function framesVerbAfter(sentence: string, figure: FigureAt, hit: CueHit): boolean {
  return (
    opensClause(sentence, figure) &&
    (FRAMED_SUBJECT.test(sentence.slice(figure.end, hit.start)) || (opensAsFrame(sentence, figure) && !CLAUSE_END.test(sentence.slice(figure.end, hit.start)))) &&
    REPORTED_CLAUSE.test(sentence.slice(hit.end))
  );
}

/**
 * The start of a sentence that opens with a phrase of time about some event, up to a figure in it
 * ("Weeks after the mission to Kabul in …"); see `opensWithScene`.
 */
const OPENING_PHRASE = /^\s*(?:(?:weeks|days|months|a\s+week|a\s+month|a\s+year|shortly|soon|just|only|long)\s+)?(?:following|after|before|since|ahead\s+of|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of)\b([^,;:.?!]*)$/i;
/** Words that may stand between an opening phrase's preposition and its date without naming an event. */
const NO_EVENT = new Set(['on', 'in', 'at', 'the', 'late', 'early', 'mid', 'around', 'about', 'last', 'this', 'next', 'of', 'by']);

/**
 * "Following a mission to Kabul in January 2026, the Commission hosted…": the figure dates the
 * event the opening phrase names, not the main clause's. "Since August 2021, the Taliban have ruled"
 * names no event there: the date is the main clause's time.
 */
function opensWithScene(before: string): boolean {
  const phrase = OPENING_PHRASE.exec(before);
  return Boolean(phrase && (phrase[1].match(/\p{L}{2,}/gu) ?? []).some((word) => !NO_EVENT.has(word.toLowerCase())));
}

/** A date set off at the start of the sentence ("In January,", "On 23 June,"): the time of its whole main clause, however long its subject. */
function opensAsFrame(sentence: string, figure: FigureAt): boolean {
  return TEMPORAL_SHAPES.includes(figureShape(figure.value)) && FRAME_COMMA.test(sentence.slice(figure.end)) && LABEL_BEFORE.test(sentence.slice(0, figure.start));
}
const FRAME_COMMA = /^\s*,/;

/**
 * Whether a date that opens the sentence frames a far cue of its main clause: not past a verb of
 * saying ("On 2 June, Neumann posted a message stating that the envoys should not be invited"),
 * whose time it is, with what was said after it. A far cue keeps its order among the others.
 */
function framesCue(cues: SentenceCues, figure: FigureAt, hit: CueHit): boolean {
  if (!opensAsFrame(cues.sentence, figure)) return false;
  return !cues.hits.some((other) => other.cue.onlyBefore && other.cue.facet === null && other.start >= figure.end && other.end <= hit.start);
}
/** What ends a clause inside a sentence: the subject of a framed verb runs up to none of these. */
const CLAUSE_END = /[;:.?!]|\s[–—]\s/;

/** "since" and up to three words before the end of a cue ("since the Taliban takeover", a cue "since the taliban"). */
const TIME_ANCHOR = /\bsince\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+$/iu;
/** How far back from a cue its preposition of time is looked for. */
const ANCHOR_REACH = 40;

/** How far a cue is from a figure, in words, with the penalties above; lower is closer. */
function cueDistance(cues: SentenceCues, figure: FigureAt, hit: CueHit): number {
  const after = hit.start >= figure.end;
  if (hit.lent && spanAt(cues.clauses, figure.start).start > 0) return Infinity;
  if (after && hit.cue.onlyBefore && !framesVerbAfter(cues.sentence, figure, hit)) return Infinity;
  if (!after && TEMPORAL_SHAPES.includes(figureShape(figure.value))) {
    hit.topic ??= TOPIC_OBJECT.test(cues.sentence.slice(Math.max(0, hit.start - 60), hit.start));
    const rest = cues.sentence.slice(hit.end, figure.start);
    if (hit.topic && !SCHEDULED_FOR.test(rest) && !HAPPENED.test(rest)) return Infinity;
  }
  const [from, to] = after ? [figure.end, hit.start] : [hit.end, figure.start];
  if (to < from) return Infinity; // the cue overlaps the figure itself
  const between = cues.sentence.slice(from, to);
  // "first confirmed it in May, and its department organised the session": a cue after the figure,
  // past the start of another clause, is that clause's.
  // "23 June 2026 — technical talks with the Taliban in Brussels": a figure that opens the sentence
  // and is set off by a dash labels what follows (a timeline's entry), as a colon's label does.
  const labelled = after && LABEL_DASH.test(between) && LABEL_BEFORE.test(cues.sentence.slice(0, figure.start));
  if (after && NEXT_CLAUSE.test(labelled ? between.replace(LABEL_DASH, ' ') : between)) return Infinity;
  // "had not done since the movement returned to power in August 2021: host Taliban officials": what
  // a colon after the figure opens explains the sentence, unless the figure is the label it opens
  // with ("23 June: the delegation meets Commission officials").
  if (after && CLAUSE_COLON.test(between) && !LABEL_BEFORE.test(cues.sentence.slice(0, figure.start))) return Infinity;
  // "Following a mission to Kabul in January 2026, the Commission hosted a meeting": a figure in the
  // phrase a sentence opens with, to set the scene, is that phrase's; the cues past its comma are the main clause's.
  if (after && between.includes(',') && opensWithScene(cues.sentence.slice(0, figure.start))) return Infinity;
  // "Last October Vienna deported a man for the first time since the Taliban takeover": an event
  // named after "since" is the anchor the sentence counts from, not what its date dates.
  if (after && TIME_ANCHOR.test(cues.sentence.slice(Math.max(from, hit.start - ANCHOR_REACH), hit.end))) return Infinity;
  const words = countIn(WORD, between);
  return (
    (after && words > FACET_TUNING.frameReach && framesCue(cues, figure, hit) ? FACET_TUNING.frameReach + words / 100 : words) -
    (after ? FACET_TUNING.afterBonus : 0) -
    (hit.cue.pull ?? 0) +
    figuresWithin(cues, figure, from, to) * FACET_TUNING.figureBetweenPenalty
  );
}

/**
 * The facet one figure of a sentence speaks about, or undefined when no cue is close enough.
 * `figures` are all figures of the sentence, so that a cue nearer to another figure goes to that one.
 */
export function attributeFacet(sentence: string, figure: FigureAt, grammar: FigureGrammar, figures: readonly FigureAt[] = [figure]): Facet | undefined {
  return facetOf(sentence, grammar, () => sentenceCues(sentence, figures, grammar, figure), figure);
}

/** "Two of the five envoys": a part of a whole, after its number. */
const PARTITIVE = /^\s+of\s+(?:the|them|those|these|its|their|his|her)\b/i;

/** `cuesOf` is asked only for a figure that needs the sentence's cues: a venue does not. */
function facetOf(sentence: string, grammar: FigureGrammar, cuesOf: () => SentenceCues, figure: FigureAt): Facet | undefined {
  const facet = figure.value.kind === 'place' ? grammar.placeFacet : nearestFacet(cuesOf(), figure);
  // A part of a whole ("two of the five envoys") is no figure for a facet that counts the whole; for
  // facets that count those who did something ("a dozen of them asked") the part is the figure.
  if (facet && grammar.wholes.has(facet) && PARTITIVE.test(sentence.slice(figure.end, figure.end + 12))) return undefined;
  return facet;
}

function nearestFacet(cues: SentenceCues, figure: FigureAt): Facet | undefined {
  const shape = figureShape(figure.value);
  if (shape === 'count') {
    const counted = countedNounFacet(cues, figure);
    // "Countries behind the push" "20 signatories": a fact box row's label names what its count
    // counts as well; where the label and the noun name two facets' things, the count is neither's.
    if (counted && counted !== NO_NOUN && labelFacets(cues, figure).some((facet) => facet !== counted)) return undefined;
    if (counted !== NO_NOUN) return counted ?? undefined;
  }
  const loneOne = shape === 'count' && LONE_ONE.test(cues.sentence.slice(figure.start, figure.end));
  const maxDistance = loneOne ? loneOneMaxDistance() : MAX_CUE_DISTANCE;
  let best: { facet: Facet | null; score: number; hit: CueHit } | undefined;
  for (const hit of hitsNear(cues, figure)) {
    if (!hit.cue.shapes.includes(shape)) continue;
    const score = cueDistance(cues, figure, hit);
    if (loneOne && hit.start < figure.end) continue;
    if (!canDate(cues, figure, hit, score, maxDistance)) continue;
    if (closerFigureOwns(cues, figure, hit, score)) continue;
    if (!best || score < best.score || (score === best.score && isEarlierCue(hit, best.hit))) {
      best = { facet: hit.cue.facet, score, hit };
    }
  }
  return best?.facet ?? undefined;
}

/**
 * Whether a cue at `score` may give a figure its facet: close enough, and for a date outside the
 * facet's period only when right beside it, never when more than a year outside.
 */
function canDate(cues: SentenceCues, figure: FigureAt, hit: CueHit, score: number, maxDistance = MAX_CUE_DISTANCE): boolean {
  if (score > maxDistance) return false;
  if (score > FACET_TUNING.outOfPeriodMaxDistance && outsidePeriod(cues.grammar, hit.cue.facet, figure.value)) return false;
  return !outsidePeriod(cues.grammar, hit.cue.facet, figure.value, FACET_TUNING.periodSlipMonths);
}

/** Whether a date lies outside every period of the facet (a claim's value widened by the facet's `periodMonths`), by more than `slip` months. */
function outsidePeriod(grammar: FigureGrammar, facet: Facet | null, value: FigureValue, slip = 0): boolean {
  const periods = facet === null ? undefined : grammar.periods.get(facet);
  const span = periods && monthSpanOf(value);
  return span !== undefined && periods!.every((p) => span.last < p.first - slip || span.first > p.last + slip);
}

/** What may stand between a fact box row's label and the count that opens its value: a word or two ("nearly", "at least"). */
const VALUE_OPENING = /^:\s+(?:\p{L}+\s+){0,2}$/u;

/** The facets whose counted things a fact box row's label names, when the count opens its value. */
function labelFacets(cues: SentenceCues, figure: FigureAt): Facet[] {
  const { label } = cues;
  if (label === undefined || !VALUE_OPENING.test(cues.sentence.slice(label, figure.start))) return [];
  return cues.hits.filter((h) => h.end <= label && h.cue.facet && h.cue.shapes.includes('count')).map((h) => h.cue.facet!);
}

/** The most words between a number and the noun it counts ("five senior Taliban envoys"). */
const NOUN_PHRASE_WORDS = 3;
/**
 * Words that end the noun phrase after a number: what follows is no longer the thing counted. A
 * determiner opens a phrase of its own: "5 The size of the delegation", a numbers list's item, counts no "size".
 */
const PHRASE_END = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'of', 'in', 'at', 'on', 'to', 'for', 'from', 'with', 'by', 'into', 'about', 'after', 'before', 'and', 'or', 'but',
  'than', 'as', 'who', 'which', 'that', 'were', 'was', 'are', 'is', 'be', 'been', 'have', 'has', 'had', 'will',
  'would', 'could', 'can', 'may', 'might', 'should', 'did', 'do', 'does', 'per', 'each', 'apiece', 'ago', 'later', 'earlier',
]);
/** A word that is a verb form ("five arrived", "three remaining"), not the counted noun. */
const VERB_FORM = /(?:ed|ing)$/i;
/** A number followed by this is a rate ("one per delegate"), not a count. */
const RATE = /^\s+(?:per|each|apiece)\b/i;
/**
 * "each" or "apiece" right after a counted noun, ending its clause or before the ones who got them:
 * "one visa each", "two visas apiece and no more", "one visa each to the five envoys". ("five visas
 * each valid for a day" and "twelve officials each from a different ministry" count the visas and
 * the officials: there "each" opens a phrase of its own.)
 */
const DISTRIBUTIVE_AFTER = /^\s+(?:each|apiece)(?=\s*$|\s*[.,;:)\u2013\u2014]|\s+(?:and|but|or|to)\b)/i;
/** `countedNounFacet` found no noun right after the number: nearness decides. */
const NO_NOUN = Symbol('no noun');

/**
 * A count speaks about what it counts: the facet of the cue in the noun phrase right after it
 * ("five one-day permits", "nearly 20 EU countries"). "two black cars" or "about twenty minutes"
 * count something no facet counts, and "a dozen member states took part" counts states where no one
 * urges anything: those get no facet (null), whatever cue stands nearby. With no noun after the number
 * ("the delegation numbered five", "five of them"), `NO_NOUN` lets nearness decide.
 */
function countedNounFacet(cues: SentenceCues, figure: FigureAt): Facet | null | typeof NO_NOUN {
  const { sentence, words } = cues;
  // "one per delegate", "two each": a rate, which counts no facet's whole.
  if (RATE.test(sentence.slice(figure.end, figure.end + 12))) return null;
  let end = figure.end;
  let taken = 0;
  for (let i = firstAtLeast(words, figure.end, (w) => w.start); i < words.length && taken < NOUN_PHRASE_WORDS; i++) {
    const word = sentence.slice(words[i].start, words[i].end);
    if (!/^[\s‐-]*$/.test(sentence.slice(end, words[i].start)) || PHRASE_END.has(word.toLowerCase()) || /^\p{N}/u.test(word)) break;
    if (taken === 0 && VERB_FORM.test(word)) break;
    end = words[i].end;
    taken++;
  }
  if (taken === 0) return NO_NOUN;
  // "one visa each", "two permits apiece": a rate after the counted noun, which counts no facet's whole.
  if (DISTRIBUTIVE_AFTER.test(sentence.slice(end, end + 16))) return null;
  // "granted 1,200 Afghans asylum": a verb that claims its count for no facet, right before it, decides.
  const before = hitJustBefore(cues, figure);
  if (before && before.cue.facet === null && before.cue.shapes.includes('count')) return null;
  // The first noun of the phrase decides; at one position the longest cue ("member states", not
  // "member"), and a cue idle for want of its context claims the count for no facet.
  let best: { hit: CueHit; idle: boolean } | undefined;
  for (const [list, idle] of [[cues.hits, false], [cues.idle, true]] as const) {
    for (let i = firstAtLeast(list, figure.end, (h) => h.start); i < list.length && list[i].start < end; i++) {
      const hit = list[i];
      if (!hit.cue.shapes.includes('count')) continue;
      const b = best?.hit;
      const better = !b || hit.start < b.start || (hit.start === b.start && (hit.end > b.end || (hit.end === b.end && !idle && hit.order < b.order)));
      if (better) best = { hit, idle };
    }
  }
  // A lone "one" counts what directly follows it or nothing: "one opposition member" is no delegation.
  if (best && LONE_ONE.test(sentence.slice(figure.start, figure.end)) && !/^[\s‐-]*$/.test(sentence.slice(figure.end, best.hit.start))) return null;
  // So does one right after the counted noun ("the 15 member states that attended"): it says what those counted did.
  if (best && completedByClaimlessVerb(cues, best.hit.end)) return null;
  if (best) return best.idle ? null : best.hit.cue.facet;
  return misspeltCountNoun(sentence.slice(figure.end, end), clauseAt(cues.clauses, figure.start), cues.grammar) ?? null;
}

/** What may stand between a noun phrase and the verb that completes it: "that", "who", "which", an auxiliary. */
const COMPLETES_PHRASE = /^\s*(?:(?:that|which|who)\s+)?(?:(?:had|have|has)\s+)?$/i;

/** Whether a cue that claims counts for no facet follows the counted noun ending at `end`, as the verb it does. */
function completedByClaimlessVerb(cues: SentenceCues, end: number): boolean {
  for (let i = firstAtLeast(cues.hits, end, (h) => h.start); i < cues.hits.length; i++) {
    const hit = cues.hits[i];
    if (!COMPLETES_PHRASE.test(cues.sentence.slice(end, hit.start))) return false;
    if (hit.cue.facet === null && hit.cue.shapes.includes('count')) return true;
  }
  return false;
}

/**
 * The cue hit that ends right before a figure, the one starting last ("said" in "officials said"):
 * of any cue, whatever its shapes, since a word there that is a cue for dates still stands between.
 */
function hitJustBefore(cues: SentenceCues, figure: FigureAt): CueHit | undefined {
  if (!cues.everyHit) {
    const others = cueHits(cues.clauses, cues.grammar, (cue) => !cues.searched(cue)).active;
    cues.everyHit = others.length ? [...cues.hits, ...others].sort((a, b) => a.start - b.start || a.order - b.order) : cues.hits;
  }
  return cues.everyHit.findLast((h) => h.end <= figure.start && h.end >= figure.start - 2);
}

/** One-word count cues, for recognising a misspelt counted noun ("five Taleban officals"). */
const countNounLists = new WeakMap<FigureGrammar, { word: string; cue: FacetCue; contextIn?: (text: string) => boolean }[]>();

/**
 * The facet of a counted noun typed with one letter wrong, missing, doubled or swapped ("officals",
 * "delegattes"): only words of five letters or more, and a cue's context must hold as for any cue.
 */
function misspeltCountNoun(phrase: string, clause: string, grammar: FigureGrammar): Facet | undefined {
  let countNounList = countNounLists.get(grammar);
  if (!countNounList) {
    countNounList = grammar.cues.filter(({ cue }) => cue.facet && cue.shapes.includes('count')).flatMap(({ cue, contextIn }: CompiledCue) =>
      cue.words.filter((w) => /^\p{L}{5,}$/u.test(w)).map((word) => ({ word, cue, contextIn })),
    );
    countNounLists.set(grammar, countNounList);
  }
  for (const word of phrase.toLowerCase().match(/\p{L}{5,}/gu) ?? []) {
    // A word spelt right, or a cue word's singular or plural, was a cue already or was ruled out as one
    // (its context too far, its place elsewhere): only a misspelling is read here.
    const found = countNounList.find((n) => !sameWord(word, n.word) && withinOneEdit(word, n.word) && (!n.contextIn || n.contextIn(clause)));
    if (found) return found.cue.facet ?? undefined;
  }
  return undefined;
}

/** The same word, or its singular or plural ("afghan", "afghans"). */
function sameWord(a: string, b: string): boolean {
  return a === b || a === `${b}s` || b === `${a}s`;
}

/**
 * One cue dates or counts one figure: "returned to power in August 2021, resumed removals in late
 * August 2024" gives the takeover to 2021, and 2024 must find a cue of its own.
 */
function closerFigureOwns(cues: SentenceCues, figure: FigureAt, hit: CueHit, score: number): boolean {
  return cues.figures.some((other) => {
    if (other === figure || other.value.kind === 'place') return false;
    const shape = figureShape(other.value);
    if (!hit.cue.shapes.includes(shape)) return false;
    const distance = cueDistance(cues, other, hit);
    if (distance >= score) return false;
    // "Tuesday's meeting came after missions to Kabul …, the most recent in March": a figure that
    // has a closer cue of another facet ("meeting") that may date it is that facet's, and leaves this
    // cue to the next figure. A cue it may not take ("held" beside August 2021) leaves it this one.
    return !hitsNear(cues, other).some((own) => {
      if (own.cue.facet === hit.cue.facet || !own.cue.shapes.includes(shape)) return false;
      const closer = cueDistance(cues, other, own);
      return closer < distance && canDate(cues, other, own, closer);
    });
  });
}

/** Ties go to the cue listed first in the grammar (seeds/facets.json), then to the earlier occurrence. */
function isEarlierCue(hit: CueHit, than: CueHit): boolean {
  return hit.order < than.order || (hit.order === than.order && hit.start < than.start);
}

/**
 * Attributes every figure of a sentence. "N others" / "N more" takes the facet of the count before
 * it ("three visa requests … and two others"), since its noun is that count's noun.
 */
export function attributeFacets(sentence: string, figures: readonly FigureAt[], grammar: FigureGrammar, referent?: string, label?: number): PageFigure[] {
  const result: PageFigure[] = [];
  let cues: SentenceCues | undefined;
  const cuesOf = () => (cues ??= sentenceCues(sentence, figures, grammar, undefined, referent, label));
  for (const figure of figures) {
    const found = addsToEarlierCount(figure, result) ?? facetOf(sentence, grammar, cuesOf, figure);
    // "received no special requests" near "Belgium's asylum ministry": none is a figure only of a
    // facet whose reports can state none (`countsZero`: no visa requests), never of a million applications.
    const facet = found && isNone(figure.value) && !grammar.zeroFacets.has(found) ? undefined : found;
    result.push({ ...figure, raw: sentence.slice(figure.start, figure.end), ...(facet && { facet }) });
  }
  return result;
}

function isNone(value: FigureValue): boolean {
  return value.kind === 'count' && value.n === 0;
}

function addsToEarlierCount(figure: FigureAt, earlier: readonly PageFigure[]): Facet | undefined {
  if (figure.value.kind !== 'count' || figure.value.note !== 'others') return undefined;
  return earlier.findLast((f) => f.value.kind === 'count' && f.facet)?.facet;
}
