import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { TestPage } from './extension-session';
import type { FixturePage } from './fixture-pages';
import { runAxe, type PopupViewReport } from './popup-view-probes';

const AXE_SOURCE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core inside a page. Extension pages forbid eval and inline scripts, so axe's source is handed
 * to the driver as the body of the evaluated function (drivers evaluate a function from its source text).
 */
export async function axeViolations(page: TestPage, overlayOnly = false): Promise<string[]> {
  const load = Object.assign(() => undefined, { toString: () => `() => { ${AXE_SOURCE}\n; return typeof axe; }` });
  await page.evaluate(load, undefined);
  return page.evaluate(runAxe, overlayOnly);
}

/** Whitespace collapsed, as the probes read text. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every listed sentence is highlighted on the page and every highlight is listed; every listed conflict is marked as one. */
export function checkAgreement(view: PopupViewReport, highlights: { relation: string; text: string }[], fixture: FixturePage): void {
  const where = `${fixture.name}: highlights ${JSON.stringify(highlights.map((h) => `${h.relation}:${h.text.slice(0, 40)}`))}`;
  expect(view.matchTexts, `one entry per highlighted sentence (${fixture.name})`).toHaveLength(view.sentences!);
  expect(new Set(view.matchTexts).size).toBe(view.matchTexts.length);
  for (const text of view.matchTexts) {
    expect(highlights.some((h) => text.includes(squash(h.text))), `listed sentence highlighted on the page: ${text} — ${where}`).toBe(true);
  }
  for (const h of highlights) {
    expect(view.matchTexts.some((text) => text.includes(squash(h.text))), `highlight listed in the popup: ${h.text} (${fixture.name})`).toBe(true);
  }
  expect(view.conflictEntries, `conflicts listed (${fixture.name})`).toHaveLength(view.conflicts!);
  const conflictMarks = highlights.filter((h) => h.relation === 'conflicts');
  for (const c of view.conflictEntries) {
    expect(c.facet).not.toBe('');
    expect(conflictMarks.some((h) => c.text.includes(squash(h.text))), `conflict highlight for: ${c.text} — ${where}`).toBe(true);
  }
  for (const h of conflictMarks) {
    expect(view.conflictEntries.some((c) => c.text.includes(squash(h.text))), `conflict highlight listed as a conflict: ${h.text}`).toBe(true);
  }
}
