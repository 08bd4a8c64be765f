import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's own seeds folder, where the hand-written claim index lives. */
export const DEFAULT_SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** The three files of a claim index and the `ClaimIndexSpec` field each one fills. */
export const INDEX_FILES = { sources: 'sources.json', claims: 'claims.json', story: 'story.json', facets: 'facets.json', thesaurus: 'thesaurus.json', concepts: 'concepts.json' } as const;

/**
 * Reads seeds/sources.json, claims.json, story.json and facets.json from a folder (Node only) into one
 * unvalidated object; pass it to `validateIndex`. Throws naming the file that is missing or not JSON.
 */
export function readIndexSpec(seedsDir: string = DEFAULT_SEEDS_DIR): unknown {
  const spec: Record<string, unknown> = {};
  for (const [field, file] of Object.entries(INDEX_FILES)) {
    spec[field] = readJsonFile(join(seedsDir, file));
  }
  return spec;
}

/** One index file, parsed; the error names the file so a broken seed is quick to find. */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read claim index file ${displayPath(path)}: ${reason(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`Claim index file ${displayPath(path)} is not valid JSON: ${reason(error)}`);
  }
}

function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') ? path : fromHere;
}

function reason(error: unknown): string {
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return 'file not found';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Takes `--index DIR` (or the older `--seeds DIR`) out of a command line: the folder of another
 * story's index. Returns the folder, if given, and the other arguments; throws when DIR is missing.
 */
export function takeIndexOption(args: readonly string[]): { indexDir?: string; rest: string[] } {
  const at = args.findIndex((a) => a === '--index' || a === '--seeds');
  if (at < 0) return { rest: [...args] };
  const dir = args[at + 1];
  if (!dir || dir.startsWith('--')) throw new Error(`${args[at]} needs a folder holding sources.json, claims.json and story.json`);
  return { indexDir: dir, rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}
