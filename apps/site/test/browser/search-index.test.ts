/**
 * What the search shows, read from Pagefind's index in the build: words of neighbouring elements kept apart,
 * no example boilerplate in the excerpts, and result titles that say the kind of document and the version.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ui } from '@strategi/i18n';
import { describe, expect, test } from 'vitest';
import { distDir } from './harness/paths.ts';

interface Fragment {
  url: string;
  content: string;
  meta: { title?: string };
}

/** Every page Pagefind indexed, from each version's index (`/versjoner/<id>/pagefind/`), its fragments gzip after a short signature. */
function fragments(): Fragment[] {
  const versions = join(distDir, 'versjoner');
  return readdirSync(versions, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(versions, entry.name, 'pagefind', 'fragment')))
    .flatMap((entry) => {
      const folder = join(versions, entry.name, 'pagefind', 'fragment');
      return readdirSync(folder).map((file) => {
        const data = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
        return JSON.parse(data.slice(data.indexOf('{'))) as Fragment;
      });
    });
}

describe('the search index', () => {
  const pages = fragments();
  const t = ui('nb');

  test('labels and values are separate words', () => {
    const labels = [t.fields.status, t.fields.start, t.fields.deadline, t.fields.sectors, t.fields.focusArea];
    const glued = pages.filter((page) => labels.some((label) => new RegExp(`${label}[A-ZÆØÅ0-9]`).test(page.content))).map((page) => page.url);
    expect(pages.length).toBeGreaterThan(0);
    expect(glued).toEqual([]);
  });

  test('no excerpt repeats the example notices, the breadcrumbs or the consultation notice', () => {
    const boilerplate = [t.example.doc, t.example.version, t.breadcrumbs.back('')];
    const found = pages.filter((page) => boilerplate.some((text) => page.content.includes(text.trim()))).map((page) => page.url);
    expect(found).toEqual([]);
  });

  test('a document’s result title names its kind and its version', () => {
    const measures = pages.filter((page) => /\/tiltak\/T-\d+\/$/.test(page.url));
    expect(measures.length).toBeGreaterThan(0);
    for (const page of measures) expect(page.meta.title, page.url).toMatch(/^Tiltak \d+: .+ \(.+\)$/);
  });
});
