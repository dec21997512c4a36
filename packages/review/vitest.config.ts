import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One PostgreSQL server for the whole run, started in a temporary folder and stopped at the end.
    globalSetup: ['@strategi/testing/run-tmpdir', '@strategi/database/testing/global-setup'],
    setupFiles: ['src/testing/sqlite-cleanup.ts'],
    // A file per core, not vitest's default of one fewer (one at a time on a two-core machine).
    maxWorkers: availableParallelism(),
    // No file mocks a module or changes process state: a worker imports the store's modules (Kysely, pg, the
    // model's Markdown parser) once, not once per file, which was most of the run's CPU.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
