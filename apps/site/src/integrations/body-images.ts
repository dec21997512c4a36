/**
 * Copies the images each version's bodies show into the built site, beside its pages: `versjoner/<id>/<path>`, and
 * at the root for the current version. A version taken from the archive cache already has its images (they are part
 * of its archived output and its manifest), so only the versions rendered in this build are copied. Runs before the
 * PDF step, which prints the pages with their images.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Archive } from '../lib/archive/archive.ts';
import { imagesUsed } from '../lib/body-images.ts';
import { siteData } from '../lib/site-data.ts';
import { VERSIONS_PATH } from '../lib/urls.ts';
import type { BuildPlan } from '../plan/build-plan.ts';

export function bodyImagesIntegration(plan: BuildPlan, archive: Archive): AstroIntegration {
  return {
    name: 'strategi-body-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const site = await siteData(plan);
        const reused = new Set(archive.plan.reused.editions);
        let copied = 0;
        const copy = async (from: string, to: string) => {
          await mkdir(path.dirname(to), { recursive: true });
          await copyFile(from, to);
          copied++;
        };
        for (const edition of site.editions) {
          const images = imagesUsed(edition);
          for (const image of images) {
            if (!reused.has(edition.id)) await copy(path.join(edition.root, image), path.join(out, VERSIONS_PATH, edition.id, image));
            if (edition === site.current) await copy(path.join(edition.root, image), path.join(out, image));
          }
        }
        if (copied) logger.info(`Copied ${copied} image file(s) beside the pages that show them.`);
      },
    },
  };
}
