import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
    // A file per core, not vitest's default of one fewer (one at a time on a two-core machine); each file makes its
    // own databases on the shared server.
    maxWorkers: availableParallelism(),
    // One PostgreSQL server for the whole run (the review package's test server), stopped at the end.
    globalSetup: ['test/postgres-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
