import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const siteRoot = path.dirname(fileURLToPath(import.meta.url));
const modelDiff = path.resolve(siteRoot, '../../packages/model/src/diff/index.ts');

export default defineConfig({
  resolve: existsSync(modelDiff) ? {} : { alias: { '@strategi/model/diff': path.join(siteRoot, 'src/lib/diff-unavailable.ts') } },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
