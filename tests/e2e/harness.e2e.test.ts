import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { isLocalRequest } from './request-watcher';
import { fileForUrlPath } from './static-server';
import { countConflictLabels } from './fixture-pages';
import { contentScriptTasks, type TraceEvent } from './task-trace';

// The harness's own rules, checked without a browser: a wrong rule here would let a leak or a bad path through.
describe('request watcher: what counts as staying on this machine', () => {
  it.each([
    ['http://127.0.0.1:4100/fixtures/on-topic/01-x/page.html', true],
    ['chrome-extension://abcdefghijklmnop/popup.html?tabId=3', true],
    ['moz-extension://5c1a1e25-0e2e-4c1a-9e2e-c1a1e25e2e00/chunks/popup.js', true],
    ['data:image/png;base64,AAAA', true],
    ['about:blank', true],
    ['http://localhost:4100/', false],
    ['https://fonts.googleapis.com/css', false],
    ['http://127.0.0.1.example.com/', false],
    ['https://watch-check.claimlens.invalid:443/', false],
    ['not a url', false],
  ])('%s → %s', (url, local) => {
    expect(isLocalRequest(url)).toBe(local);
  });
});

describe('static server: which files a URL path reaches', () => {
  it.each([
    ['/fixtures/on-topic/01-x/page.html', path.resolve('tests/fixtures/on-topic/01-x/page.html')],
    ['/e2e/spa.html', path.resolve('tests/e2e/pages/spa.html')],
    ['/e2e/../../package.json', undefined],
    ['/e2e/%2e%2e/%2e%2e/package.json', undefined],
    ['/package.json', undefined],
  ])('%s → %s', (urlPath, file) => {
    expect(fileForUrlPath(urlPath)).toBe(file);
  });
});

describe('fixture discovery: planted conflicts in expected.json', () => {
  it.each([
    [{ onTopic: false, sentences: [] }, 0],
    [{ sentences: [{ relation: 'supports' }, { relation: 'conflicts', facet: 'visas.issued' }] }, 1],
    [{ sentences: [{ relation: 'conflicts' }], extra: { nested: [{ relation: 'conflicts' }] } }, 2],
  ])('%j → %i', (json, count) => {
    expect(countConflictLabels(json)).toBe(count);
  });
});

describe('task trace: which main-thread tasks are the content script’s', () => {
  const EXT = 'chrome-extension://abc';
  const task = (ts: number, dur: number, tid = 1, source = 'DOMTimer'): TraceEvent =>
    ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', ts, dur, pid: 1, tid, args: { src_func: source } });
  const frame = (ts: number, dur: number) => task(ts, dur, 1, 'ScheduledActionSendBeginMainFrame');
  const call = (name: string, ts: number, dur: number, url: string, tid = 1): TraceEvent => ({ name, ph: 'X', ts, dur, pid: 1, tid, args: { data: { url } } });
  it.each([
    ['injection: the script evaluated', [task(0, 90_000), call('EvaluateScript', 10, 80_000, `${EXT}/content-scripts/content.js`)], [{ kind: 'injection', ms: 90 }]],
    ['scheduled: an idle callback of the script', [task(0, 30_000), call('FunctionCall', 5, 100, `${EXT}/content-scripts/content.js`)], [{ kind: 'scheduled', ms: 30 }]],
    ['the page’s own script', [task(0, 70_000), call('FunctionCall', 5, 60_000, 'http://127.0.0.1/page.js')], []],
    ['another thread', [task(0, 70_000, 2), call('FunctionCall', 5, 100, `${EXT}/c.js`)], []],
    ['a rendering frame: only the script’s own callbacks in it', [frame(0, 31_000), call('FunctionCall', 5, 40, `${EXT}/r.js`), call('FunctionCall', 90, 2_000, `${EXT}/r.js`)], [{ kind: 'frame', ms: 2.04 }]],
    ['nested calls counted once', [task(0, 20_000), call('FunctionCall', 5, 9_000, `${EXT}/c.js`), call('FunctionCall', 6, 8_000, `${EXT}/c.js`)], [{ kind: 'scheduled', ms: 20 }]],
    ['outermost of nested tasks, once', [task(0, 40_000), task(1, 39_000), call('FunctionCall', 5, 100, `${EXT}/c.js`), call('FunctionCall', 9, 100, `${EXT}/c.js`)], [{ kind: 'scheduled', ms: 40 }]],
  ] as const)('%s', (_name, events, expected) => {
    expect(contentScriptTasks(events as readonly TraceEvent[], EXT)).toEqual(expected);
  });
});
