/**
 * Inspects the claim index: `npm run --silent claims -- [--json] [--index DIR]` (DIR: another story's
 * index folder, default seeds/).
 * Without --json it prints the sources, the claim count and, per facet, every source's value side
 * by side, which is where the sources' disagreements show. Exits 1 with every problem when the
 * index is broken.
 */
import type { ClaimIndexSpec, ClaimSpec, SourceRef } from '../types';
import { formatValue } from '../index/format-value';
import { validateIndex } from '../index/validate-index';
import { readIndexSpec, takeIndexOption } from './read-index-spec';

/** What `--json` prints: the sources and each claim without its matching terms. */
export function claimsAsJson(spec: ClaimIndexSpec): object {
  return {
    sources: spec.sources,
    claims: spec.claims.map(({ id, text, kind, facet, value, sources }) => ({ id, text, kind, facet, value, sources })),
  };
}

/** The readable report: sources, claim counts, then each facet's values with their sources. */
export function formatClaimsReport(spec: ClaimIndexSpec): string {
  const lines = [`Claim index: ${spec.sources.length} sources, ${spec.claims.length} claims (${countKinds(spec.claims)})`, '', 'Sources'];
  for (const source of spec.sources) {
    lines.push(`  ${source.id}  ${source.kind.padEnd(11)} ${source.stage.padEnd(16)} ${source.title}`);
  }
  lines.push('', 'Figures by facet');
  const facets = spec.facets.facets.map((f) => f.key);
  const width = Math.max(...facets.map((facet) => facet.length)) + 2;
  for (const facet of facets) {
    const values = spec.claims.filter((claim) => claim.facet === facet).map(formatClaimValue);
    lines.push(`  ${facet.padEnd(width)} ${values.join(' | ') || '(none)'}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `5 (000, 003 citing Reuters)` */
function formatClaimValue(claim: ClaimSpec): string {
  const value = claim.value ? formatValue(claim.value) : '?';
  return `${value} (${claim.sources.map(formatSourceRef).join(', ')})`;
}

function formatSourceRef(ref: SourceRef): string {
  return ref.via ? `${ref.source} citing ${ref.via}` : ref.source;
}

function countKinds(claims: ClaimSpec[]): string {
  const counts = new Map<string, number>();
  for (const claim of claims) counts.set(claim.kind, (counts.get(claim.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => `${count} ${kind}`).join(', ');
}

/** Loading stays apart from printing so a compiled index can be swapped in later. */
function loadSpec(seedsDir: string | undefined): ClaimIndexSpec {
  return validateIndex(readIndexSpec(seedsDir));
}

function main(argv: string[]): number {
  let spec: ClaimIndexSpec;
  let args: string[];
  try {
    const { indexDir, rest } = takeIndexOption(argv);
    args = rest;
    spec = loadSpec(indexDir);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const output = args.includes('--json') ? `${JSON.stringify(claimsAsJson(spec), null, 2)}\n` : formatClaimsReport(spec);
  process.stdout.write(output);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
