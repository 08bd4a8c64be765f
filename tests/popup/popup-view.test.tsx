// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '@/src/extension/messages';
import { PopupView, type PopupViewProps } from '@/src/popup/popup-view';
import { READER_ANALYSIS, READER_INDEX, READER_SENTENCES } from './reader-analysis';
import { OFF_TOPIC } from './sample-analysis';
import { axeViolations, click, mount } from './render';

const URL = 'https://news.example/taliban-talks';
const analysed: PageReport = { kind: 'analysed', url: URL, analysis: READER_ANALYSIS, forced: false, highlightsVisible: true };
const declined: PageReport = { kind: 'declined', url: URL, topic: OFF_TOPIC };
const forced: PageReport = { ...analysed, forced: true, analysis: { ...READER_ANALYSIS, topic: OFF_TOPIC } };

let handlers: Omit<PopupViewProps, 'index' | 'state'>;
beforeEach(() => {
  handlers = { onScanAnyway: vi.fn(), onReveal: vi.fn(), onSetHighlights: vi.fn(), onOpenSettings: vi.fn() };
});
const show = (report: PageReport | null, phase: PopupViewProps['state']['phase'] = 'ready', extra: Partial<PopupViewProps> = {}) =>
  mount(<PopupView index={READER_INDEX} state={{ phase, report, busy: false }} {...handlers} {...extra} />);
const all = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
const one = (selector: string) => document.querySelector<HTMLElement>(selector)!;
const button = (label: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === label);

