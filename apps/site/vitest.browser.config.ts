import { defineConfig } from 'vitest/config';

/**
 * The browser tests: the built sites (dist/, the real content's public build, and dist-demo-preview/, the
 * demonstration's preview) served on 127.0.0.1 and driven in Debian's Chromium. Build both first; see
 * test/browser/README.md.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['@strategi/testing/run-tmpdir', 'test/browser/global-setup.ts'],
    // Two cores, two files at once over the one shared Chromium (each file opens its own contexts), and at most
    // two concurrent tests inside a file (the axe scans run in two tabs at once): the builds of review.test.ts and
    // demo-command.test.ts and the file-only checks keep one core busy while the other drives the browser.
    fileParallelism: true,
    maxWorkers: 2,
    maxConcurrency: 2,
    // The files run one after another in each worker, which keeps its modules: playwright-core, parse5, html-validate,
    // the harness and (for review.test.ts) Astro are loaded once per worker, not once per file. The harness keeps no
    // state between files: each file connects to the browser and opens its pages itself (harness/session.ts).
    isolate: false,
    testTimeout: 60_000,
    // A page's answer to a click or a request may take more than expect.poll's default second on a busy machine.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    teardownTimeout: 15_000,
  },
});
