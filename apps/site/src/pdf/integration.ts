/**
 * The PDF step after `astro build` (build-pdfs.ts): a tagged PDF of every edition's whole document,
 * sizes written into the links. Runs before the search index, so the indexed pages are the final ones.
 * The plan's `pdf` (STRATEGI_PDF=0) builds without PDFs (and without links to them); STRATEGI_PDF_FONTS names
 * another folder of the DejaVu fonts the PDFs are set in.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cacheSecret } from '@strategi/model';
import type { AstroIntegration } from 'astro';
import type { Archive } from '../lib/archive/archive.ts';
import { pdfPath } from '../lib/pdf-links.ts';
import type { BuildPlan } from '../plan/build-plan.ts';
import { buildPdfs, typesetterOptions } from './build-pdfs.ts';
import { type PdfCache, pdfCache, pdfCacheDir } from './cache.ts';
import { type TypesetAhead, typesetAhead } from './typeset-ahead.ts';

/** The PDF step of a build of `plan`; `siteRoot` (apps/site) holds the PDF cache when the plan names no cache folder. */
export function pdfIntegration(plan: BuildPlan, archive: Archive, siteRoot: string): AstroIntegration {
  // Without the site's address the PDFs link to no page of the site.
  const origin = plan.siteUrl === undefined ? undefined : new URL(plan.siteUrl).origin;
  const cacheDir = pdfCacheDir(plan.cacheDir, siteRoot);
  let cache: PdfCache | undefined;
  let ahead: TypesetAhead | undefined;
  return {
    name: 'strategi-pdf',
    hooks: {
      // The print sources are typeset on the other core as soon as they are written (typeset-ahead.ts).
      'astro:build:start': async () => {
        if (!plan.pdf || !existsSync(plan.pdfFonts)) return;
        cache = pdfCache(cacheDir, await cacheSecret());
        ahead = typesetAhead({ dist: plan.outDir, origin, mode: plan.mode, cache, typesetter: typesetterOptions({ origin, fonts: plan.pdfFonts }) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (plan.pdf && !existsSync(plan.pdfFonts)) {
          throw new Error(
            `PDF-ene settes med DejaVu-skriftene, men ${plan.pdfFonts} finnes ikke. Installer Debians fonts-dejavu-core (apt-get install fonts-dejavu-core), ` +
              'sett STRATEGI_PDF_FONTS, eller bygg uten PDF med STRATEGI_PDF=0.',
          );
        }
        const started = performance.now();
        const result = await buildPdfs({
          dist: fileURLToPath(dir),
          origin,
          mode: plan.mode,
          cacheDir,
          cache,
          ahead,
          enabled: plan.pdf,
          fonts: plan.pdfFonts,
          leaveAlone: archive.reusedFolders(),
          archivedPdfs: new Map(
            archive.plan.reused.editions.flatMap((id) => {
              const file = archive.archivedFile(pdfPath(id).slice(1));
              return file ? [[id, file] as const] : [];
            }),
          ),
          log: (line) => logger.info(line),
        }).finally(() => ahead?.close());
        const made = [...result.pdfs.values()].filter((pdf) => pdf.from === 'typst').length;
        logger.info(
          plan.pdf
            ? `${result.pdfs.size} PDF-er (${made} laget, ${result.pdfs.size - made} fra hurtiglageret) på ${Math.round(performance.now() - started)} ms` +
                (result.archived.size ? `; ${result.archived.size} med versjonen sin fra arkivet.` : '.')
            : 'Bygget uten PDF (STRATEGI_PDF=0).',
        );
      },
    },
  };
}
