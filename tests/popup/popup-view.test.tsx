// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '@/src/extension/messages';
import { PopupView, type PopupViewProps } from '@/src/popup/popup-view';
import { OFF_TOPIC, SAMPLE_ANALYSIS } from './sample-analysis';
import { SAMPLE_INDEX } from './sample-index';
import { axeViolations, click, mount } from './render';

const URL = 'https://news.example/taliban-talks';
const analysed: PageReport = { kind: 'analysed', url: URL, analysis: SAMPLE_ANALYSIS, forced: false, highlightsVisible: true };
const declined: PageReport = { kind: 'declined', url: URL, topic: OFF_TOPIC };

let handlers: Omit<PopupViewProps, 'index' | 'state'>;
beforeEach(() => {
  handlers = { onScanAnyway: vi.fn(), onReveal: vi.fn(), onSetHighlights: vi.fn(), onOpenSettings: vi.fn() };
});
const show = (report: PageReport | null, phase: PopupViewProps['state']['phase'] = 'ready') =>
  mount(<PopupView index={SAMPLE_INDEX} state={{ phase, report, busy: false }} {...handlers} />);
const all = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];

describe('popup for an analysed page', () => {
  it('says the page is on topic', async () => {
    await show(analysed);
    const status = document.querySelector('[data-testid="status"]')!;
    expect(status.getAttribute('data-on-topic')).toBe('true');
    expect(status.textContent).toContain('Taliban ×3');
  });

  it('lists each confident match with its relation and facet, and possible matches apart', async () => {
    await show(analysed);
    expect(all('[data-testid="match"]').map((m) => [m.dataset.relation, m.dataset.facet ?? null])).toEqual([
      ['conflicts', 'meeting.date'],
      ['supports', 'visas.issued'],
      ['supports', null],
    ]);
    expect(all('[data-testid="possible-match"]')).toHaveLength(1);
    expect(document.querySelector('details.possible [data-testid="possible-match"]')).not.toBeNull();
  });

  it('counts independent origins, not articles: two sources citing the same outlet are one', async () => {
    await show(analysed);
    const visas = all('[data-testid="match"]')[1];
    expect(visas.querySelector('.who')!.textContent).toBe('Receiving envoys analysis (000); One-day visas analysis (003), citing Reuters · 2 independent origins');
    const technical = all('[data-testid="possible-match"]')[0];
    expect(technical.querySelector('.who')!.textContent).toContain('1 independent origin');
  });

  it("puts the page's conflicting figure next to each source's figure", async () => {
    await show(analysed);
    const table = document.querySelector('table[data-facet="meeting.date"]')!;
    const rows = [...table.querySelectorAll('tr')].map((r) => [...r.children].map((c) => c.textContent!.replace('≠ ', '')));
    expect(rows).toEqual([
      ['This page', '25 June 2026'],
      ['One-day visas analysis (003), citing Reuters; Receiving envoys analysis (000), citing Amnesty EU', '23 June 2026'],
      ['Delegation report (002)', 'late June 2026'],
    ]);
    expect(document.querySelector('table[data-facet="visas.issued"]')).toBeNull();
  });

  it('shows the five sources with what each adds, and where the article stands in the story', async () => {
    await show(analysed);
    expect(all('.sources > li')).toHaveLength(5);
    expect(all('.sources > li')[4].textContent).toContain('Over 80 rights groups signed a petition');
    expect(document.querySelector('[aria-current="step"]')!.textContent).toContain('Visas issued');
  });

  it('asks the page to scroll to a match when its sentence is clicked', async () => {
    await show(analysed);
    await click(all('[data-testid="match"] button')[1]);
    expect(handlers.onReveal).toHaveBeenCalledWith(SAMPLE_ANALYSIS.matches[1]);
  });

  it('toggles the highlights from the header', async () => {
    await show(analysed);
    const toggle = document.querySelector('button[aria-pressed]')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await click(toggle);
    expect(handlers.onSetHighlights).toHaveBeenCalledWith(false);
  });

  it('has no axe violations', async () => {
    await show(analysed);
    expect(await axeViolations()).toEqual([]);
  });
});

describe('popup for other pages', () => {
  it('explains why a page was declined and offers to scan it anyway', async () => {
    await show(declined);
    const status = document.querySelector('[data-testid="status"]')!;
    expect(status.getAttribute('data-on-topic')).toBe('false');
    expect(status.textContent).toContain('Missing');
    expect(status.textContent).toContain('Taliban');
    await click([...status.querySelectorAll('button')].find((b) => b.textContent === 'Scan this page anyway')!);
    expect(handlers.onScanAnyway).toHaveBeenCalledOnce();
    expect(document.querySelector('[data-testid="match"]')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('says when ClaimLens cannot run on the page', async () => {
    await show(null, 'unsupported');
    expect(document.body.textContent).toContain('can’t read this page');
    expect(document.querySelector('[data-testid="status"]')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('says it is reading while the page has not reported yet, inside a live region', async () => {
    await show(null, 'waiting');
    expect(document.querySelector('[aria-live="polite"]')!.textContent).toBe('Reading this page…');
  });

  it('marks a forced scan of an off-topic page as off topic', async () => {
    await show({ ...analysed, forced: true, analysis: { ...SAMPLE_ANALYSIS, topic: OFF_TOPIC } });
    expect(document.querySelector('[data-testid="status"]')!.getAttribute('data-on-topic')).toBe('false');
    expect(document.body.textContent).toContain('Scanned on request');
  });
});
