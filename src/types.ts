/**
 * The data ClaimLens works on, shared by the engine, the CLI, the tests and the extension.
 * Everything here is plain JSON-safe data: matches carry offsets and quotes, never DOM nodes.
 */

/** Source ids come from the seed file names: 000 … 004. */
export type SourceId = string;

/** What kind of article a source is. */
export type SourceKind = 'news-report' | 'analysis' | 'explainer';

/** A stage the story went through: the id of one of seeds/story.json's `stages`, listed in order. */
export type Stage = string;

/** A dated event as one source reports it. */
export interface SourceDate {
  /** What happened on that date, e.g. "meeting", "visas issued", "report published". */
  label: string;
  /** ISO date `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or a range `FROM/TO` of those. */
  value: string;
}

/** One of the five articles the claim index is built from. */
export interface Source {
  id: SourceId;
  /** A descriptive title, in our own words. */
  title: string;
  /** A short name for tables and cards ("One-day visas analysis"), in our own words. */
  name: string;
  kind: SourceKind;
  stage: Stage;
  dates: SourceDate[];
  /** Outlets, agencies and organisations the article relies on. */
  outlets: string[];
  /** People the article names or quotes. */
  people: string[];
  /** One line on what the article adds, in our own words. */
  summary: string;
}

/** Which source states a claim, and through whom ("003, citing Reuters"). */
export interface SourceRef {
  source: SourceId;
  via?: string;
}

/**
 * What a figure speaks about ("meeting.date", "visas.issued"): a key of the story's
 * seeds/facets.json. The engine knows no facet of its own.
 */
export type Facet = string;

/** The shape of a figure, finer than `FigureValue.kind`: dates are told apart by precision. */
/** `year-part` is a third of a year ("early 2026", "the end of 2025"): more than a year says, less than a month. */
export type FigureShape = 'count' | 'duration' | 'year' | 'year-part' | 'month' | 'day' | 'range' | 'place';

/** A facet as seeds/facets.json defines it. */
export interface FacetSpec {
  key: Facet;
  /** What a reader calls it, in the popup and card ("Meeting date"). */
  label: string;
  /** Kinds of `FigureValue` its claims may hold. */
  kinds: FigureValue['kind'][];
  /** Its claims are facts even without their figure ("Belgium issued the visas"). */
  statedWithoutFigure?: boolean;
  /** It counts a whole: "two of the five envoys" is a part of it, no figure for it. */
  whole?: boolean;
  /** Its nouns make "no …" a count of zero ("no visa requests had been made"). */
  countsZero?: boolean;
  /**
   * How many months from every source's value for the facet a date may be and still be dated by a
   * cue further off: beyond that it takes the facet only from a cue right beside it ("the meeting on
   * 12 March"), since a farther cue is about another event ("after envoys visited Vienna in October").
   */
  periodMonths?: number;
}

/**
 * One group of cue words: a figure of one of `shapes` near one of `words` speaks about `facet`
 * (`null`: about no facet, e.g. "reported on 22 June"). Order in the file breaks ties.
 */
export interface FacetCueSpec {
  facet: Facet | null;
  shapes: FigureShape[];
  /** Words or phrases, matched whole and case-insensitively; a space also matches a hyphen. */
  words: string[];
  /** When present, one of these (or of the named list, "@urging") must occur in the cue's clause, near the cue (see `CONTEXT_REACH`). */
  context?: string[] | string;
  /**
   * The context may be anywhere in the cue's clause, not only near it: for a cue that says what kind
   * of figure follows, whatever its subject ("the documents … were good for a single day").
   */
  contextInClause?: boolean;
  /** Words subtracted from the cue's distance: a cue that binds tighter than plain nearness. */
  pull?: number;
  /** The cue speaks only about figures after it ("reported on 22 June"). */
  onlyBefore?: boolean;
  /**
   * Phrases that, in the cue's clause, place what it names elsewhere: a meeting "in Kabul" is not the
   * story's meeting, so its date is no figure of this cue's facet ("officials sat down with them in
   * Kabul for technical talks in January"), or make it another's: a special envoy's own trip to
   * Kabul is not the officials' mission.
   */
  notIn?: string[];
  /**
   * Phrases that keep the cue where its clause also holds a `notIn` phrase: "about a million
   * applications in the EU, most of them in Germany" counts the EU's applications still.
   */
  unlessIn?: string[];
  /**
   * The cue's words count only as the label a line opens with, a colon after them, as in a fact box
   * ("When: Tuesday 23 June 2026"): said anywhere else they are too common to be a cue ("when the
   * Taliban took Kabul in August 2021").
   */
  label?: boolean;
  /**
   * The cue's words name people as well as an event ("officials in kabul"): followed by a verb of
   * speech they are who speaks, no cue ("talks in Brussels on 23 June, officials in Kabul said").
   */
  names?: boolean;
}

