import { defineConfig } from 'vitest/config';

/** In Debian's Chromium: the editor as a child process on 127.0.0.1 over a copy of the fixture content in a git repository. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    // Two files side by side: each starts its own editor on a free port over its own copy of the content, with its
    // own review data, preview folder and browser context (in the worker's one Chromium), and much of a file's time
    // is spent waiting on the editor (a save checks the whole draft) or on the preview build.
    fileParallelism: true,
    maxWorkers: 2,
    // Each corpus as a ready git repository, made once per run; a test copies one (test/corpus-template.ts). Every
    // editor the files start reads its modules from one V8 compile cache, compiled by the first.
    globalSetup: ['@strategi/testing/run-tmpdir', 'test/global-setup.ts', '@strategi/testing/node-compile-cache'],
    // No file mocks a module or changes process state: a worker's later files find playwright-core and the model
    // loaded already.
    isolate: false,
    testTimeout: 120_000,
    // A page's answer to a click or a request may take more than expect.poll's default second on a busy machine.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
