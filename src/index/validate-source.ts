import { expectKnownKeys, expectOneOf, expectText, expectTextList, isRecord, type Report } from './index-shape';
import { isIsoDateOrRange } from './iso-date';

/** The source kinds of `SourceKind`. */
export const SOURCE_KINDS = ['news-report', 'analysis', 'explainer'] as const;

const SOURCE_KEYS = ['id', 'title', 'name', 'kind', 'stage', 'dates', 'outlets', 'people', 'summary'];
/** A source's short name labels popup table rows and card lines. */
const MAX_NAME_LENGTH = 32;
/** Source ids are the three-digit numbers of the seed file names. */
const SOURCE_ID = /^\d{3}$/;

/** Checks one source entry against `Source`. */
export function validateSource(source: unknown, where: string, report: Report): void {
  if (!isRecord(source)) {
    report(where, 'must be an object');
    return;
  }
  expectKnownKeys(source, SOURCE_KEYS, where, report);
  if (typeof source.id !== 'string' || !SOURCE_ID.test(source.id)) report(where, '"id" must be three digits, e.g. "000"');
  expectText(source, 'title', where, report);
  expectText(source, 'name', where, report);
  if (typeof source.name === 'string' && source.name.length > MAX_NAME_LENGTH) report(where, `"name" must be at most ${MAX_NAME_LENGTH} characters: it labels table rows`);
  expectText(source, 'summary', where, report);
  expectOneOf(source, 'kind', SOURCE_KINDS, where, report);
  // The stage is checked against seeds/story.json's stages, with the index.
  expectTextList(source, 'outlets', where, report);
  expectTextList(source, 'people', where, report);
  checkDates(source.dates, where, report);
}

function checkDates(dates: unknown, where: string, report: Report): void {
  if (!Array.isArray(dates)) {
    report(where, '"dates" must be an array');
    return;
  }
  dates.forEach((date, index) => {
    const at = `${where} dates[${index}]`;
    if (!isRecord(date)) return report(at, 'must be an object with "label" and "value"');
    expectKnownKeys(date, ['label', 'value'], at, report);
    expectText(date, 'label', at, report);
    if (typeof date.value !== 'string' || !isIsoDateOrRange(date.value)) {
      report(at, `"value" must be an ISO date or FROM/TO range (got ${JSON.stringify(date.value)})`);
    }
  });
}