/** Where the story's meeting may be said to take place: its city and the buildings in it. */
export interface VenuesSpec {
  /** Words that make a sentence about a meeting happening somewhere. */
  meetingWords: string[];
  city: { name: string; words: string[] };
  /** Each building: its name, and how reports name it (an owner and a noun, or a name of its own). */
  buildings: { name: string; owners: string[]; nouns: string[]; names: string[] }[];
  /**
   * How a headline, its verb dropped, places the visit: one of the visitors (`subjects`: "Taliban
   * envoys in Brussels") in the city, or the city before one of the visit's `nouns` ("the Taliban's
   * Brussels visit"). Without it, headlines are read as any sentence.
   */
  headline?: { subjects: string[]; nouns: string[] };
}

/**
 * A number that is never one of the story's figures ("the 27 member states": the size of the Union):
 * one of `numbers` before one of `nouns` (one of `modifiers` may sit between) or after one of `after`.
 */
export interface NumberMaskSpec {
  /** Why it is no figure, for maintainers. */
  about: string;
  numbers: string[];
  nouns: string[];
  modifiers?: string[];
  after?: string[];
}

/** seeds/facets.json: the facets, word lists cues refer to by name, the cues in tie-breaking order, venues and masks. */
export interface FacetsSpec {
  facets: FacetSpec[];
  lists?: Record<string, string[]>;
  cues: FacetCueSpec[];
  venues?: VenuesSpec;
  masks?: NumberMaskSpec[];
}

/** How a figure is hedged. */
export type Qualifier = 'exactly' | 'about' | 'more-than' | 'nearly' | 'at-least' | 'up-to';

/**
 * A normalised figure. Discriminated on `kind`.
 * - count: a number of things (5 visas, about 1,000,000 applications).
 * - date: a calendar date at day, month or year precision, optionally a part of a month ("late June").
 *   `approximate` marks a year counted back ("five years ago", found in pages only): it may be the
 *   year before as well, so it confirms either and contradicts none.
 * - date-range: a span given as a range ("before the summer" → up to 2026-06-20); `from`/`to` are ISO dates.
 * - weekday: a day named only by its weekday ("on Tuesday"), `day` 0 (Sunday) to 6; found in pages only.
 * - duration: a length of time in days ("one-day visa" → 1).
 * - place: a named place (the meeting venue), compared by its normalised name; a building names the
 *   city it is `within`, which agrees with it.
 */
export type FigureValue =
  | { kind: 'count'; n: number; qualifier?: Qualifier; note?: string }
  | { kind: 'date'; iso: string; part?: 'early' | 'mid' | 'late'; approximate?: boolean }
  | { kind: 'date-range'; from: string; to: string; label?: string }
  | { kind: 'weekday'; day: number; label: string }
  | { kind: 'duration'; days: number; qualifier?: Qualifier }
  | { kind: 'place'; name: string; within?: string };

/** What sort of statement a claim is. */
export type ClaimKind = 'fact' | 'figure' | 'statement' | 'quote';

