import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR, readIndexSpec } from '../../src/cli/read-index-spec';

/** The facets of seeds/facets.json. */
const FACET_KEYS: string[] = (JSON.parse(readFileSync(join(DEFAULT_SEEDS_DIR, 'facets.json'), 'utf8')) as { facets: { key: string }[] }).facets.map((f) => f.key);

const CLI = ['tsx', 'src/cli/claims-cli.ts'];
const runCli = (...args: string[]) => spawnSync('npx', [...CLI, ...args], { encoding: 'utf8' });
const scratch = mkdtempSync(join(tmpdir(), 'claimlens-seeds-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of seeds/ with one file replaced. */
function seedsWith(file: string, text: string): string {
  const dir = mkdtempSync(join(scratch, 'case-'));
  cpSync(DEFAULT_SEEDS_DIR, dir, { recursive: true });
  writeFileSync(join(dir, file), text);
  return dir;
}

describe('claims CLI', () => {
  it('prints the index as JSON with every facet', () => {
    const output = JSON.parse(execFileSync('npx', [...CLI, '--json'], { encoding: 'utf8' }));
    expect(output.sources).toHaveLength(5);
    expect(output.claims.length).toBeGreaterThanOrEqual(60);
    const visas = output.claims.find((claim: { id: string }) => claim.id === 'belgium-issued-five-visas');
    expect(visas).toEqual({ id: visas.id, text: expect.any(String), kind: 'figure', facet: 'visas.issued', value: { kind: 'count', n: 5 }, sources: expect.any(Array) });
    const facets = new Set(output.claims.map((claim: { facet?: string }) => claim.facet));
    expect(FACET_KEYS.filter((facet) => !facets.has(facet))).toEqual([]);
  });

  it('shows each facet’s values side by side in the readable report', () => {
    const report = execFileSync('npx', CLI, { encoding: 'utf8' });
    expect(report).toMatch(/visas\.issued\s+5 \(000, 003 citing Reuters\) \| 3 requests received, 2 more expected \(002 citing Maxime Prévot\)/);
    expect(report).toMatch(/meeting\.date\s+23 June 2026 .*\| late June 2026 .*\| 25 June 2024/);
  });

  it('exits non-zero with the validator’s message when the index is broken', () => {
    const claims = JSON.stringify((readIndexSpec() as { claims: unknown }).claims).replace('"source":"003"', '"source":"009"');
    const result = runCli('--seeds', seedsWith('claims.json', claims));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('unknown source "009"');
  });

  it.each([
    ['story.json', '{ not json', /story\.json is not valid JSON/],
    ['sources.json', '', /sources\.json is not valid JSON/],
  ])('names %s when it cannot be parsed', (file, text, message) => {
    const result = runCli('--seeds', seedsWith(file, text));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });

  it('names a missing file', () => {
    const dir = mkdtempSync(join(scratch, 'case-'));
    cpSync(DEFAULT_SEEDS_DIR, dir, { recursive: true });
    rmSync(join(dir, 'claims.json'));
    expect(() => readIndexSpec(dir)).toThrow(/claims\.json: file not found/);
  });
});
