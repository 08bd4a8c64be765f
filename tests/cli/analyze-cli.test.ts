import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run analyze` as a user runs it: a real process, real files, exit codes and streams. The runs are
 * started together in `beforeAll` (each one loads the index, a couple of seconds) and the tests read
 * their results.
 */
const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = 'src/cli/analyze-cli.ts';
const ON_TOPIC = 'tests/fixtures/on-topic/01-wire-brief/page.html';
const OTHER_ON_TOPIC = 'tests/fixtures/on-topic/12-news-report-after/page.html';
const MISSING = 'tests/fixtures/on-topic/no-such-page.html';
const JSON_KEYS = ['file', 'onTopic', 'score', 'signals', 'missing', 'stage', 'matches', 'possible', 'conflicts', 'sourceDisagreements', 'sources', 'stats'];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Each stdout line parsed as JSON (for --json runs). */
  lines: () => Record<string, unknown>[];
}

function runCli(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [CLI, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({ status, stdout, stderr, lines: () => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) }),
    );
    child.stdin.end(stdin ?? '');
  });
}

const runs: Record<string, Run> = {};
let emptyFile = '';

beforeAll(async () => {
  emptyFile = path.join(mkdtempSync(path.join(tmpdir(), 'claimlens-cli-')), 'empty.txt');
  writeFileSync(emptyFile, '');
  const plan: Record<string, [string[], string?]> = {
    json: [['--json', ON_TOPIC]],
    // One run covers the multi-file cases: each file gets its line or its complaint, in order.
    files: [['--json', ON_TOPIC, MISSING, emptyFile, OTHER_ON_TOPIC]],
    stdin: [['--json', '-'], readFileSync(path.join(ROOT, ON_TOPIC), 'utf8')],
    unknown: [['--verbose', ON_TOPIC]],
    text: [[ON_TOPIC]],
    afterDashes: [['--json', '--', ON_TOPIC]],
  };
  const results = await Promise.all(Object.values(plan).map(([args, stdin]) => runCli(args, stdin)));
  Object.keys(plan).forEach((name, i) => (runs[name] = results[i]));
}, 60_000);

describe('analyze CLI', () => {
  it('prints one JSON line with the documented keys for an on-topic page', () => {
    const { status, lines } = runs.json;
    expect(status).toBe(0);
    const [line, ...rest] = lines();
    expect(rest).toEqual([]);
    expect(Object.keys(line).sort()).toEqual([...JSON_KEYS].sort());
    expect(line).toMatchObject({ file: ON_TOPIC, onTopic: true, missing: [] });
  });

  it('puts confident matches in `matches` and the rest in `possible`', () => {
    const [line] = runs.json.lines() as { matches: { tier: string }[]; possible: { tier: string }[] }[];
    expect(line.matches.length).toBeGreaterThan(0);
    expect(new Set(line.matches.map((m) => m.tier))).toEqual(new Set(['confident']));
    for (const m of line.possible) expect(m.tier).toBe('possible');
  });

  it('prints one line per readable file, in the order given', () => {
    expect(runs.files.lines().map((l) => l.file)).toEqual([ON_TOPIC, OTHER_ON_TOPIC]);
  });

  it('names a missing file on stderr and exits non-zero, still analysing the files after it', () => {
    const complaint = runs.files.stderr.split('\n').find((l) => l.includes(MISSING));
    expect(complaint).toContain('no such file');
    expect(runs.files.status).not.toBe(0);
    expect(runs.files.lines().at(-1)?.file).toBe(OTHER_ON_TOPIC);
  });

  it('refuses an empty text file as having no article text', () => {
    const complaint = runs.files.stderr.split('\n').find((l) => l.includes(emptyFile));
    expect(complaint).toContain('no article text');
    expect(runs.files.lines().map((l) => l.file)).not.toContain(emptyFile);
  });

  it('reads HTML from standard input given `-`', () => {
    const { status, lines } = runs.stdin;
    expect(status).toBe(0);
    const [fromStdin] = lines();
    const [fromFile] = runs.json.lines();
    expect(fromStdin).toMatchObject({ file: '-', onTopic: true });
    expect(fromStdin.matches).toEqual(fromFile.matches);
  });

  it('answers an unknown option with the usage and exit code 2', () => {
    expect(runs.unknown.status).toBe(2);
    expect(runs.unknown.stderr).toContain('--verbose');
    expect(runs.unknown.stderr).toContain('usage:');
    expect(runs.unknown.stdout).toBe('');
  });

  it('reads every argument after `--` as a file', () => {
    expect(runs.afterDashes.status).toBe(0);
    expect(runs.afterDashes.lines().map((l) => l.file)).toEqual([ON_TOPIC]);
  });

  it('prints a readable report without --json', () => {
    const { status, stdout } = runs.text;
    expect(status).toBe(0);
    expect(stdout).toContain(ON_TOPIC);
    expect(stdout).toContain('on topic: yes');
    expect(stdout).toMatch(/confident matches \(\d+\)/);
    expect(() => JSON.parse(stdout.split('\n')[0])).toThrow();
  });
});
