import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The run's temporary folders in one, removed at the end (@strategi/testing/run-tmpdir).
    globalSetup: ['@strategi/testing/run-tmpdir'],
  },
});
