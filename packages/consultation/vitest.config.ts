import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One PostgreSQL server for the whole run, started in a temporary folder and stopped at the end.
    globalSetup: ['@strategi/testing/run-tmpdir', '@strategi/database/testing/global-setup'],
    // A file per core, not vitest's default of one fewer (one at a time on a two-core machine).
    maxWorkers: availableParallelism(),
    // No file mocks a module or changes process state: a worker imports the store's and the model's modules once,
    // not once per file.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
