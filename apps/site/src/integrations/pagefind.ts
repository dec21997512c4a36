/**
 * Builds the Pagefind search index of each version over its finished pages, into `/versjoner/<id>/pagefind/`: the
 * index belongs to the version's archived output, cached and checked with it, and a search on a version's page
 * loads that version's index. The language is forced to Norwegian on purpose: per-page languages (nb, nn) would
 * give one index per language, and Pagefind's script searches only the index of the page's own <html lang>, so
 * bokmål pages would not find nynorsk measures (see README). Only pages marked `data-pagefind-body` are indexed
 * (the versioned pages), each with a `versjon` filter. The current version's root pages get an index of their own,
 * `/pagefind/`, made on every build (lib/archive/search-index.ts). A preview copies an index whose pages are
 * unchanged since its last build (search-index-cache.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { isRootPage, ROOT_INDEX } from '../lib/archive/search-index.ts';
import { VERSIONS_PATH } from '../lib/urls.ts';
import { cachedSearchIndex, htmlFiles, searchIndexKey } from './search-index-cache.ts';

/** The kept root index's place among the versions' (whose slots are under `versjoner/`). */
const ROOT_SLOT = 'rot';

/** Pagefind's settings for every index, in the key of a kept index too (search-index-cache.ts). */
const SETTINGS = { forceLanguage: 'no' } as const;

/** Makes Pagefind's index of the pages `glob` matches in `site` into `outputPath`; returns Pagefind's count of pages. */
async function makeIndex(site: string, glob: string, outputPath: string, what: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex(SETTINGS);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site, glob });
  if (added.errors.length) throw new Error(`Pagefind could not index ${what}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write the index of ${what}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return added.page_count;
}

/**
 * Makes the index `slot` from the HTML files under `site`'s entries `names`, which `glob` matches: copied from the
 * preview's kept indexes in `cacheDir` when its pages are unchanged, else made (and kept when there is a `cacheDir`).
 */
async function writeIndex(site: string, names: readonly string[], glob: string, outputPath: string, slot: string, cacheDir: string | undefined) {
  const make = () => makeIndex(site, glob, outputPath, slot);
  if (cacheDir === undefined) return { pages: await make(), copied: false };
  const key = await searchIndexKey(site, await htmlFiles(site, names), `${JSON.stringify(SETTINGS)} ${glob}`);
  return cachedSearchIndex(cacheDir, slot, key, outputPath, make);
}

/**
 * Indexes the pages of each version in `editionIds` in the built site `site`; returns the pages indexed and the
 * versions whose index was copied from the preview's kept indexes in `cacheDir` (search-index-cache.ts).
 */
export async function indexVersions(site: string, editionIds: readonly string[], cacheDir?: string): Promise<{ pages: number; copied: string[] }> {
  let pages = 0;
  const copied: string[] = [];
  try {
    for (const id of editionIds) {
      const folder = `${VERSIONS_PATH}/${id}`;
      const written = await writeIndex(site, [folder], `${folder}/**/*.html`, path.join(site, VERSIONS_PATH, id, 'pagefind'), folder, cacheDir);
      pages += written.pages;
      if (written.copied) copied.push(id);
    }
  } finally {
    await pagefind.close();
  }
  return { pages, copied };
}

/**
 * The glob of the root's pages for Pagefind: every HTML file of the top-level entries `names` of the built site but
 * the versions and the root's own index. One glob lets Pagefind read the files in its own process, instead of one
 * call from Node per file.
 */
export function rootGlob(names: readonly string[]): string {
  const parts = names
    .filter((name) => name !== VERSIONS_PATH && name !== ROOT_INDEX)
    .sort()
    .map((name) => (name.endsWith('.html') ? name : `${name}/**/*.html`));
  return `{${parts.join(',')}}`;
}

/**
 * Indexes the current version's root pages of the built site `site` into `/pagefind/`; returns the pages indexed and
 * whether the index was copied from the preview's kept indexes in `cacheDir`. Only pages marked for search are
 * added, so the site-wide pages at the root stay out as they do of a version's index.
 */
export async function indexRoot(site: string, cacheDir?: string): Promise<{ pages: number; copied: boolean }> {
  const names = (await readdir(site, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() || isRootPage(entry.name))
    .map((entry) => entry.name)
    .filter((name) => name !== VERSIONS_PATH && name !== ROOT_INDEX);
  const outputPath = path.join(site, ROOT_INDEX);
  let copied = false;
  try {
    copied = (await writeIndex(site, names, rootGlob(names), outputPath, ROOT_SLOT, cacheDir)).copied;
  } finally {
    await pagefind.close();
  }
  // Pagefind counts every file it read; its entry file counts the pages it indexed (those marked for search).
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return { pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0), copied };
}
