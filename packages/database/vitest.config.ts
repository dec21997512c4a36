import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One PostgreSQL server for the whole run, started in a temporary folder and stopped at the end.
    globalSetup: ['@strategi/testing/run-tmpdir', '@strategi/database/testing/global-setup'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
