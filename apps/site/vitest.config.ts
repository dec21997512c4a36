import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Pages and libs read the build plan from a virtual module the plan integration serves; the tests get a fixed one.
  resolve: { alias: [{ find: /^virtual:strategi\/plan$/, replacement: fileURLToPath(new URL('./test/plan.ts', import.meta.url)) }] },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
