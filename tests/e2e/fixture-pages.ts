import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where fixture folders live, and the URL prefix the static server gives them. */
const FIXTURE_DIR = path.resolve('tests/fixtures');
const FIXTURE_URL_PREFIX = '/fixtures';

export type FixtureGroup = 'on-topic' | 'near-miss';

/** A fixture page the browser tests can open. */
export interface FixturePage {
  /** `on-topic/01-slug`, for messages. */
  name: string;
  /** Path on the static server, e.g. `/fixtures/on-topic/01-slug/page.html`. */
  urlPath: string;
  /** How many sentences its expected.json labels as conflicting with the sources. */
  plantedConflicts: number;
}

/** Counts entries `{ relation: 'conflicts' }` anywhere in an expected.json, whatever its exact layout. */
export function countConflictLabels(json: unknown): number {
  if (Array.isArray(json)) return json.reduce((sum: number, item) => sum + countConflictLabels(item), 0);
  if (json === null || typeof json !== 'object') return 0;
  const own = (json as { relation?: unknown }).relation === 'conflicts' ? 1 : 0;
  return own + Object.values(json).reduce((sum: number, value) => sum + countConflictLabels(value), 0);
}

function readConflicts(folder: string): number {
  const file = path.join(folder, 'expected.json');
  return existsSync(file) ? countConflictLabels(JSON.parse(readFileSync(file, 'utf8'))) : 0;
}

/** The pages of a group (folders with a page.html), in folder order. */
export function listFixturePages(group: FixtureGroup): FixturePage[] {
  const groupDir = path.join(FIXTURE_DIR, group);
  const slugs = existsSync(groupDir)
    ? readdirSync(groupDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(path.join(groupDir, entry.name, 'page.html')))
        .map((entry) => entry.name)
        .sort()
    : [];
  if (slugs.length === 0) throw new Error(`no ${group} fixture pages: expected ${groupDir}/<NN-slug>/page.html`);
  return slugs.map((slug) => ({
    name: `${group}/${slug}`,
    urlPath: `${FIXTURE_URL_PREFIX}/${group}/${slug}/page.html`,
    plantedConflicts: readConflicts(path.join(groupDir, slug)),
  }));
}

/** The pages the suite uses: an on-topic page with planted conflicts if there is one, a second on-topic page, a near miss. */
export function chooseFixturePages(): { onTopic: FixturePage; otherOnTopic: FixturePage; nearMiss: FixturePage } {
  const onTopicPages = listFixturePages('on-topic');
  const onTopic = onTopicPages.find((page) => page.plantedConflicts > 0) ?? onTopicPages[0];
  const otherOnTopic = onTopicPages.find((page) => page !== onTopic);
  if (!otherOnTopic) throw new Error('the in-page navigation test needs two on-topic fixture pages');
  return { onTopic, otherOnTopic, nearMiss: listFixturePages('near-miss')[0] };
}
