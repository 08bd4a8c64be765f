import { defineConfig } from 'vitest/config';

/**
 * Browser tests of the built extension (`npm run test:e2e` builds first). Real Chromium and Firefox on a
 * slow 2-core CI machine: generous timeouts, and one browser at a time.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // A browser that fails to start should fail its file, not hang the run.
    teardownTimeout: 30_000,
  },
});
