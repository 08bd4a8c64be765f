// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { anchorQuote } from '@/src/extension/highlight/anchor-quote';
import { anchorGroups } from '@/src/extension/highlight/highlight-groups';
import { createHighlighter } from '@/src/extension/highlight/highlighter';
import { buildPageTextMap, foldText } from '@/src/extension/highlight/page-text-map';
import type { Match } from '@/src/types';
import { build, serialize, shapeOf } from './dom-shape';

const match = (text: string, start: number, relation: Match['relation'] = 'supports'): Match => ({
  start, end: start + text.length, text, claimId: `claim-${start}`, relation, confidence: 0.9, tier: 'confident',
  evidence: { terms: [], entities: [], figures: [] },
});

function highlightAll(matches: Match[], articleLength = 1000) {
  const highlighter = createHighlighter(document, (group) => `label ${group.id}`);
  for (const group of anchorGroups(document.body, matches, articleLength)) highlighter.wrap(group);
  return highlighter;
}

afterEach(() => document.body.replaceChildren());

describe('foldText', () => {
  it.each([
    ['Belgium  issued\nfive visas', 'belgiumissuedfivevisas'],
    ['the EU’s “technical” talks', `theeu's"technical"talks`],
    ['23–25 June', '23-25june'],
    ['soft\u00adhyphen and\u00a0nbsp', 'softhyphenandnbsp'],
  ])('folds %j', (input, expected) => expect(foldText(input)).toBe(expected));
});

describe('anchoring', () => {
  it('finds a quote spread over several text nodes and inline elements', () => {
    build(document.body, ['p', {}, 'Belgium ', ['em', {}, 'issued five'], ' visas to the ', ['a', { href: '#' }, 'Taliban'], ' envoys.']);
    const found = anchorQuote(buildPageTextMap(document.body), 'Belgium issued five visas to the Taliban envoys.', 0);
    expect(found?.segments.map((s) => s.node.data.slice(s.start, s.end))).toEqual([
      // Whitespace at a node's edge is left out: only the words are wrapped.
      'Belgium', 'issued five', 'visas to the', 'Taliban', 'envoys.',
    ]);
  });

  it('matches across a <br> and differently typed quotes', () => {
    build(document.body, ['p', {}, 'The so-called “technical”', ['br', {}], 'meeting went ahead.']);
    expect(anchorQuote(buildPageTextMap(document.body), 'The so-called "technical" meeting went ahead.', 0)).not.toBeNull();
  });

  it('prefers the occurrence nearest the expected position', () => {
    build(document.body, ['p', {}, 'The talks were technical.'], ['p', {}, 'Filler text here.'], ['p', {}, 'The talks were technical.']);
    const map = buildPageTextMap(document.body);
    const late = anchorQuote(map, 'The talks were technical.', 0.95)!;
    const early = anchorQuote(map, 'The talks were technical.', 0)!;
    expect(late.start).toBeGreaterThan(early.start);
    expect(late.segments[0].node.parentElement).toBe(document.body.lastElementChild);
  });

  it('ignores text in scripts, styles and ClaimLens UI', () => {
    build(document.body, ['script', {}, 'var quote = "Five visas were issued.";'], ['style', {}, '.x{}'], ['div', { 'data-claimlens-ui': 'card' }, 'Five visas were issued.']);
    expect(anchorQuote(buildPageTextMap(document.body), 'Five visas were issued.', 0)).toBeNull();
  });

  it('falls back to the two ends of a long quote when the middle differs', () => {
    const quote = 'European officials met a Taliban delegation in Brussels to discuss deportations of rejected asylum seekers.';
    build(document.body, ['p', {}, quote.replace('to discuss', 'on Tuesday [1] to discuss')]);
    expect(anchorQuote(buildPageTextMap(document.body), quote, 0)).not.toBeNull();
  });

  it('returns null for a quote that is not on the page', () => {
    build(document.body, ['p', {}, 'Nothing to see.']);
    expect(anchorQuote(buildPageTextMap(document.body), 'Belgium issued five visas.', 0)).toBeNull();
  });
});

describe('highlighter', () => {
  it('wraps the quote in marks and makes only the first one focusable', () => {
    build(document.body, ['p', {}, 'Before. Belgium ', ['em', {}, 'issued five'], ' visas. After.']);
    const highlighter = highlightAll([match('Belgium issued five visas.', 8)]);
    const marks = [...document.querySelectorAll('mark[data-claimlens]')];
    expect(marks.map((m) => m.textContent)).toEqual(['Belgium', 'issued five', 'visas.']);
    expect(marks.map((m) => m.getAttribute('tabindex'))).toEqual(['0', null, null]);
    expect(marks[0].getAttribute('aria-label'), 'the page text stays readable').toBe('Belgium (label 0)');
    expect(highlighter.anchors()).toEqual([marks[0]]);
  });

  it('gives conflicts their own class and attribute value', () => {
    build(document.body, ['p', {}, 'The meeting was on 25 June. Five visas were issued.']);
    highlightAll([match('The meeting was on 25 June.', 0, 'conflicts'), match('Five visas were issued.', 28)]);
    const [conflict, support] = document.querySelectorAll('mark[data-claimlens]');
    expect(conflict.classList.contains('claimlens-conflicts')).toBe(true);
    expect(conflict.getAttribute('data-claimlens')).toBe('conflicts');
    expect(support.classList.contains('claimlens-supports')).toBe(true);
    expect(support.classList.contains('claimlens-conflicts')).toBe(false);
  });

  it('highlights two sentences of one text node and returns anchors in page order', () => {
    build(document.body, ['p', {}, 'One sentence here. Two sentence there. Three sentence last.']);
    const highlighter = highlightAll([match('One sentence here.', 0), match('Three sentence last.', 39)]);
    expect(highlighter.anchors().map((a) => a.textContent)).toEqual(['One sentence here.', 'Three sentence last.']);
  });

  it('restores the exact original DOM on removal, text node boundaries included', () => {
    build(
      document.body,
      ['h1', {}, 'Taliban envoys in Brussels'],
      ['p', { class: 'lead' }, 'Officials said ', ['b', {}, 'the meeting'], ' would be on 25 June 2026. Belgium issued five visas.'],
      ['p', {}, 'Adjacent', ' text', ' nodes stay separate. The talks concern returns.'],
      ['script', {}, 'window.x = "Belgium issued five visas."'],
    );
    const html = serialize(document.body);
    const shape = shapeOf(document.body);
    const highlighter = highlightAll([
      match('Officials said the meeting would be on 25 June 2026.', 0, 'conflicts'),
      match('Belgium issued five visas.', 60),
      match('nodes stay separate.', 90),
      match('The talks concern returns.', 110),
    ]);
    expect(document.querySelectorAll('mark[data-claimlens]').length).toBeGreaterThan(4);
    highlighter.removeAll();
    expect(serialize(document.body)).toBe(html);
    expect(shapeOf(document.body)).toEqual(shape);
  });

  it('notices when the page removed its marks', () => {
    build(document.body, ['p', {}, 'Belgium issued five visas.']);
    const highlighter = highlightAll([match('Belgium issued five visas.', 0)]);
    expect(highlighter.isIntact()).toBe(true);
    document.body.replaceChildren();
    expect(highlighter.isIntact()).toBe(false);
    expect(() => highlighter.removeAll()).not.toThrow();
  });
});