describe('popup for an analysed page', () => {
  it('answers first, then figures that differ, sentences, other coverage and the timeline', async () => {
    await show(analysed);
    expect(one('[data-testid="summary"]').textContent).toBe('2 figures here differ from other coverage · 4 sentences match 5 other articles');
    expect(one('[data-testid="status"]').dataset.onTopic).toBe('true');
    expect(all('main h2:not(.visually-hidden)').map((h) => h.firstChild?.textContent?.trim())).toEqual([
      'Figures that differ',
      'Sentences other coverage shares',
      'Other coverage',
      'Where this article stands',
    ]);
  });

  it('keeps the gate’s reasons behind "Why?"', async () => {
    await show(analysed);
    const why = one('details.why');
    expect(why.hasAttribute('open')).toBe(false);
    expect(why.textContent).toContain('Taliban (3 mentions)');
    expect(one('[data-testid="status"]').textContent).not.toMatch(/×/);
  });

  it('lists one entry per highlighted sentence, keeping the match hooks', async () => {
    await show(analysed);
    expect(all('[data-testid="match"]').map((m) => [m.dataset.relation, m.dataset.facet ?? null, m.querySelectorAll('.claims li').length])).toEqual([
      ['supports', null, 1],
      ['conflicts', 'meeting.date', 1],
      ['supports', 'visas.issued', 2],
      ['conflicts', 'taliban.takeover.year', 1],
    ]);
    expect(one('#matches-heading .count').textContent).toBe('4');
    expect(one('details.possible [data-testid="possible-match"]').textContent).toContain(READER_SENTENCES.possible);
  });

  it('lists two claims under a sentence and keeps the rest one click away', async () => {
    const visas = READER_ANALYSIS.matches[2];
    const third = { ...visas, claimId: 'talks-on-returning-afghans', relation: 'supports' as const, facet: undefined, value: undefined };
    await show({ ...analysed, analysis: { ...READER_ANALYSIS, matches: [...READER_ANALYSIS.matches, third] } });
    const entry = all('[data-testid="match"]')[2];
    expect(entry.querySelectorAll(':scope > ul.claims > li')).toHaveLength(2);
    expect(entry.querySelector('details.more-claims summary')!.textContent).toBe('and 1 more fact');
  });

  it('shows each conflict with its facet, its sentence and "Show on page"', async () => {
    await show(analysed);
    const conflicts = all('[data-testid="conflict"]');
    expect(conflicts.map((c) => c.dataset.facet)).toEqual(['meeting.date', 'taliban.takeover.year']);
    expect(conflicts[0].textContent).toContain('This article: 24 June 2026');
    expect(conflicts[0].querySelector('blockquote')!.textContent).toBe(READER_SENTENCES.date);
    await click([...conflicts[0].querySelectorAll('button')].find((b) => b.textContent === 'Show on page')!);
    const { start, end } = READER_ANALYSIS.matches[1];
    expect(handlers.onReveal).toHaveBeenCalledWith(start, end);
  });

  it('states the consensus and sets contradicting values apart from less precise ones, the outlier marked', async () => {
    await show(analysed);
    const table = one('.facet-conflict[data-facet="meeting.date"]');
    expect(table.querySelector('h3')!.textContent).toBe('Meeting date');
    expect(table.querySelector('.consensus')!.textContent).toMatch(/^2 of 5 sources: 23 June 2026/);
    const rows = [...table.querySelectorAll('tr')].map((r) => r.textContent);
    expect(rows).toEqual([
      'Other sources that contradict it',
      '25 June 2024 outlierHeadquarters talks report',
      'Less precise, does not contradict',
      'late June 2026Delegation report',
      'before the summer (by 20 June 2026)Removals explainer',
    ]);
  });

  it('places the sources without ids, and never offers what the page contradicts', async () => {
    await show(analysed);
    const sources = all('[data-testid="source"]');
    expect(sources).toHaveLength(5);
    expect(document.body.textContent).not.toMatch(/\(00\d\)/);
    expect(sources.map((s) => s.textContent).join(' ')).not.toContain('June');
  });

  it('asks the page to scroll to a sentence when it is clicked', async () => {
    await show(analysed);
    await click(all('[data-testid="match"] button.quote')[2]);
    expect(handlers.onReveal).toHaveBeenCalledWith(READER_ANALYSIS.matches[2].start, READER_ANALYSIS.matches[2].end);
  });

  it('labels the highlights button with what it will do', async () => {
    await show(analysed);
    await click(button('Hide highlights')!);
    expect(handlers.onSetHighlights).toHaveBeenCalledWith(false);
    await show({ ...analysed, highlightsVisible: false });
    expect(button('Show highlights')).toBeDefined();
  });

  it('offers a per-site switch', async () => {
    const onChange = vi.fn();
    await show(analysed, 'ready', { site: { host: 'news.example', on: true, onChange } });
    const toggle = one('input[role="switch"]') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await click(toggle);
    expect(onChange).toHaveBeenCalledWith(false);
  });

  it('searches the claims, forgiving a typo, and says whether this page states each', async () => {
    await show(analysed);
    const input = one('[data-testid="claim-search"]') as HTMLInputElement;
    const { act } = await import('preact/test-utils');
    await act(() => {
      input.value = 'petiton';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const result = one('[data-testid="claim-result"]');
    expect(result.textContent).toContain('Over 80 rights groups');
    expect(result.dataset.onPage).toBe('absent');
    expect(await axeViolations()).toEqual([]);
  });

  it('has no axe violations', async () => {
    await show(analysed);
    expect(await axeViolations()).toEqual([]);
  });
});

describe('popup for other pages', () => {
  it('names the story on a declined page and offers "Scan anyway" as a secondary action', async () => {
    await show(declined);
    expect(one('[data-testid="status"]').dataset.onTopic).toBe('false');
    expect(one('[data-testid="summary"]').textContent).toBe(`Not about the ${READER_INDEX.story.title}`);
    expect(one('details.why').textContent).toContain('It never mentions: Taliban.');
    const scan = button('Scan anyway')!;
    expect(scan.className).toBe('secondary');
    await click(scan);
    expect(handlers.onScanAnyway).toHaveBeenCalledOnce();
    expect(document.querySelector('[data-testid="match"]')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('after a forced scan lists everything as possible, shows no conflict and claims no stage', async () => {
    await show(forced);
    expect(one('[data-testid="status"]').dataset.onTopic).toBe('false');
    expect(one('[data-testid="summary"]').textContent).toMatch(/^Nothing highlighted/);
    expect(document.querySelector('[data-testid="match"]')).toBeNull();
    expect(document.querySelector('[data-testid="conflict"]')).toBeNull();
    expect(all('[data-testid="possible-match"]').length).toBeGreaterThan(0);
    expect(one('details.possible').hasAttribute('open')).toBe(true);
    expect(document.querySelector('[aria-current="step"]')).toBeNull();
    expect(document.body.textContent).toContain('Scanned on request');
    expect(await axeViolations()).toEqual([]);
  });

  it('says when ClaimLens is off on the site', async () => {
    await show({ kind: 'disabled', url: URL }, 'ready', { site: { host: 'news.example', on: false, onChange: vi.fn() } });
    expect(one('[data-testid="summary"]').textContent).toBe('ClaimLens is off on this site');
    expect((one('input[role="switch"]') as HTMLInputElement).checked).toBe(false);
  });

  it('says when ClaimLens cannot run on the page', async () => {
    await show(null, 'unsupported');
    expect(document.body.textContent).toContain('can’t read this page');
    expect(document.querySelector('[data-testid="status"]')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('says it is reading while the page has not reported yet, inside a live region', async () => {
    await show(null, 'waiting');
    expect(one('[aria-live="polite"]').textContent).toBe('Reading this page…');
  });
});
