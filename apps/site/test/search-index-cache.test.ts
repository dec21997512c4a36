/**
 * The preview's kept search indexes (src/integrations/search-index-cache.ts), with Pagefind itself over a small
 * built site: a version whose pages are byte for byte the last build's gets the last index, the same files Pagefind
 * makes from nothing; a changed, added or removed page makes it index again.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { indexRoot, indexVersions } from '../src/integrations/pagefind.ts';
import { SEARCH_INDEX_FOLDER } from '../src/integrations/search-index-cache.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'strategi-search-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (title: string, text: string) =>
  `<!doctype html><html lang="nb"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

/** A built site with two versions and the current version's pages at the root. */
function site(name: string): string {
  const root = path.join(scratch, name);
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write('versjoner/2024-vedtatt/index.html', page('Strategien', 'Digital kompetanse i skolen.'));
  write('versjoner/2024-vedtatt/tiltak/T-1/index.html', page('Kompetansepakke', 'For barnehageansatte.'));
  write('versjoner/utkast/index.html', page('Utkastet', 'Digital kompetanse i barnehagen.'));
  write('versjoner/utkast/tiltak/T-1/index.html', page('Kompetansepakke', 'For alle barnehageansatte.'));
  write('index.html', page('Strategien', 'Digital kompetanse i skolen.'));
  write('tiltak/T-1/index.html', page('Kompetansepakke', 'For barnehageansatte.'));
  return root;
}

/** Every file under `folder` with its bytes, by relative path. */
function files(folder: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      found.set(path.relative(folder, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name)).toString('base64'));
  }
  return found;
}

describe('the preview’s kept search indexes', () => {
  const cache = path.join(scratch, 'cache');
  const versions = ['2024-vedtatt', 'utkast'];

  test('are made and kept on the first build, then copied while a version’s pages are unchanged', async () => {
    const first = site('first');
    expect((await indexVersions(first, versions, cache)).copied).toEqual([]);
    expect((await indexRoot(first, cache)).copied).toBe(false);
    expect(readdirSync(path.join(cache, SEARCH_INDEX_FOLDER)).sort()).toEqual(['rot', 'versjoner']);

    // The next build: the same pages but one of the draft's.
    const second = site('second');
    writeFileSync(path.join(second, 'versjoner/utkast/tiltak/T-1/index.html'), page('Kompetansepakke', 'For alle ansatte i barnehagen.'));
    const indexed = await indexVersions(second, versions, cache);
    expect(indexed.copied).toEqual(['2024-vedtatt']);
    expect(indexed.pages).toBe(4);
    const root = await indexRoot(second, cache);
    expect(root).toEqual({ pages: 2, copied: true });

    // What was copied is what Pagefind makes from nothing, and the draft's new text is found in its new index.
    const cold = site('cold');
    cpSync(path.join(second, 'versjoner/utkast/tiltak/T-1/index.html'), path.join(cold, 'versjoner/utkast/tiltak/T-1/index.html'));
    await indexVersions(cold, versions);
    await indexRoot(cold);
    for (const folder of ['versjoner/2024-vedtatt/pagefind', 'versjoner/utkast/pagefind', 'pagefind']) {
      expect(files(path.join(second, folder)), folder).toEqual(files(path.join(cold, folder)));
    }
  });

  test('index again when a page is added or removed, or a page at the root changes', async () => {
    const third = site('third');
    writeFileSync(path.join(third, 'versjoner/utkast/tiltak/T-1/index.html'), page('Kompetansepakke', 'For alle ansatte i barnehagen.'));
    writeFileSync(path.join(third, 'versjoner/2024-vedtatt/tiltak/extra.html'), page('Et tillegg', 'Ny side.'));
    rmSync(path.join(third, 'versjoner/utkast/index.html'));
    writeFileSync(path.join(third, 'tiltak/T-1/index.html'), page('Kompetansepakke', 'Endret på roten.'));
    expect((await indexVersions(third, versions, cache)).copied).toEqual([]);
    expect((await indexRoot(third, cache)).copied).toBe(false);
    const again = await indexVersions(third, versions, cache);
    expect(again.copied).toEqual(versions);
    expect(again.pages).toBe(4);
  });

  test('are left alone without a cache folder: a public build makes every index', async () => {
    const plain = site('plain');
    expect(await indexVersions(plain, versions)).toEqual({ pages: 4, copied: [] });
    expect(await indexRoot(plain)).toEqual({ pages: 2, copied: false });
  });
});
