/**
 * Checks what crosses a trust boundary: reports from content scripts, what storage.session holds
 * after an update or a crash, the pages content scripts send for analysis. A value that does not
 * have the exact shape the popup and background read is refused (null), never half-used.
 */
import type { PageForAnalysis, PageReport } from './messages';

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isBoolean: Check = (v) => typeof v === 'boolean';
const oneOf = (...values: readonly unknown[]): Check => (v) => values.includes(v);
const optional = (check: Check): Check => (v) => v === undefined || check(v);
const arrayOf = (check: Check, max = 100_000): Check => (v) => Array.isArray(v) && v.length <= max && v.every(check);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shape = (fields: Record<string, Check>): Check => (v) =>
  isObject(v) && Object.entries(fields).every(([name, check]) => check(v[name]));
/** One of several shapes, told apart by `kind`. */
const byKind = (shapes: Record<string, Record<string, Check>>): Check => (v) =>
  isObject(v) && typeof v.kind === 'string' && Object.hasOwn(shapes, v.kind) && shape(shapes[v.kind])(v);

// Facets and stages are named by the index's data (several stories), so any name is accepted.
const isFacet = isString;
const isStrings = arrayOf(isString);
const isSourceRef = shape({ source: isString, via: optional(isString) });
const isFigureValue = byKind({
  count: { n: isNumber, qualifier: optional(isString), note: optional(isString) },
  date: { iso: isString, part: optional(oneOf('early', 'mid', 'late')), approximate: optional(isBoolean) },
  'date-range': { from: isString, to: isString, label: optional(isString) },
  weekday: { day: isNumber, label: isString },
  duration: { days: isNumber, qualifier: optional(isString) },
  place: { name: isString, within: optional(isString) },
});
const isTopic = shape({
  story: optional(shape({ id: isString, title: isString })),
  onTopic: isBoolean,
  score: isNumber,
  threshold: isNumber,
  signals: arrayOf(shape({ id: isString, label: isString, count: isNumber, weight: isNumber })),
  missing: isStrings,
  claims: optional(isStrings),
});
const isMatch = shape({
  start: isNumber,
  end: isNumber,
  text: isString,
  claimId: isString,
  relation: oneOf('supports', 'conflicts'),
  facet: optional(isFacet),
  value: optional(isFigureValue),
  confidence: isNumber,
  tier: oneOf('confident', 'possible'),
  evidence: shape({ terms: isStrings, entities: isStrings, figures: isStrings }),
});
const isSourceValue = shape({ claimId: isString, value: isFigureValue, label: isString, sources: arrayOf(isSourceRef) });
const isFacetConflict = shape({
  facet: isFacet,
  page: shape({ value: isFigureValue, label: isString, start: isNumber, end: isNumber, text: isString }),
  conflicts: isBoolean,
  agreesWith: isStrings,
  sourceValues: arrayOf(isSourceValue),
});
const isAnalysis = shape({
  topic: isTopic,
  matches: arrayOf(isMatch),
  conflicts: arrayOf(isFacetConflict),
  sourceDisagreements: arrayOf(shape({ facet: isFacet, values: arrayOf(isSourceValue) })),
  sources: arrayOf(shape({ source: isString, corroborates: isStrings, adds: isStrings })),
  stage: optional(isString),
  stats: shape({ sentences: isNumber, ms: isNumber }),
});
const isPageReport = byKind({
  disabled: { url: isString },
  declined: { url: isString, topic: isTopic },
  analysed: { url: isString, analysis: isAnalysis, forced: isBoolean, highlightsVisible: isBoolean },
});

/** The report, when `value` is a well-formed one; otherwise null. */
export function parsePageReport(value: unknown): PageReport | null {
  return isPageReport(value) ? (value as PageReport) : null;
}

/** Pages larger than this are refused: the content script caps what it sends well below it. */
export const MAX_PAGE_HTML = 8_000_000;

/** A page sent for analysis, when well-formed and within size; otherwise null. */
export function parsePageForAnalysis(value: unknown): PageForAnalysis | null {
  const ok = shape({ html: isString, url: isString, force: isBoolean, confidentThreshold: isNumber })(value);
  return ok && (value as PageForAnalysis).html.length <= MAX_PAGE_HTML ? (value as PageForAnalysis) : null;
}
