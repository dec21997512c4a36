/**
 * One fact reads the same everywhere: on the real content's public build and on the demonstration's preview, every
 * place that shows a measure's status of the current version agrees with the measures list (status-shown.ts).
 */
import { describe, expect, test } from 'vitest';
import { statusDisagreements } from '../status-shown.ts';
import { distDir, previewDir } from './harness/paths.ts';

describe.each([
  ['the real content (dist)', distDir],
  ['the demonstration (dist-demo-preview)', previewDir],
])('every status shown of a measure on %s', (_, dir) => {
  test('agrees with the list: measure pages, status filters, the whole document, tiltak.csv and strategi.json', () => {
    const { measures, disagreements } = statusDisagreements(dir);
    expect(measures).toBeGreaterThan(0);
    expect(disagreements).toEqual([]);
  });
});
