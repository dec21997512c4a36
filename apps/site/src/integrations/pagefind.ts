/**
 * Builds the Pagefind search index of each version over its finished pages, into `/versjoner/<id>/pagefind/`: the
 * index belongs to the version's archived output, cached and checked with it, and a search on a version's page
 * loads that version's index. The language is forced to Norwegian on purpose: per-page languages (nb, nn) would
 * give one index per language, and Pagefind's script searches only the index of the page's own <html lang>, so
 * bokmål pages would not find nynorsk measures (see README). Only pages marked `data-pagefind-body` are indexed
 * (the versioned pages), each with a `versjon` filter. The current version's root pages get an index of their own,
 * `/pagefind/`, rebuilt on every build (lib/archive/search-index.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { isRootPage, ROOT_INDEX } from '../lib/archive/search-index.ts';
import { VERSIONS_PATH } from '../lib/urls.ts';

/** Indexes the pages of each version in `editionIds` in the built site `site`; returns the pages indexed. */
export async function indexVersions(site: string, editionIds: readonly string[]): Promise<number> {
  let pages = 0;
  try {
    for (const id of editionIds) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'no' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: site, glob: `${VERSIONS_PATH}/${id}/**/*.html` });
      if (added.errors.length) throw new Error(`Pagefind could not index ${id}: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: path.join(site, VERSIONS_PATH, id, 'pagefind') });
      if (written.errors.length) throw new Error(`Pagefind could not write the index of ${id}: ${written.errors.join('; ')}`);
      await index.deleteIndex();
      pages += added.page_count;
    }
  } finally {
    await pagefind.close();
  }
  return pages;
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
 * Indexes the current version's root pages of the built site `site` into `/pagefind/`; returns the pages indexed.
 * Only pages marked for search are added, so the site-wide pages at the root stay out as they do of a version's index.
 */
export async function indexRoot(site: string): Promise<number> {
  const names = (await readdir(site, { withFileTypes: true })).filter((entry) => entry.isDirectory() || isRootPage(entry.name)).map((entry) => entry.name);
  const outputPath = path.join(site, ROOT_INDEX);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'no' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: rootGlob(names) });
    if (added.errors.length) throw new Error(`Pagefind could not index the root's pages: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write the root's index: ${written.errors.join('; ')}`);
    await index.deleteIndex();
  } finally {
    await pagefind.close();
  }
  // Pagefind counts every file it read; its entry file counts the pages it indexed (those marked for search).
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