/** A claim as written by hand in seeds/claims.json. */
export interface ClaimSpec {
  /** kebab-case, unique, stable: fixtures and tests refer to it. */
  id: string;
  /** The claim in our own words, one fact per claim. */
  text: string;
  kind: ClaimKind;
  /** Present when the claim states a figure; `value` is then required. */
  facet?: Facet;
  value?: FigureValue;
  /** Every source that states it, each once. */
  sources: SourceRef[];
  /** For statements and quotes: who said it. */
  speaker?: string;
  /** For quotes: the short quote itself, with attribution kept in `speaker`. */
  quote?: string;
  /**
   * True for a claim that any coverage of the region might state (the takeover year, Taliban rule at
   * home): it is matched like any claim but is no evidence that a page is about this story.
   */
  background?: boolean;
  /**
   * True for a claim of the story that holds of any contact between its parties ("technical contacts
   * are no recognition" was said of every EU–Taliban contact since 2021): a page may state it about
   * another meeting, so as evidence that a page is about this story it weighs half (see topic-evidence.ts).
   */
  general?: boolean;
  /**
   * True for a version of a figure that one source gives against all the others and that is
   * evidently a slip (a meeting dated two years early): shown as an outlier, never as the consensus.
   */
  outlier?: boolean;
  /**
   * The ideas a sentence must express to state this claim. Each group is one idea; its entries are
   * words or short phrases that can express it (synonyms, inflections, translations of names).
   * Matching needs most groups, weighted by position: put the most telling ideas first.
   */
  terms: string[][];
}

/** The story the index is about, and how to tell it from near misses. */
export interface Story {
  id: string;
  title: string;
  /** The year dates written without one ("23 June") are read in. */
  year: number;
  /**
   * The day the story's coverage begins (`YYYY-MM-DD`): a page dated before it (see page-date.ts) is
   * about something earlier, however many of the story's words it uses ("EU ministers agree to talk
   * to the Taliban", 2021). Without it, a page's date decides nothing.
   */
  coverageFrom?: string;
  summary: string;
  stages: { id: Stage; label: string; description: string }[];
  actors: { name: string; role: string }[];
  /**
   * Signals for the gate. Each group is one concept with its weight; an article is on topic when
   * every `required` group is present and the weighted score passes `threshold`.
   */
  signals: {
    id: string;
    label: string;
    weight: number;
    required: boolean;
    /** A required signal must be mentioned at least this often to count as a theme (default 1). */
    minCount?: number;
    /** Anchor signals must also occur together in one sentence, at least `minCooccurrences` times. */
    anchor?: boolean;
    words: string[];
  }[];
  /** How many sentences must mention all anchor signals at once. */
  minCooccurrences?: number;
  /**
   * Other places the Taliban hold talks (Vienna, Doha, Moscow). An article whose lead names one of
   * them and none of the `leadSignal`'s words is about those talks, even if it mentions ours later.
   */
  otherVenues?: string[];
  /** The signal (by id) whose words must be in the lead when it names another venue. */
  leadSignal?: string;
  /**
   * What coverage reports before the story: European officials' trip to Kabul for talks in January
   * (a `travel` word, then one of `places`: "travelled to Kabul", "a mission to Afghanistan"), the
   * first technical `contacts` of 2025, or a `meeting` held in one of `places`, a few words between
   * ("meets the Taliban deputy premier in Kabul"). An article whose lead tells of one and names none
   * of `home` is about that step or that other meeting, even when it reads like ours (the same
   * officials, the same returns).
   */
  precursors?: { travel: string[]; places: string[]; contacts?: string[]; meeting?: string[]; home: string[] };
  /**
   * Parties to other meetings and deals that coverage of the story mentions in passing (China, Bangladesh,
   * Pakistan). A sentence that names one of them or one of `otherVenues`, and not the story's subject
   * (`evidence.subject`), speaks of that other meeting: it states no claim whose ideas include the subject.
   */
  otherParties?: string[];
  /**
   * Occasions of other meetings that coverage mentions ("on the sidelines of", "an informal meeting of
   * ministers"): like `otherParties`, a sentence naming one and not the story's subject speaks of it.
   */
  otherOccasions?: string[];
  /**
   * States that act on their own in coverage of the story (Germany's deportation flights, Austria's
   * removals). A sentence that opens with one of them and has none of the words of the `unless`
   * signals (the EU's institutions) tells of that state's own doing: it states no claim
   * but those that name the state.
   */
  nationalActors?: {
    words: string[];
    unless: string[];
    /** Words for states acting together ("twenty European governments", "the signatories"): a state named among them acts with them, not on its own. */
    together?: string[];
  };
  /** Kinds of near-miss stories, described for maintainers and tests. */
  nearMisses: string[];
  /** Weighted signal score the first, cheap half of the gate needs. */
  threshold: number;
  /** Nouns after which "the …" opening a sentence points back to the one before ("the visas were…"). */
  referBack?: string[];
  /**
   * The nouns of the story's event ("meeting", "talks"). After "every", "more", "future" and the like
   * they name meetings in general or others ("every 'technical' meeting", "expect more meetings"), so
   * there they give no meeting idea.
   */
  meetingNouns?: string[];
  /**
   * Names of bodies and offices whose words are no ideas of any claim: "State Security" (Belgium's
   * intelligence service) vets visa holders and says nothing of returning people who threaten
   * security. Matched as written, capitals included, so "a threat to state security" still counts.
   */
  names?: string[];
  /**
   * Set phrases whose words together mean something other than each alone: "a return visit" is a
   * visit paid back, "in return" an exchange, and neither returns anyone. Matched in any case; their
   * words give no idea either.
   */
  setPhrases?: string[];
  /**
   * Words that mean something else inside an idiom, each with its idioms: "returned to power" is the
   * takeover, and returns no one. Said only inside one of its idioms, the word gives no one-word
   * wording's idea ("return"); a wording of several words still reads it ("returned to power", the
   * takeover's own), and the idiom's other words count as ever ("power"). Matched in any case.
   */
  idioms?: Record<string, string[]>;
  /** How the second half of the gate weighs the claims a page states (see `weighTopicEvidence`). */
  evidence?: StoryEvidence;
}

