/**
 * Page weight: every page of both builds transfers at most 60 kB (gzip) before search is used — its HTML, the
 * stylesheets and scripts it links, and on archived pages the versions JSON the switcher reads.
 */
import { describe, expect, test } from 'vitest';
import { siteWeights } from '../../scripts/page-weight.ts';
import { distDir, previewDir } from './harness/paths.ts';

const BUDGET = 60 * 1024;

describe('page weight', () => {
  test.each([
    ['public build', distDir],
    ['preview build', previewDir],
  ])('every page of the %s is at most 60 kB', (_name, root) => {
    const weights = siteWeights(root);
    expect(weights.length).toBeGreaterThan(10);
    expect(weights.filter((weight) => weight.total > BUDGET).map((weight) => `${weight.page}: ${(weight.total / 1024).toFixed(1)} kB`)).toEqual([]);
  });

  test('an archived page counts the versions JSON its switcher reads, and every page its stylesheet and scripts', () => {
    const weights = siteWeights(distDir);
    const archived = weights.find((weight) => /^\/versjoner\/[^/]+\/tiltak\/[^/]+\/$/.test(weight.page) && !weight.page.includes('/tiltak/status/'));
    expect(archived && archived.json > 0 && archived.css > 0 && archived.js > 0).toBe(true);
    expect(weights.find((weight) => weight.page === '/versjoner/')?.json).toBe(0);
  });
});
