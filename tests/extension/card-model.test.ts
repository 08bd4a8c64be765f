// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildCardModel, describeHighlight } from '@/src/extension/card/card-model';
import { renderCard } from '@/src/extension/card/render-card';
import { SAMPLE_ANALYSIS } from '../popup/sample-analysis';
import { SAMPLE_INDEX } from '../popup/sample-index';

const [dateMatch, visasMatch] = SAMPLE_ANALYSIS.matches;

describe('card model', () => {
  it("puts the page's figure next to each source's figure for a conflict", () => {
    const model = buildCardModel([dateMatch], SAMPLE_ANALYSIS, SAMPLE_INDEX);
    expect(model.relation).toBe('conflicts');
    expect(model.figures).toEqual([
      {
        facet: 'Meeting date',
        page: '25 June 2026',
        sources: [
          { value: '23 June 2026', who: 'One-day visas analysis, citing Reuters; Receiving envoys analysis, citing Amnesty EU', count: 2 },
          { value: 'late June 2026', who: 'Delegation report', count: 1 },
        ],
      },
    ]);
    expect(model.heading, 'the heading names the figure and the consensus').toBe('Meeting date: this article 25 June 2026 · 2 of 3 sources 23 June 2026');
  });

  it('names the sources that state a supported claim, with whom they cite', () => {
    const model = buildCardModel([visasMatch], SAMPLE_ANALYSIS, SAMPLE_INDEX);
    expect(model.relation).toBe('supports');
    expect(model.figures).toEqual([]);
    expect(model.claims[0].sources.map((s) => s.label)).toEqual(['Receiving envoys analysis', 'One-day visas analysis, citing Reuters']);
    expect(describeHighlight(model)).toBe('Also reported by other coverage. Belgium gave the delegation five visas.');
  });

  it('renders page text as text, never as markup', () => {
    const hostile = { ...visasMatch, claimId: 'belgium-issued-five-visas' };
    const model = buildCardModel([hostile], SAMPLE_ANALYSIS, SAMPLE_INDEX);
    model.claims[0].text = '<img src=x onerror=alert(1)>';
    const card = renderCard(document, model, '1 of 1');
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('the card in the page', () => {
  it('names no source by its bare id and has no accessibility violations of its own', async () => {
    const { default: axe } = await import('axe-core');
    document.documentElement.lang = 'en';
    document.title = 'An article';
    document.body.replaceChildren();
    const cards = [dateMatch, visasMatch].map((match) => renderCard(document, buildCardModel([match], SAMPLE_ANALYSIS, SAMPLE_INDEX), 'Highlight 1 of 2'));
    for (const card of cards) {
      document.body.append(card);
      expect(card.textContent).not.toMatch(/\(\d{3}\)|\b00\d\b/);
    }
    // The card's own markup (the page around it is the page's): colour contrast is checked in the browsers' screenshots.
    const result = await axe.run(cards, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } }, resultTypes: ['violations'] });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
