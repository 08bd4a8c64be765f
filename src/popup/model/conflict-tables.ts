import type { Analysis, ClaimIndex, Facet, FigureValue } from '@/src/types';
import { compareValues } from '@/src/engine/conflicts/compare-values';
import { facetLabel } from '@/src/extension/facet-labels';
import { shownConflicts } from '@/src/extension/report-counts';
import { formatValue } from '@/src/index/format-value';
import { sourceNames } from './source-names';

/** One sentence of the page whose figure other coverage contradicts. */
export interface PageFigureRow {
  value: string;
  start: number;
  end: number;
  /** The sentence, quoted in the popup. */
  text: string;
}

/** One source value of the facet, with who gives it. */
export interface SourceFigureRow {
  value: string;
  sources: string[];
  /** A lone value far from what every other source says (another year; ten times off): likely a slip. */
  outlier: boolean;
}

/** One facet's table: the page's figure, what most sources say, and the rest sorted by how they relate. */
export interface ConflictTable {
  facet: Facet;
  /** "Meeting date". */
  label: string;
  page: PageFigureRow[];
  /** The value most sources give, when one value has more sources than any other; not repeated below. */
  consensus?: { value: string; count: number; total: number; sources: string[]; contradicts: boolean };
  /** Other source values that contradict the page's figure. */
  contradicting: SourceFigureRow[];
  /** Source values that neither confirm nor contradict it: less precise ("late June"), or a vaguer span. */
  lessPrecise: SourceFigureRow[];
}

/** How many times off a lone count must be from every other source's to be called an outlier. */
const OUTLIER_RATIO = 10;

interface SourceValue {
  value: FigureValue;
  label: string;
  sources: string[];
}

/**
 * One table per facet the page is shown to contradict, in page order. Only conflicts shown (figures
 * of highlighted sentences, see `report-counts.ts`) make a table.
 */
export function conflictTables(analysis: Analysis, index: ClaimIndex): ConflictTable[] {
  const byFacet = new Map<Facet, { value: FigureValue; row: PageFigureRow }[]>();
  for (const c of shownConflicts(analysis)) {
    const rows = byFacet.get(c.facet) ?? [];
    rows.push({ value: c.value, row: { value: formatValue(c.value), start: c.start, end: c.end, text: c.text } });
    byFacet.set(c.facet, rows);
  }
  return [...byFacet].map(([facet, pageRows]) => tableFor(facet, pageRows, index));
}

function tableFor(facet: Facet, pageRows: { value: FigureValue; row: PageFigureRow }[], index: ClaimIndex): ConflictTable {
  const values = sourceValuesOf(facet, index);
  const consensus = consensusOf(values, index.sources.length);
  const contradicting: SourceFigureRow[] = [];
  const lessPrecise: SourceFigureRow[] = [];
  for (const v of values) {
    if (v === consensus?.of) continue;
    const verdicts = pageRows.map((p) => compareValues(p.value, v.value));
    if (verdicts.includes('agrees')) continue; // the page gives this value elsewhere: no contradiction
    const row = { value: v.label, sources: v.sources, outlier: isOutlier(v, values) };
    (verdicts.every((x) => x === 'disagrees') ? contradicting : lessPrecise).push(row);
  }
  contradicting.sort((a, b) => Number(a.outlier) - Number(b.outlier) || b.sources.length - a.sources.length);
  return {
    facet,
    label: facetLabel(facet),
    page: pageRows.map((p) => p.row),
    consensus: consensus && {
      value: consensus.of.label,
      count: consensus.of.sources.length,
      total: consensus.total,
      sources: consensus.of.sources,
      contradicts: pageRows.every((p) => compareValues(p.value, consensus.of.value) === 'disagrees'),
    },
    contradicting,
    lessPrecise,
  };
}

/** Every source value of a facet, one per claim, with the sources' short names. */
function sourceValuesOf(facet: Facet, index: ClaimIndex): SourceValue[] {
  return index.claims.flatMap((claim) =>
    claim.facet === facet && claim.value
      ? [{ value: claim.value, label: formatValue(claim.value), sources: sourceNames(claim.sources, index) }]
      : [],
  );
}

/** The value given by strictly more sources than any other, if there is one. */
function consensusOf(values: SourceValue[], total: number): { of: SourceValue; total: number } | undefined {
  const sorted = [...values].sort((a, b) => b.sources.length - a.sources.length);
  const [first, second] = sorted;
  if (!first || (second && second.sources.length === first.sources.length)) return undefined;
  return { of: first, total };
}

/**
 * A value only one source gives, with at least two other values to weigh it against, that lies in a
 * different year from all of them (dates) or is ten times off all of them (counts).
 */
function isOutlier(candidate: SourceValue, values: SourceValue[]): boolean {
  const others = values.filter((v) => v !== candidate);
  if (candidate.sources.length !== 1 || others.length < 2) return false;
  return others.every((other) => farApart(candidate.value, other.value));
}

function farApart(a: FigureValue, b: FigureValue): boolean {
  const year = (v: FigureValue) => (v.kind === 'date' ? v.iso.slice(0, 4) : v.kind === 'date-range' ? v.to.slice(0, 4) : undefined);
  if (year(a) && year(b)) return year(a) !== year(b);
  if (a.kind === 'count' && b.kind === 'count' && a.n > 0 && b.n > 0) return Math.max(a.n / b.n, b.n / a.n) >= OUTLIER_RATIO;
  return false;
}
