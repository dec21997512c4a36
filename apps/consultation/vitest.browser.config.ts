import { defineConfig } from 'vitest/config';

/** End to end in Debian's Chromium: the service as a child process on 127.0.0.1, mail to a test SMTP server. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    // The compile cache kept from run to run: the service starts from modules an earlier start compiled. The run's
    // parse cache (@strategi/testing/parse-cache): the service reads its content again every few seconds here.
    globalSetup: ['@strategi/testing/run-tmpdir', '@strategi/testing/parse-cache', '@strategi/testing/node-compile-cache'],
    fileParallelism: false,
    testTimeout: 90_000,
    // A page's answer to a click or a request may take more than expect.poll's default second on a busy machine.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
  },
});
