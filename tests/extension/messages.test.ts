import { describe, expect, it, vi } from 'vitest';
import { handleContentRequest } from '@/src/extension/content/content-messages';
import type { PageSession } from '@/src/extension/content/page-session';
import { isBackgroundRequest, isContentRequest, isReportChanged, type PageReport } from '@/src/extension/messages';
import { OFF_TOPIC } from '../popup/sample-analysis';

describe('message guards', () => {
  it.each([
    [{ type: 'claimlens:get-report' }, true, false],
    [{ type: 'claimlens:scan-anyway' }, true, false],
    [{ type: 'claimlens:scroll-to-match', start: 1, end: 2 }, true, false],
    [{ type: 'claimlens:set-highlights', visible: false }, true, false],
    [{ type: 'claimlens:navigate', move: 'next' }, true, false],
    [{ type: 'claimlens:analyze', page: {} }, false, true],
    [{ type: 'claimlens:page-report', report: null }, false, true],
    [{ type: 'claimlens:tab-report', tabId: 1 }, false, true],
    [{ type: 'someone-else' }, false, false],
    ['claimlens:get-report', false, false],
    [null, false, false],
  ])('%j → content %s, background %s', (message, content, background) => {
    expect(isContentRequest(message)).toBe(content);
    expect(isBackgroundRequest(message)).toBe(background);
  });

  it('recognises the change notice', () => {
    expect(isReportChanged({ type: 'claimlens:report-changed', tabId: 1, report: null })).toBe(true);
    expect(isReportChanged({ type: 'claimlens:get-report' })).toBe(false);
  });
});

describe('content script requests', () => {
  const declined: PageReport = { kind: 'declined', url: 'https://a.example/', topic: OFF_TOPIC };
  const fakeSession = (): PageSession => ({
    scan: vi.fn(async () => undefined),
    scanAnyway: vi.fn(async () => undefined),
    setHighlightsVisible: vi.fn(async () => undefined),
    revealMatch: vi.fn((start: number) => start === 10),
    move: vi.fn(),
    onLocationChange: vi.fn(),
    updateSettings: vi.fn(),
    report: async () => declined,
  });

  it('runs a forced scan for "scan anyway" and answers with the report', async () => {
    const session = fakeSession();
    expect(await handleContentRequest({ type: 'claimlens:scan-anyway' }, session)).toEqual({ ok: true, report: declined });
    expect(session.scanAnyway).toHaveBeenCalledOnce();
  });

  it('passes highlight visibility and scroll targets through', async () => {
    const session = fakeSession();
    await handleContentRequest({ type: 'claimlens:set-highlights', visible: false }, session);
    expect(session.setHighlightsVisible).toHaveBeenCalledWith(false);
    expect((await handleContentRequest({ type: 'claimlens:scroll-to-match', start: 10, end: 20 }, session)).ok).toBe(true);
    expect((await handleContentRequest({ type: 'claimlens:scroll-to-match', start: 11, end: 20 }, session)).ok).toBe(false);
  });

  it('moves for the keyboard commands, and toggles from what the report says', async () => {
    const session = fakeSession();
    await handleContentRequest({ type: 'claimlens:navigate', move: 'previous' }, session);
    expect(session.move).toHaveBeenCalledWith(-1);
    await handleContentRequest({ type: 'claimlens:navigate', move: 'toggle' }, session);
    // A declined page shows no highlights: the toggle turns them on.
    expect(session.setHighlightsVisible).toHaveBeenCalledWith(true);
  });
});
