/**
 * Builds the Pagefind search index over the finished site. The language is forced to Norwegian on purpose: per-page
 * languages (nb, nn) would give one index per language, and Pagefind's script searches only the index of the page's
 * own <html lang>, so bokmål pages would not find nynorsk measures (see README). Only pages marked
 * `data-pagefind-body` are indexed (the versioned pages), each with a `versjon` filter, so a search can be limited to the version being read.
 */

import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'strategi-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'no' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`Indexed ${added.page_count} pages for search.`);
        await pagefind.close();
      },
    },
  };
}
