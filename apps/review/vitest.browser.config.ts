import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * End to end in Debian's Chromium: a preview built from a small fixture content folder, the review server on
 * 127.0.0.1 (SQLite and PostgreSQL) started in the test's worker as its command starts it, share links from the CLI,
 * and the CLI reading the comments.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    // The compile cache after the preview build has started, so only the review servers and the web editor the tests
    // start share it; the one build has nothing to read from it.
    globalSetup: ['@strategi/testing/run-tmpdir', 'test/browser/global-setup.ts', '@strategi/testing/node-compile-cache'],
    // The files side by side, a file per core: they share only the preview build (read), Chromium (a connection
    // each) and the PostgreSQL server (a database each); every server they start listens on a port the system chose,
    // over a data folder of its own.
    fileParallelism: true,
    maxWorkers: availableParallelism(),
    // No file mocks a module or changes process state: the third file runs in a worker that has the CLI, the model,
    // the review server and playwright-core loaded already.
    isolate: false,
    // Room for a machine that is busy with other work too: the longest test takes about 15 seconds on a quiet one,
    // and a page's script may take more than expect.poll's default second to mark what the server sent.
    testTimeout: 120_000,
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
