import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { claimIndexPlugin } from './src/index/claim-index-plugin';
import { gateWordsPlugin } from './src/extension/build/gate-words-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact(), claimIndexPlugin(), gateWordsPlugin()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
