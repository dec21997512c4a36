/**
 * The site's one integration with settings: in `astro:config:setup` it reads the build plan from the environment
 * (build-plan.ts), plans the archive (a public build with a cache folder), serves the plan to pages as
 * `virtual:strategi/plan`, and adds the build's steps, each given the plan and the archive it needs. A setting that
 * cannot be used stops Astro with the plan's Norwegian lines, without a stack trace.
 */
import { pathToFileURL } from 'node:url';
import { cacheSecret, readSettings } from '@strategi/model';
import type { AstroIntegration } from 'astro';
import { archiveIntegrations } from '../integrations/archive.ts';
import { bodyImagesIntegration } from '../integrations/body-images.ts';
import { contentWatchIntegration } from '../integrations/content-watch.ts';
import { siteUrlIntegration } from '../integrations/site-url.ts';
import { type Archive, planArchive } from '../lib/archive/archive.ts';
import { siteCodeHash } from '../lib/archive/cache-key.ts';
import { invalidateSite, siteData } from '../lib/site-data.ts';
import { pdfIntegration } from '../pdf/integration.ts';
import { type BuildPlan, BuildPlanError, planFromEnv } from './build-plan.ts';
import { moveOutputAside } from './old-output.ts';
import { closePageCache, openPageCache, pageCacheDir } from './page-cache.ts';
import { planModule } from './virtual-module.ts';

export interface SiteOptions {
  /** The site's folder (apps/site). */
  siteRoot: string;
  /** The environment the plan is read from; default: the process's. */
  env?: Record<string, string | undefined>;
}

/** The settings that reach the pages and so are part of every archived version's key. */
const pageSettings = (plan: BuildPlan): Record<string, string | undefined> => ({
  siteUrl: plan.siteUrl,
  mode: plan.mode,
  pdf: plan.pdf ? 'yes' : 'no',
});

export function strategiSite(options: SiteOptions): AstroIntegration {
  let pageCache: string | undefined;
  /** The output folder of the build being set up; undefined when Astro only checks or serves. */
  let buildOutput: string | undefined;
  /** The removal of the last build's output, moved aside (old-output.ts); the build ends once it is done. */
  let oldOutput: Promise<string | undefined> | undefined;
  return {
    name: 'strategi-plan',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, logger }) => {
        pageCache = undefined;
        buildOutput = undefined;
        oldOutput = undefined;
        let plan: BuildPlan;
        try {
          plan = planFromEnv(options.env ?? process.env, { siteRoot: options.siteRoot });
        } catch (error) {
          throw error instanceof BuildPlanError ? withoutStack(error) : error;
        }
        plan = await withContentAddress(plan);
        let archive: Archive | undefined;
        if (command === 'build') {
          // A build reads the content as it is now, even when its process read the same folder at the same moment before.
          invalidateSite();
          const cached = plan.mode === 'public' && plan.cacheDir !== undefined;
          const site = cached ? await siteData(plan) : undefined;
          archive = await planArchive(site ?? { editions: [], today: plan.today, reports: [], current: undefined }, {
            siteRoot: options.siteRoot,
            cacheDir: cached ? plan.cacheDir : undefined,
            secret: cached ? await cacheSecret() : undefined,
            settings: pageSettings(plan),
            log: logger,
          });
          plan = { ...plan, archive: archive.plan };
          buildOutput = plan.outDir;
          // A public build renders every page (the archive cache reuses whole released versions); the preview, which an
          // editor waits for after each save, copies the pages whose cache key is unchanged.
          if (plan.mode === 'preview') {
            pageCache = pageCacheDir(plan, options.siteRoot);
            await openPageCache(pageCache, plan.outDir);
            plan = { ...plan, pageCache: { dir: pageCache, codeHash: await siteCodeHash(options.siteRoot, {}) } };
          }
        }
        updateConfig({
          // No placeholder host: without STRATEGI_SITE_URL the outputs that need one say nothing about the host.
          ...(plan.siteUrl === undefined ? {} : { site: plan.siteUrl }),
          outDir: pathToFileURL(`${plan.outDir}/`),
          vite: { plugins: [planModule(plan)] },
          ...(plan.pageCache ? { cacheDir: pathToFileURL(`${plan.pageCache.dir}/`), experimental: { incrementalBuild: true } } : {}),
          // The PDF step writes sizes into the pages, so the archive's store (search index, manifests, cache) comes
          // after it; what comes from the cache is copied in while the PDF step prints, into folders it leaves alone.
          integrations: [siteUrlIntegration(plan), ...(archive ? archiveSteps(plan, archive, options.siteRoot) : []), contentWatchIntegration(plan)],
        });
      },
      // Astro would empty the output folder before it writes, file by file: it is moved aside and removed while the
      // pages render. Here, not at setup, so that a setup run alone (the tests' plan checks) moves nothing.
      'astro:build:start': async () => {
        if (buildOutput !== undefined) oldOutput = (await moveOutputAside(buildOutput)).removed;
      },
      // Astro has written every page and the keys of the cached copies by now.
      'astro:build:done': async ({ logger }) => {
        if (pageCache) await closePageCache(pageCache);
        const warning = await oldOutput;
        if (warning) logger.warn(warning);
      },
    },
  };
}

/** The public address is the content's (`url` in nettsted.yaml) unless STRATEGI_SITE_URL names another for this build. */
export async function withContentAddress(plan: BuildPlan): Promise<BuildPlan> {
  if (plan.siteUrl !== undefined) return plan;
  const url = (await readSettings(plan.contentDir)).settings?.url;
  return url === undefined ? plan : { ...plan, siteUrl: new URL(url).href };
}

function archiveSteps(plan: BuildPlan, archive: Archive, siteRoot: string): AstroIntegration[] {
  const { restore, store } = archiveIntegrations(plan, archive);
  // The images go in beside the pages before the PDF step prints them.
  return [restore, bodyImagesIntegration(plan, archive), pdfIntegration(plan, archive, siteRoot), store];
}

/** The plan's lines as Astro prints them: message and hint, no stack trace, which would point at the program, not the setting. */
function withoutStack(error: BuildPlanError): BuildPlanError {
  error.stack = '';
  return error;
}
