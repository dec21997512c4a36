import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
    // A file per core, not vitest's default of one fewer (one at a time on a two-core machine); each file makes its
    // own databases on the shared server.
    maxWorkers: availableParallelism(),
    // No file mocks a module or changes process state: a worker imports the server's modules (Hono, Kysely, pg,
    // the store) once, not once per file.
    isolate: false,
    // One PostgreSQL server for the whole run (the review package's test server), stopped at the end; one compile
    // cache for the server processes the tests start.
    globalSetup: ['@strategi/testing/run-tmpdir', '@strategi/database/testing/global-setup', '@strategi/testing/node-compile-cache'],
    setupFiles: ['@strategi/review/testing/sqlite-cleanup'],
    testTimeout: 60_000,
    // The mail queue's state after a send may take more than expect.poll's default second on a busy machine.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
  },
});
