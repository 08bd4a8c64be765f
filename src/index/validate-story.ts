import { isIsoDate } from './iso-date';
import { stem } from '../engine/text/normalize';
import { expectKnownKeys, expectText, expectTextList, isNonEmptyString, isRecord, type Report } from './index-shape';

const STORY_KEYS = ['id', 'title', 'year', 'coverageFrom', 'summary', 'stages', 'actors', 'signals', 'nearMisses', 'threshold', 'minCooccurrences', 'otherVenues', 'leadSignal', 'precursors', 'otherParties', 'otherOccasions', 'nationalActors', 'evidence', 'referBack', 'meetingNouns', 'names', 'setPhrases', 'idioms'];
const SIGNAL_KEYS = ['id', 'label', 'weight', 'required', 'anchor', 'minCount', 'words'];

/** Checks the story entry against `Story`: every stage once and in order, sane gate signals. */
export function validateStory(story: unknown, report: Report): void {
  const where = 'story';
  if (!isRecord(story)) {
    report(where, 'must be an object');
    return;
  }
  expectKnownKeys(story, STORY_KEYS, where, report);
  for (const key of ['id', 'title', 'summary']) expectText(story, key, where, report);
  expectTextList(story, 'nearMisses', where, report);
  if (!Number.isInteger(story.year) || (story.year as number) < 1900 || (story.year as number) > 2100) report(where, '"year" must be the story\'s year, e.g. 2026');
  if (story.coverageFrom !== undefined && !(typeof story.coverageFrom === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(story.coverageFrom) && isIsoDate(story.coverageFrom))) {
    report(where, '"coverageFrom" must be a day, YYYY-MM-DD (e.g. 2026-01-01)');
  }
  if (typeof story.threshold !== 'number' || !(story.threshold > 0)) report(where, '"threshold" must be a number > 0');
  if (story.minCooccurrences !== undefined && !(Number.isInteger(story.minCooccurrences) && (story.minCooccurrences as number) >= 1)) {
    report(where, '"minCooccurrences" must be a whole number ≥ 1');
  }
  checkStages(story.stages, report);
  checkActors(story.actors, report);
  checkSignals(story.signals, report);
  checkLead(story, report);
  checkEvidence(story, report);
  if (story.referBack !== undefined) expectTextList(story, 'referBack', 'story', report);
  if (story.meetingNouns !== undefined) expectTextList(story, 'meetingNouns', 'story', report);
  if (story.names !== undefined) expectTextList(story, 'names', 'story', report);
  if (story.setPhrases !== undefined) expectTextList(story, 'setPhrases', 'story', report);
  checkIdioms(story, report);
  if (story.otherParties !== undefined) expectTextList(story, 'otherParties', 'story', report);
  if (story.otherOccasions !== undefined) expectTextList(story, 'otherOccasions', 'story', report);
  checkNationalActors(story, report);
  checkPrecursors(story, report);
}

function checkPrecursors(story: Record<string, unknown>, report: Report): void {
  const precursors = story.precursors;
  if (precursors === undefined) return;
  const where = 'story.precursors';
  if (!isRecord(precursors)) return report(where, 'must be an object with "travel", "places" and "home" (and "contacts", "meeting")');
  expectKnownKeys(precursors, ['travel', 'places', 'contacts', 'meeting', 'home'], where, report);
  for (const key of ['travel', 'places', 'home', ...['contacts', 'meeting'].filter((k) => precursors[k] !== undefined)]) {
    if (expectTextList(precursors, key, where, report).length === 0 && Array.isArray(precursors[key])) report(where, `"${key}" must list at least one word`);
  }
}

function checkNationalActors(story: Record<string, unknown>, report: Report): void {
  const actors = story.nationalActors;
  if (actors === undefined) return;
  const where = 'story.nationalActors';
  if (!isRecord(actors)) return report(where, 'must be an object with "words" and "unless"');
  expectKnownKeys(actors, ['words', 'unless', 'together'], where, report);
  expectTextList(actors, 'words', where, report);
  if (actors.together !== undefined) expectTextList(actors, 'together', where, report);
  const ids = new Set(Array.isArray(story.signals) ? story.signals.filter(isRecord).map((s) => s.id) : []);
  if (!Array.isArray(actors.unless) || actors.unless.length === 0 || actors.unless.some((id) => !ids.has(id))) {
    report(where, '"unless" must list ids of the story\'s signals');
  }
}

