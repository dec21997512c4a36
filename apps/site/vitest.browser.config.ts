import { defineConfig } from 'vitest/config';

/**
 * The browser tests: the built site (dist/ and dist-preview/) served on 127.0.0.1 and driven in
 * Debian's Chromium. Build both first; see test/browser/README.md.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    // Two cores: one test file at a time, and at most two concurrent tests inside it (the axe scans run
    // in two tabs at once). Two files at once made html-validate and the scans fight for the cores.
    fileParallelism: false,
    maxConcurrency: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 15_000,
  },
});
