/**
 * The archive's steps in the build (src/lib/archive/archive.ts has the lifecycle; the plan integration planned it
 * before any page was rendered). `restore`, once the pages are written, starts copying in what the cache supplies,
 * while the PDF step prints. `store`, after the PDF step, indexes the versions rendered for search, then has the
 * archive write their manifests, store them and wait for the copies; the root's pages are indexed on every build. The root, the versions page, the histories,
 * the list of changes, the feed and the sitemap are rendered every time.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Archive } from '../lib/archive/archive.ts';
import { siteData } from '../lib/site-data.ts';
import type { BuildPlan } from '../plan/build-plan.ts';
import { indexRoot, indexVersions } from './pagefind.ts';

export function archiveIntegrations(plan: BuildPlan, archive: Archive): { restore: AstroIntegration; store: AstroIntegration } {
  const restore: AstroIntegration = {
    name: 'strategi-archive-restore',
    hooks: {
      // Not awaited: the copies go on while the PDF step prints, and `store` waits for them.
      'astro:build:done': ({ dir, logger }) => archive.restore(fileURLToPath(dir), logger),
    },
  };
  const store: AstroIntegration = {
    name: 'strategi-archive',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const site = await siteData(plan);
        const reused = new Set(archive.plan.reused.editions);
        const rendered = site.editions.filter((edition) => !reused.has(edition.id));
        // A preview keeps each index in its page cache and copies it while the pages it reads are unchanged.
        const kept = plan.pageCache?.dir;
        const indexed = await indexVersions(
          out,
          rendered.map((edition) => edition.id),
          kept,
        );
        const copies = indexed.copied.length > 0 ? ` (${indexed.copied.length} unchanged, copied: ${indexed.copied.join(', ')})` : '';
        logger.info(`Indexed ${indexed.pages} pages of ${rendered.length} version(s) for search${copies}.`);
        // The root's index is never in the archive cache: it follows the root pages, which the published reports change.
        if (site.current) {
          const root = await indexRoot(out, kept);
          logger.info(`Indexed ${root.pages} pages of the current version at the root for search${root.copied ? ' (unchanged, copied)' : ''}.`);
        }
        await archive.store(out, site.editions);
      },
    },
  };
  return { restore, store };
}
