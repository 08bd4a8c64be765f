/**
 * Text normalisation shared by the index compiler and the matcher, so claim terms and page
 * sentences meet in the same form: lower case, accents folded, light stemming.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WORD = /[\p{L}\p{N}]+/gu;
/** The same, for splitting one folded word ("ﬁnal" stays one, an apostrophe splits): not shared with `tokenize`'s loop. */
const WORD_PART = /[\p{L}\p{N}]+/gu;

/** Lower-cases, folds accents (Prévot → prevot) and unifies apostrophes and dashes. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
}

/**
 * Suffixes stripped by `stem`, longest first. A deliberately light stemmer: both sides of every
 * comparison go through it, so consistency matters more than linguistic accuracy.
 */
const SUFFIXES: [suffix: string, replacement: string][] = [
  ['izations', ''], ['ization', ''], ['ations', ''], ['ation', ''], ['gnition', 'gn'], ['itions', ''], ['ition', ''],
  ['ssions', 'ss'], ['ssion', 'ss'], ['ctions', 'ct'], ['ction', 'ct'], ['ities', ''], ['ity', ''],
  ['ments', ''], ['ment', ''], ['ings', ''], ['ating', ''], ['ing', ''], ['ness', ''], ['ally', ''], ['ies', 'y'],
  ['ied', 'y'], ['ised', ''], ['ized', ''], ['ise', ''], ['ize', ''], ['ates', ''], ['ated', ''],
  ['ate', ''], ['ers', ''], ['er', ''], ['ed', ''], ['es', ''], ['ly', ''], ['als', ''], ['al', ''], ['s', ''], ['e', ''],
];

/** Words whose form the stemmer must not touch (short function-like words and names). */
const KEEP = new Set(['us', 'eu', 'un', 'uk', 'news', 'series', 'swiss', 'this', 'has', 'was', 'is', 'its', 'less']);

/**
 * Words the suffix rules would give another word's stem: "authorities" is no "authorisation", which
 * would make "the Belgian authorities" an authorisation to enter.
 */
const STEM_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  // "Authority" is power ("authority over its citizens"); "the authorities" are officials. Neither is
  // "authorisation".
  ['authority', 'authority'],
  ['authorities', 'authorities'],
  // "Kabul's rulers" are people; "ruling that…" is a court's decision.
  ['ruler', 'ruler'],
  ['rulers', 'ruler'],
  // Words of a news page that the suffix rules would merge with a word of the story's claims, found by
  // listing every page word that shares a stem with a one-word wording of the index (2026-12-06):
  // a reader's "comment" is no "come", a protest's "banner" no "ban", a "department" did not
  // "depart", "asylum seekers" do not "seek" legitimacy, what someone "will" do is no willingness,
  // a "plane" was not "planned", "close to twenty" and "closer ties" are no "closed" door, a
  // "mission" is not "missing", "minors" are not "minorities", a "position" is not "posed",
  // "forces" (troops) are not "forced" returns, "backed" (supported) is not sent "back", "judges"
  // are not "judged", a police "chief" and the "main" point are not "chiefly" or "mainly", what a
  // minister "stated" is no member "state", "authors" did not
  // "authorise", "aides" are no "aid", "letting" is no "letter", and rights "organisations" did not
  // "organise" the meeting.
  ...[
    ['comment', 'comments'], ['banner', 'banners'], ['department', 'departments'], ['seeker', 'seekers'],
    ['willing', 'willing'], ['plane', 'planes'], ['close', 'closer', 'closely', 'closest'], ['mission', 'missions'],
    ['minority', 'minorities'], ['position', 'positions'], ['forces', 'forces'], ['backed', 'backs', 'backing'],
    ['judge', 'judges'], ['chiefly', 'chiefly'], ['mainly', 'mainly'], ['stated', 'stated'],
    ['author', 'authors'], ['aide', 'aides'], ['letting', 'letting'],
    ['organisation', 'organisations', 'organization', 'organizations'],
  ].flatMap(([kept, ...forms]): [string, string][] => [kept, ...forms].map((form) => [form, kept])),
]);

