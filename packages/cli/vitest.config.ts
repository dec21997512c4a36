import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { include: ['test/**/*.test-d.ts'] },
    // Most tests wait on the command in a child process (or on git): a file per core, not vitest's default of one
    // fewer (one at a time on a two-core machine). Each test works in a folder of its own.
    maxWorkers: availableParallelism(),
    // No file mocks a module or changes process state: a worker imports the CLI's modules once, not once per file.
    isolate: false,
    // The commands the tests run share one parse cache (@strategi/testing/parse-cache) and the processes they spawn one
    // compile cache; one PostgreSQL server for the whole run, started in a temporary folder and stopped at the end.
    globalSetup: [
      '@strategi/testing/run-tmpdir',
      '@strategi/testing/parse-cache',
      '@strategi/testing/node-compile-cache',
      '@strategi/database/testing/global-setup',
    ],
  },
});
