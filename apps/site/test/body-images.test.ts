/**
 * An image in a document's text reaches the built page: the fixture with a PNG in `bilder/` shown by T-1, released as
 * the current version, built without PDFs. The file is copied beside the pages of the version (and of the root), and
 * the page shows it with its alt text, its size read from the file and lazy loading.
 */
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyFixtureContent, strategi } from './archive-helpers.ts';
import { buildScratch, buildSite } from './site-build.ts';

/** A 12 × 8 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAwAAAAICAIAAABChommAAAAMElEQVR4nGOQz2eQzxeRz9eQz7eRzw+Qz0+Rz6+Qz++Rz18gn79FPv+EfP4dhlFFAHyDXoF9OTzyAAAAAElFTkSuQmCC',
  'base64',
);
const ALT = 'Søylediagram over barnehager med kompetansepakken';

describe('an image in a document’s text', () => {
  const scratch = buildScratch('body-images');
  const out = path.join(scratch, 'site');
  beforeAll(async () => {
    const content = copyFixtureContent(scratch);
    mkdirSync(path.join(content, 'bilder'));
    writeFileSync(path.join(content, 'bilder', 'figur.png'), PNG);
    appendFileSync(path.join(content, 'tiltak', 'T-1.md'), `\n![${ALT}](../bilder/figur.png)\n`);
    strategi(
      content,
      'release',
      '2025-bilder',
      '--status',
      'vedtatt',
      '--change',
      'mindre',
      '--change-note',
      'Et bilde i tiltak 1.',
      '--label',
      'Med bilder',
      '--date',
      '2025-03-01',
      '--yes',
    );
    await buildSite(content, 'public', out, { STRATEGI_BUILD_DATE: '2025-03-10', STRATEGI_PDF: '0' });
  }, 600_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const read = (file: string) => readFileSync(path.join(out, file));

  test('is shown on the version’s page and at the root with its alt text, size and lazy loading', () => {
    for (const base of ['/versjoner/2025-bilder/', '/']) {
      const page = read(`${base.slice(1)}tiltak/T-1/index.html`).toString('utf8');
      expect(page, base).toContain(`<img src="${base}bilder/figur.png" alt="${ALT}" width="12" height="8" loading="lazy">`);
      expect(read(`${base.slice(1)}bilder/figur.png`).equals(PNG), base).toBe(true);
    }
  });

  test('is part of the released version’s published files', () => {
    expect(read('versjoner/2025-bilder/sha256sum.txt').toString('utf8')).toMatch(/^[0-9a-f]{64} {2}versjoner\/2025-bilder\/bilder\/figur\.png$/m);
  });
});