/** The gate's evidence rule: claims stated, weighed by where they are, must reach `threshold`. */
export interface StoryEvidence {
  /** Weight of a claim stated in the headline or standfirst. */
  headlineWeight: number;
  /** Weight of a claim stated in the lead (the first `leadWords` words of the body). */
  leadWeight: number;
  leadWords: number;
  threshold: number;
  /** A signal id: only claims stated in a block that names it count (the story's subject, the Taliban). */
  subject?: string;
}

/** The claim index as maintained by hand: seeds/sources.json, claims.json, story.json and facets.json. */
export interface ClaimIndexSpec {
  sources: Source[];
  claims: ClaimSpec[];
  story: Story;
  facets: FacetsSpec;
  /** seeds/thesaurus.json: sets of wordings that say the same thing; a claim's group gains every set it shares a wording with. */
  thesaurus: string[][];
}

// ---------------------------------------------------------------------------------------------
// Engine input and output
// ---------------------------------------------------------------------------------------------

/** The kind of article block a piece of text came from. */
export type BlockKind = 'title' | 'standfirst' | 'heading' | 'paragraph' | 'caption' | 'quote' | 'list-item';

/** A block of article text: `text.slice(start, end)` of its `ArticleText`. */
export interface TextBlock {
  kind: BlockKind;
  start: number;
  end: number;
  /**
   * A fact box's row read as one block ("Visas issued by Belgium 7, valid one day"): the length of
   * its label, which a space joins to the value as the page's text runs on.
   */
  label?: number;
}

/**
 * The readable text of an article: blocks joined by "\n\n", with each block's offsets.
 * Produced from HTML (Node) or from the live DOM (content script); the engine only sees this.
 */
export interface ArticleText {
  title: string;
  text: string;
  blocks: TextBlock[];
  /** The page's date, `YYYY-MM-DD`: the latest of its publication and update dates (see page-date.ts). */
  pageDate?: string;
}

/** A sentence of an `ArticleText`, with offsets into its `text`. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Whether the sentence is a headline or subhead (a `title` or `heading` block), written in headline grammar. */
  headline?: boolean;
  /** The length of the fact box label the sentence opens with (`TextBlock.label`). */
  label?: number;
}

/** A figure found in page text, with where it is and which facet it speaks about. */
export interface PageFigure {
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  raw: string;
  value: FigureValue;
  facet?: Facet;
}

/** One signal the gate saw, for "why is this on topic". */
export interface TopicSignal {
  id: string;
  label: string;
  /** How many times its words occur. */
  count: number;
  weight: number;
}

