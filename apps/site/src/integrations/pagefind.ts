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
 * Indexes the current version's root pages of the built site `site` into `/pagefind/`; returns the pages indexed.
 * Only pages marked for search are added, so the site-wide pages at the root stay out as they do of a version's index.
 */
export async function indexRoot(site: string): Promise<number> {
  const files = (await readdir(site, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter(isRootPage)
    .sort();
  let pages = 0;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'no' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (const file of files) {
      const content = await readFile(path.join(site, file), 'utf8');
      if (!content.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ sourcePath: file, content });
      if (added.errors.length) throw new Error(`Pagefind could not index /${file}: ${added.errors.join('; ')}`);
      pages++;
    }
    const written = await index.writeFiles({ outputPath: path.join(site, ROOT_INDEX) });
    if (written.errors.length) throw new Error(`Pagefind could not write the root's index: ${written.errors.join('; ')}`);
    await index.deleteIndex();
  } finally {
    await pagefind.close();
  }
  return pages;
}
