// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { canPaintHighlights, clearPaint, highlightCss, highlightNames, paintRanges } from '@/src/extension/highlight/highlight-paint';

const names = highlightNames('0123456789ab');
const none = { supports: [], conflicts: [], figure: [] };
const scope = globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> }; Highlight?: unknown };
const saved = { CSS: scope.CSS, Highlight: scope.Highlight };

afterEach(() => Object.assign(scope, saved));

describe('painting through CSS.highlights', () => {
  it('paints nothing, and says so, where the browser lacks the API (the overlay still works then)', () => {
    scope.Highlight = undefined;
    expect(canPaintHighlights()).toBe(false);
    expect(paintRanges(names, none)).toBe(false);
  });

  it('registers one highlight per kind under names of this page load, and removes exactly those', () => {
    const registry = new Map<string, unknown>([['page-own', {}]]);
    scope.CSS = { highlights: registry };
    scope.Highlight = class { constructor(...ranges: Range[]) { Object.assign(this, { ranges }); } };
    const range = document.createRange();
    expect(paintRanges(names, { ...none, conflicts: [range] })).toBe(true);
    expect([...registry.keys()].sort()).toEqual(['claimlens-0123456789ab-conflicts', 'claimlens-0123456789ab-figure', 'claimlens-0123456789ab-supports', 'page-own']);
    clearPaint(names);
    expect([...registry.keys()]).toEqual(['page-own']);
  });

  it('styles only its own names', () => {
    const css = highlightCss(names, '');
    expect(css.match(/::highlight\(([^)]+)\)/g)!.every((rule) => rule.includes('claimlens-0123456789ab-'))).toBe(true);
  });
});
