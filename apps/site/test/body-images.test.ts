/**
 * An image in a document's text reaches the built page: the run's build of the fixture with a PNG in `bilder/` shown
 * by T-1, released as the current version, built without PDFs (shared-builds.ts, releasedBuild). The file is copied
 * beside the pages of the version (and of the root), and the page shows it with its alt text, its size read from the
 * file and lazy loading.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { released, releasedBuild } from './shared-builds.ts';

const { id, image, png } = released;

describe('an image in a document’s text', () => {
  let out = '';
  beforeAll(async () => {
    out = (await releasedBuild()).out;
  }, 600_000);

  const read = (file: string) => readFileSync(path.join(out, file));

  test('is shown on the version’s page and at the root with its alt text, size and lazy loading', () => {
    for (const base of [`/versjoner/${id}/`, '/']) {
      const page = read(`${base.slice(1)}tiltak/T-1/index.html`).toString('utf8');
      expect(page, base).toContain(`<img src="${base}bilder/${image.file}" alt="${image.alt}" width="12" height="8" loading="lazy">`);
      expect(read(`${base.slice(1)}bilder/${image.file}`).equals(png), base).toBe(true);
    }
  });

  test('is part of the released version’s published files', () => {
    expect(read(`versjoner/${id}/sha256sum.txt`).toString('utf8')).toMatch(new RegExp(`^[0-9a-f]{64} {2}versjoner/${id}/bilder/figur\\.png$`, 'm'));
  });
});
