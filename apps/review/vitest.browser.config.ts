import { defineConfig } from 'vitest/config';

/**
 * End to end in Debian's Chromium: a preview built from a small fixture content folder, the review server as a
 * child process on 127.0.0.1 (SQLite and PostgreSQL), share links from the CLI, and the CLI reading the comments.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