/** Reduces an already folded word to a crude stem: "deportations" → "deport", "visas" → "visa". */
export function stem(word: string): string {
  if (word.length <= 3 || KEEP.has(word) || /\d/.test(word)) return word;
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  const exception = STEM_EXCEPTIONS.get(w);
  if (exception) return exception;
  for (const [suffix, replacement] of SUFFIXES) {
    const minStem = suffix.startsWith('al') ? 5 : 3;
    if (w.endsWith(suffix) && w.length - suffix.length + replacement.length >= minStem) {
      if (suffix === 's' && (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is'))) continue;
      // "-ional" is an adjective of its own: "Afghan nationals" are not "nations", "regional" talks no "region".
      if (suffix.startsWith('al') && w.endsWith(`ion${suffix}`)) continue;
      w = w.slice(0, w.length - suffix.length) + replacement;
      break;
    }
  }
  // Undouble a final consonant left by -ing/-ed ("planned" → "plann" → "plan").
  if (/([bdfgmnprt])\1$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** A token of normalised text with its position in the original string. */
export interface Token {
  stem: string;
  start: number;
  end: number;
}

/** Splits text into stemmed word tokens, keeping offsets into the original text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, (stems, start, end) => {
    for (const part of stems) tokens.push({ stem: part, start, end });
  });
  return tokens;
}

/**
 * Calls `visit` with each word of `text` in order: its stems (see `wordStems`) and its [start, end)
 * offsets. Words are found in the original text and folded one by one, so offsets stay true even
 * where folding changes the length ("ﬁ" → "fi", "…" → "..."). A plain exec loop on a pattern of the
 * call's own: a huge text is read a word at a time, not held as match objects all at once, and a
 * `visit` that reads words itself cannot move this loop's place.
 */
export function forEachWord(text: string, visit: (stems: readonly string[], start: number, end: number) => void): void {
  const word = new RegExp(WORD);
  for (let m = word.exec(text); m; m = word.exec(text)) visit(wordStems(m[0]), m.index, m.index + m[0].length);
}

/**
 * The stems of one word as written ("Taliban's" → ["taliban"], "ﬁnal" → ["final"]), remembered: a page
 * repeats its words, and folding and stemming each occurrence is most of tokenising. The memory is
 * emptied when full, so a huge page of distinct words cannot grow it without bound.
 */
function wordStems(word: string): readonly string[] {
  let stems = stemsOfWord.get(word);
  if (!stems) {
    if (stemsOfWord.size >= WORD_MEMORY) stemsOfWord.clear();
    stems = (ASCII_WORD.test(word) ? [word.toLowerCase()] : (foldText(word).match(WORD_PART) ?? [])).map(stem);
    stemsOfWord.set(word, stems);
  }
  return stems;
}
const stemsOfWord = new Map<string, readonly string[]>();
const WORD_MEMORY = 20_000;
/** A word folding cannot change beyond its case. */
const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** The stems of a word or phrase, in order: "send back" → ["send", "back"]. */
export function phraseStems(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.stem);
}

/** Words so common in English that they never count as evidence. */
export const STOPWORDS = new Set(
  ('a an the and or but of to in on at for by with from as is are was were be been being it its this that these those ' +
    'has have had will would could should may might can not no than then there their they them he she his her we our ' +
    'you your i who whom which what when where why how also into over after before about up out more most some such ' +
    'only other any each both all said says say')
    .split(' ')
    .map(stem),
);

/**
 * Prepositions that, right after a content word, make a phrase of it whose sense the word alone
 * lacks: "called on" and "called for" urge where "called" names, "seen as" judges where "seen" sees.
 * Stopwords otherwise, so a wording like "call on" would shrink to a bare "call". Only prepositions,
 * which stand right after their word; an adverb particle may stand apart ("kept girls out").
 */
export const PARTICLES = new Set(['on', 'for', 'with', 'about', 'as', 'of', 'to'].map(stem));

/** The one stem a word and the particle after it make together ("call" + "on" → "call+on"). */
export function particleStem(wordStem: string, particle: string): string {
  return `${wordStem}+${particle}`;
}