/** The gate's verdict. */
export interface TopicVerdict {
  /** The story the verdict is about (the index's), so a reader is told which story a page is or is not. */
  story?: { id: string; title: string };
  onTopic: boolean;
  score: number;
  threshold: number;
  signals: TopicSignal[];
  /** Required signals that were absent: why a page was declined. */
  missing: string[];
  /** The claims the page states that made the verdict (after the full analysis). */
  claims?: string[];
}

export type Relation = 'supports' | 'conflicts';
export type Tier = 'confident' | 'possible';

/** What evidence tied a sentence to a claim. */
export interface MatchEvidence {
  /** Claim term groups found in the sentence (their first word). */
  terms: string[];
  /** Named entities shared with the claim. */
  entities: string[];
  /** Figures of the sentence that were compared with the claim's facet. */
  figures: string[];
}

/** A page sentence that states a claim of the index. */
export interface Match {
  /** Offsets into `ArticleText.text`. */
  start: number;
  end: number;
  text: string;
  claimId: string;
  relation: Relation;
  facet?: Facet;
  /** The page's figure for `facet`, when a figure is involved. */
  value?: FigureValue;
  /** 0..1 */
  confidence: number;
  tier: Tier;
  evidence: MatchEvidence;
}

/** One source's value for a facet. */
export interface SourceValue {
  claimId: string;
  value: FigureValue;
  /** Human-readable form of the value. */
  label: string;
  sources: SourceRef[];
}

/** For one facet the page states: the page's figure next to every source's. */
export interface FacetConflict {
  facet: Facet;
  /** The page's figure and the sentence it comes from. */
  page: { value: FigureValue; label: string; start: number; end: number; text: string };
  /** True when the page's figure agrees with no source at the same precision. */
  conflicts: boolean;
  /** Source values the page agrees with. */
  agreesWith: string[];
  sourceValues: SourceValue[];
}

/** A facet on which the index's own sources disagree. */
export interface SourceDisagreement {
  facet: Facet;
  values: SourceValue[];
}

/** How one source relates to this page. */
export interface SourceReport {
  source: SourceId;
  /** Claims this page shares with the source. */
  corroborates: string[];
  /** Claims the source states that this page does not. */
  adds: string[];
}

/** Everything ClaimLens knows about a page. */
export interface Analysis {
  topic: TopicVerdict;
  /** Every match, both tiers, in page order. */
  matches: Match[];
  /** Page facets against source values. */
  conflicts: FacetConflict[];
  /** Facets on which sources disagree among themselves. */
  sourceDisagreements: SourceDisagreement[];
  sources: SourceReport[];
  /** The latest stage of the story this page reflects, if it says. */
  stage?: Stage;
  stats: { sentences: number; ms: number };
}

// ---------------------------------------------------------------------------------------------
// The compiled index (built at build time, loaded by the content script, CLI and tests)
// ---------------------------------------------------------------------------------------------

/** A claim with its terms normalised for matching. */
export interface CompiledClaim extends ClaimSpec {
  /** `terms` after normalisation: each group's alternatives as token lists. */
  groups: string[][][];
  /**
   * Groups a sentence must express (or lend from the sentence it points back to) to state the claim
   * at all: those marked `(required)` in `terms`, and every group holding `(negated)`.
   */
  required?: number[];
  /** Required groups marked `(condition)`: the claim's setting, which must be expressed but weighs nothing. */
  conditions?: number[];
  /** Groups marked `(either)`: two halves of the claim, either of which states it (they weigh as one idea). */
  either?: number[];
  /** Groups marked `(subject)`: what the claim's denial is said of, which a bare negation must share a clause with. */
  subjects?: number[];
}

/** The claim index as the engine uses it. */
export interface ClaimIndex {
  sources: Source[];
  claims: CompiledClaim[];
  story: Story;
  facets: FacetsSpec;
  claimById: ReadonlyMap<string, CompiledClaim>;
  sourceById: ReadonlyMap<string, Source>;
}

/** Options of a full analysis. */
export interface AnalyzeOptions {
  /** Analyse even when the gate says the page is off topic ("scan this page anyway"). */
  force?: boolean;
  /** Confidence (0..1) from which a match is `confident` rather than `possible`. */
  confidentThreshold?: number;
}
