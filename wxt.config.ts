import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { claimIndexPlugin } from './src/index/claim-index-plugin';
import { gateWordsPlugin } from './src/extension/build/gate-words-plugin';

const GECKO_ID = 'claimlens@claimlens.example';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  // Static files (the toolbar icons) live under assets/ with the rest of the artwork.
  publicDir: 'assets/public',
  vite: () => ({ plugins: [preact(), claimIndexPlugin(), gateWordsPlugin()] }),
  hooks: {
    // The always-on gate is an unlisted script (no WXT content-script runtime, no polyfill), so it is
    // declared here; the reader it imports on pages about the story must be web-accessible for import(),
    // in Chrome under a per-session URL only, so that pages cannot detect ClaimLens by its fixed id.
    'build:manifestGenerated': (wxt, manifest) => {
      const pages = ['http://*/*', 'https://*/*'];
      manifest.content_scripts = [...(manifest.content_scripts ?? []), { matches: pages, js: ['gate.js'], run_at: 'document_idle' }];
      const reader = ['reader.js'];
      (manifest as { web_accessible_resources?: unknown }).web_accessible_resources =
        wxt.config.manifestVersion === 2 ? reader : [{ resources: reader, matches: pages, use_dynamic_url: true }];
    },
  },
  manifest: ({ browser }) => ({
    name: 'ClaimLens',
    description: 'Highlights what an article about the EU–Taliban migration talks shares with, and where it differs from, other coverage. Works offline.',
    // storage: per-tab results that outlive the MV3 service worker, and the reader's settings.
    // Chromium also: activeTab + scripting, for the popup to ask the gate in the page it declined
    // (the gate keeps no message listener there: see src/extension/gate/gate-handle.ts).
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'activeTab', 'scripting'],
    action: { default_title: 'ClaimLens' },
    // Rebindable in the browser's shortcut settings. Alt with "." and "," rather than Alt+Shift+letter,
    // which Firefox on Windows and Linux gives to menu access keys.
    commands: {
      'next-highlight': { suggested_key: { default: 'Alt+Period' }, description: 'Next highlighted sentence' },
      'previous-highlight': { suggested_key: { default: 'Alt+Comma' }, description: 'Previous highlighted sentence' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Hide or show highlights' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
