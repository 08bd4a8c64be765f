import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeBareExtension } from '../../tests/e2e/bare-extension';
import { listFixturePages } from '../../tests/e2e/fixture-pages';
import { launchChromiumWith } from '../../tests/e2e/launch-chromium';
import { medianPageCost } from '../../tests/e2e/main-thread-cost';
import { startRequestWatcher } from '../../tests/e2e/request-watcher';
import { startStaticServer } from '../../tests/e2e/static-server';

const BUILD = path.resolve('.output/chrome-mv3');
const CHROMIUM = '/usr/bin/chromium';
/** Time after load for the content script's work: the word check only, or the whole analysis and painting. */
const SETTLE_MS = { offTopic: 1500, onTopic: 4000 };

type Row = (label: string, value: string) => void;

function bytes(file: string): string {
  const data = readFileSync(file);
  return `${(data.length / 1024).toFixed(1)} KB raw, ${(gzipSync(data, { level: 9 }).length / 1024).toFixed(1)} KB gzip`;
}

/**
 * The browser half of `npm run bench`: the bytes injected into every page (the gate) and into pages
 * about the story (the reader), and, from Chromium traces in one run, the main-thread time of the
 * content scripts on an off-topic and an on-topic page against a bare content script.
 */
export async function printBrowserFigures(row: Row): Promise<void> {
  if (!existsSync(path.join(BUILD, 'gate.js'))) return row('browser figures', 'skipped: run `npm run build` first');
  row('injected into every page (gate.js)', bytes(path.join(BUILD, 'gate.js')));
  row('  loaded on pages about the story (reader.js)', bytes(path.join(BUILD, 'reader.js')));
  if (!existsSync(CHROMIUM)) return row('main-thread figures', `skipped: no ${CHROMIUM}`);
  const server = await startStaticServer();
  const requests = await startRequestWatcher();
  const ours = await launchChromiumWith(requests, BUILD);
  const bare = await launchChromiumWith(requests, writeBareExtension());
  try {
    const pages = [
      ['off-topic', listFixturePages('near-miss')[0].urlPath, SETTLE_MS.offTopic],
      ['on-topic', listFixturePages('on-topic')[1].urlPath, SETTLE_MS.onTopic],
    ] as const;
    for (const [kind, urlPath, settle] of pages) {
      const mine = await medianPageCost(ours, server.origin + urlPath, settle);
      const floor = await medianPageCost(bare, server.origin + urlPath, settle);
      row(`Chromium, ${kind} page (${urlPath.split('/').at(-2)})`,
        `${mine.totalMs.toFixed(2)} ms of script vs bare ${floor.totalMs.toFixed(2)} ms (×${(mine.totalMs / floor.totalMs).toFixed(0)}, +${(mine.totalMs - floor.totalMs).toFixed(2)} ms); ` +
        `whole tasks ${mine.tasksMs.toFixed(1)} vs ${floor.tasksMs.toFixed(1)} ms; longest task ${mine.longestMs.toFixed(1)} ms`);
    }
  } finally {
    await Promise.all([ours.close(), bare.close()]);
    await Promise.all([server.close(), requests.close()]);
  }
}
