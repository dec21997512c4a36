/**
 * The PDF step after `astro build` (build-pdfs.ts): a tagged PDF of every edition's whole document,
 * sizes written into the links. Runs before the search index, so the indexed pages are the final ones.
 * STRATEGI_PDF=0 builds without PDFs (and without links to them); CHROMIUM_PATH names another Chromium.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '@strategi/chromium';
import type { AstroIntegration } from 'astro';
import { archivedFile, reusedFolders } from '../integrations/archive.ts';
import { reusedEditions } from '../lib/archive/reuse.ts';
import { pdfEnabled, pdfPath } from '../lib/pdf-links.ts';
import { buildPdfs } from './build-pdfs.ts';
import { pdfCacheDir } from './cache.ts';

export function pdfIntegration(mode: 'public' | 'preview'): AstroIntegration {
  /** The site's origin (STRATEGI_SITE_URL); unknown without it, and then the PDFs link to no page of the site. */
  let origin: string | undefined;
  return {
    name: 'strategi-pdf',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) origin = new URL(config.site).origin;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const enabled = pdfEnabled();
        if (enabled && !existsSync(chromiumPath)) {
          throw new Error(
            `PDF-ene lages med Chromium, men ${chromiumPath} finnes ikke. Installer Debians Chromium (apt-get install chromium), ` +
              'sett CHROMIUM_PATH, eller bygg uten PDF med STRATEGI_PDF=0.',
          );
        }
        const started = performance.now();
        const result = await buildPdfs({
          dist: fileURLToPath(dir),
          origin,
          mode,
          cacheDir: pdfCacheDir(),
          chromiumPath,
          enabled,
          leaveAlone: reusedFolders(),
          archivedPdfs: new Map(
            [...reusedEditions()].flatMap((id) => {
              const file = archivedFile(pdfPath(id).slice(1));
              return file ? [[id, file] as const] : [];
            }),
          ),
          log: (line) => logger.info(line),
        });
        const made = [...result.pdfs.values()].filter((pdf) => pdf.from === 'chromium').length;
        logger.info(
          enabled
            ? `${result.pdfs.size} PDF-er (${made} laget, ${result.pdfs.size - made} fra hurtiglageret) på ${Math.round(performance.now() - started)} ms` +
                (result.archived.size ? `; ${result.archived.size} med versjonen sin fra arkivet.` : '.')
            : 'Bygget uten PDF (STRATEGI_PDF=0).',
        );
      },
    },
  };
}
