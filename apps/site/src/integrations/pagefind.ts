/**
 * Builds the Pagefind search index of each version over its finished pages, into `/versjoner/<id>/pagefind/`: the
 * index belongs to the version's archived output, cached and checked with it, and a search on a version's page
 * loads that version's index. The language is forced to Norwegian on purpose: per-page languages (nb, nn) would
 * give one index per language, and Pagefind's script searches only the index of the page's own <html lang>, so
 * bokmål pages would not find nynorsk measures (see README). Only pages marked `data-pagefind-body` are indexed
 * (the versioned pages), each with a `versjon` filter.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
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
