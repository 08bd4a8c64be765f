import { describe, expect, it } from 'vitest';
import { gateWordsOf } from '@/src/extension/build/gate-words-plugin';
import { parsePageForAnalysis, parsePageReport } from '@/src/extension/report-guard';
import { loadIndexData } from '@/src/cli/load-index-data';
import { OFF_TOPIC, SAMPLE_ANALYSIS } from '../popup/sample-analysis';

const analysed = { kind: 'analysed', url: 'https://a.example/', analysis: SAMPLE_ANALYSIS, forced: false, highlightsVisible: true };

describe('report guard', () => {
  it('accepts well-formed reports of every kind', () => {
    expect(parsePageReport(analysed)).toBe(analysed);
    expect(parsePageReport({ kind: 'declined', url: 'x', topic: OFF_TOPIC })).not.toBeNull();
    expect(parsePageReport({ kind: 'disabled', url: 'x' })).not.toBeNull();
  });

  it.each([
    ['nothing', undefined],
    ['a number', 7],
    ['an unknown kind', { kind: 'later', url: 'x' }],
    ['no url', { ...analysed, url: undefined }],
    ['matches that are not a list', { ...analysed, analysis: { ...SAMPLE_ANALYSIS, matches: {} } }],
    ['a match without offsets', { ...analysed, analysis: { ...SAMPLE_ANALYSIS, matches: [{ ...SAMPLE_ANALYSIS.matches[0], start: 'a' }] } }],
    ['an unknown relation', { ...analysed, analysis: { ...SAMPLE_ANALYSIS, matches: [{ ...SAMPLE_ANALYSIS.matches[0], relation: 'maybe' }] } }],
    ['a figure of an unknown kind', { ...analysed, analysis: { ...SAMPLE_ANALYSIS, matches: [{ ...SAMPLE_ANALYSIS.matches[0], value: { kind: 'colour' } }] } }],
    ['a topic without a verdict', { kind: 'declined', url: 'x', topic: { ...OFF_TOPIC, onTopic: 'no' } }],
    ['a stage that is not a name', { ...analysed, analysis: { ...SAMPLE_ANALYSIS, stage: 3 } }],
    ['a weekday without its label', { ...analysed, analysis: { ...SAMPLE_ANALYSIS, matches: [{ ...SAMPLE_ANALYSIS.matches[0], value: { kind: 'weekday', day: 2 } }] } }],
  ])('refuses %s', (_name, value) => expect(parsePageReport(value)).toBeNull());

  it('refuses pages for analysis that are malformed or too large', () => {
    const page = { html: '<p>x</p>', url: 'u', force: false, confidentThreshold: 0.5 };
    expect(parsePageForAnalysis(page)).toBe(page);
    expect(parsePageForAnalysis({ ...page, force: 'yes' })).toBeNull();
    expect(parsePageForAnalysis({ ...page, html: 'x'.repeat(8_000_001) })).toBeNull();
  });
});

describe('gate words for the always-on script', () => {
  it('are the required signals of seeds/story.json, lower-cased, and nothing else', () => {
    const { story } = loadIndexData('seeds');
    const gate = gateWordsOf(story);
    expect(gate.required.map((r) => r.label)).toEqual(story.signals.filter((s) => s.required).map((s) => s.label));
    for (const signal of gate.required) for (const word of signal.words) expect(word).toBe(word.toLowerCase());
    expect(gate.threshold).toBe(story.threshold);
  });
});
