import type { Analysis, Match } from '../types';
import type { LoadedIndex } from '../index/hydrate-index';

/** The CLI's JSON shape: confident matches in `matches`, the rest in `possible`. */
export function analysisToJson(file: string, analysis: Analysis) {
  const strip = ({ text, start, end, claimId, relation, facet, value, confidence, tier, evidence }: Match) => ({
    text, start, end, claimId, relation, ...(facet ? { facet, value } : {}), confidence, tier, evidence,
  });
  return {
    file,
    onTopic: analysis.topic.onTopic,
    score: analysis.topic.score,
    signals: analysis.topic.signals,
    missing: analysis.topic.missing,
    stage: analysis.stage ?? null,
    matches: analysis.matches.filter((m) => m.tier === 'confident').map(strip),
    possible: analysis.matches.filter((m) => m.tier === 'possible').map(strip),
    conflicts: analysis.conflicts,
    sourceDisagreements: analysis.sourceDisagreements,
    sources: analysis.sources,
    stats: analysis.stats,
  };
}

/** A readable report of one file's analysis. */
export function analysisToText(file: string, analysis: Analysis, index: LoadedIndex): string {
  const { topic } = analysis;
  const lines = [`${file}`, `  on topic: ${topic.onTopic ? 'yes' : 'no'} (score ${topic.score} / ${topic.threshold})`];
  lines.push(`  signals: ${topic.signals.map((s) => `${s.label} ×${s.count}`).join(', ') || 'none'}`);
  if (topic.missing.length) lines.push(`  missing: ${topic.missing.join('; ')}`);
  if (!topic.onTopic && analysis.matches.length === 0) return lines.join('\n');
  if (analysis.stage) lines.push(`  stage: ${analysis.stage}`);
  for (const tier of ['confident', 'possible'] as const) {
    const matches = analysis.matches.filter((m) => m.tier === tier);
    lines.push('', `  ${tier} matches (${matches.length}):`);
    for (const m of matches) {
      const claim = index.claimById.get(m.claimId);
      const mark = m.relation === 'conflicts' ? '✗ CONFLICT' : '✓';
      lines.push(`    ${mark} [${m.confidence.toFixed(2)}] "${m.text}"`, `        → ${m.claimId}: ${claim?.text ?? ''}`);
    }
  }
  if (analysis.conflicts.length) {
    lines.push('', '  figures:');
    for (const c of analysis.conflicts) {
      const others = c.sourceValues.map((v) => `${v.label} (${v.sources.map((s) => s.source).join(', ')})`).join(' | ');
      lines.push(`    ${c.conflicts ? '✗' : '✓'} ${c.facet}: page says ${c.page.label}; sources: ${others}`);
    }
  }
  const corroborating = analysis.sources.filter((s) => s.corroborates.length > 0).map((s) => `${s.source} (${s.corroborates.length})`);
  lines.push('', `  corroborating sources: ${corroborating.join(', ') || 'none'}`);
  return lines.join('\n');
}