function checkEvidence(story: Record<string, unknown>, report: Report): void {
  const evidence = story.evidence;
  if (evidence === undefined) return;
  const where = 'story.evidence';
  if (!isRecord(evidence)) return report(where, 'must be an object with headlineWeight, leadWeight, leadWords and threshold');
  expectKnownKeys(evidence, ['headlineWeight', 'leadWeight', 'leadWords', 'threshold', 'subject'], where, report);
  if (evidence.subject !== undefined && !(Array.isArray(story.signals) && story.signals.some((s) => isRecord(s) && s.id === evidence.subject))) {
    report(where, '"subject" must be the id of one of the signals');
  }
  for (const key of ['headlineWeight', 'leadWeight', 'leadWords', 'threshold']) {
    if (typeof evidence[key] !== 'number' || !((evidence[key] as number) > 0)) report(where, `"${key}" must be a number > 0`);
  }
}

function checkLead(story: Record<string, unknown>, report: Report): void {
  if (story.otherVenues === undefined && story.leadSignal === undefined) return;
  expectTextList(story, 'otherVenues', 'story', report);
  const ids = Array.isArray(story.signals) ? story.signals.map((s) => (isRecord(s) ? s.id : undefined)) : [];
  if (!ids.includes(story.leadSignal)) report('story', '"leadSignal" must be the id of one of the signals, given with "otherVenues"');
}

function checkStages(stages: unknown, report: Report): void {
  const ids = Array.isArray(stages) ? stages.map((stage) => (isRecord(stage) ? stage.id : undefined)) : [];
  if (ids.length === 0 || ids.some((id) => typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))) report('story.stages', 'must list the story\'s stages in order, each with a kebab-case "id"');
  if (new Set(ids).size !== ids.length) report('story.stages', 'lists a stage twice');
  if (!Array.isArray(stages)) return;
  stages.forEach((stage, index) => {
    const at = `story.stages[${index}]`;
    if (!isRecord(stage)) return;
    expectKnownKeys(stage, ['id', 'label', 'description'], at, report);
    expectText(stage, 'label', at, report);
    expectText(stage, 'description', at, report);
  });
}

function checkActors(actors: unknown, report: Report): void {
  if (!Array.isArray(actors) || actors.length === 0) return report('story', '"actors" must be a non-empty array');
  actors.forEach((actor, index) => {
    const at = `story.actors[${index}]`;
    if (!isRecord(actor)) return report(at, 'must be an object with "name" and "role"');
    expectKnownKeys(actor, ['name', 'role'], at, report);
    expectText(actor, 'name', at, report);
    expectText(actor, 'role', at, report);
  });
}

function checkSignals(signals: unknown, report: Report): void {
  if (!Array.isArray(signals) || signals.length === 0) return report('story', '"signals" must be a non-empty array');
  const seen = new Set<unknown>();
  signals.forEach((signal, index) => {
    const at = `story.signals[${index}]${isRecord(signal) && typeof signal.id === 'string' ? ` "${signal.id}"` : ''}`;
    if (!isRecord(signal)) return report(at, 'must be an object');
    expectKnownKeys(signal, SIGNAL_KEYS, at, report);
    expectText(signal, 'id', at, report);
    expectText(signal, 'label', at, report);
    if (seen.has(signal.id)) report(at, 'duplicate signal id');
    seen.add(signal.id);
    if (typeof signal.weight !== 'number' || !(signal.weight > 0)) report(at, '"weight" must be a number > 0');
    if (typeof signal.required !== 'boolean') report(at, '"required" must be true or false');
    if (signal.anchor !== undefined && typeof signal.anchor !== 'boolean') report(at, '"anchor" must be true or false');
    if (signal.minCount !== undefined && !(Number.isInteger(signal.minCount) && (signal.minCount as number) >= 1)) {
      report(at, '"minCount" must be a whole number ≥ 1');
    }
    const words = expectTextList(signal, 'words', at, report);
    if (words.some((word) => !isNonEmptyString(word) || word !== word.trim().toLowerCase())) {
      report(at, '"words" must be lowercase and trimmed');
    }
  });
}

function checkIdioms(story: Record<string, unknown>, report: Report): void {
  const { idioms } = story;
  if (idioms === undefined) return;
  if (!isRecord(idioms)) return report('story.idioms', 'must be an object: each word with the idioms it means something else in');
  const stems = new Map<string, string>();
  for (const [word, phrases] of Object.entries(idioms)) {
    const where = `story.idioms "${word}"`;
    if (!/^\p{L}+$/u.test(word)) report(where, 'must be one word');
    const stemmed = stem(word.toLowerCase());
    if (stems.has(stemmed)) report(where, `has the stem of "${stems.get(stemmed)}": list its idioms under that word`);
    stems.set(stemmed, word);
    if (expectTextList(idioms, word, 'story.idioms', report).length === 0 && Array.isArray(phrases)) report(where, 'must list at least one idiom');
    for (const phrase of Array.isArray(phrases) ? phrases : []) {
      if (typeof phrase === 'string' && !phrase.toLowerCase().split(/\s+/).some((w) => w.startsWith(word.toLowerCase()))) report(where, `"${phrase}" does not contain the word`);
    }
  }
}

