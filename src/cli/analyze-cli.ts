import { analyzeArticle } from '../engine/analyze';
import { loadIndexFromSeeds } from './load-index-data';
import { takeIndexOption } from './read-index-spec';
import { readArticle, InputError } from './read-article';
import { analysisToJson, analysisToText } from './format-analysis';

const USAGE = `usage: npm run --silent analyze -- [--json] [--force] [--index DIR] [--] FILE...
  FILE        an .html or .txt article, or - for standard input
  --json      one JSON object per file, one per line
  --force     analyse even when the page is not about the story
  --index DIR the claim index in DIR (sources.json, claims.json, story.json) instead of seeds/`;

function main(commandLine: string[]): number {
  let indexDir: string | undefined;
  let argv: string[];
  try {
    ({ indexDir, rest: argv } = takeIndexOption(commandLine));
  } catch (error) {
    console.error(`claimlens: ${(error as Error).message}`);
    console.error(USAGE);
    return 2;
  }
  // Everything after `--` is a file, so a file whose name starts with dashes can still be read.
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
  const options = argv.slice(0, end);
  const flags = new Set(options.filter((a) => a.startsWith('--')));
  const files = [...options.filter((a) => !a.startsWith('--')), ...argv.slice(end + 1)];
  const unknown = [...flags].filter((f) => !['--json', '--force', '--help'].includes(f));
  if (flags.has('--help') || files.length === 0 || unknown.length) {
    if (unknown.length) console.error(`claimlens: unknown option ${unknown.join(', ')}`);
    console.error(USAGE);
    return flags.has('--help') ? 0 : 2;
  }
  let index;
  try {
    index = loadIndexFromSeeds(indexDir);
  } catch (error) {
    console.error(`claimlens: the claim index is broken:\n${(error as Error).message}`);
    return 3;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const analysis = analyzeArticle(readArticle(file), index, { force: flags.has('--force') });
      console.log(flags.has('--json') ? JSON.stringify(analysisToJson(file, analysis)) : analysisToText(file, analysis, index) + '\n');
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.error(`claimlens: ${error.message}`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
