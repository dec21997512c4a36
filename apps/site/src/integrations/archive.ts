/**
 * The build's archive of versions. Before the pages are rendered it decides which versions come from the cache
 * (STRATEGI_CACHE_DIR, public builds only): those whose key — the site's code, the version's content and status,
 * the versions before it — has a sound entry. After the build it indexes the versions it rendered for search,
 * writes each version's integrity manifest, copies the cached versions in and checks them against their manifests,
 * and stores what it rendered. The root, the versions page, the histories, the changes, the feed and the sitemap are
 * rendered every time.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { restoreEntry, soundEntry, storeEntry } from '../lib/archive/cache.ts';
import { siteCodeHash, versionKeys } from '../lib/archive/cache-key.ts';
import { checkAgainstManifest, computeManifest, manifestPath } from '../lib/archive/manifest.ts';
import { reusedEditions, setReusedEditions } from '../lib/archive/reuse.ts';
import type { BuildMode } from '../lib/build.ts';
import { getSite } from '../lib/corpus.ts';
import { indexVersions } from './pagefind.ts';

export interface ArchiveOptions {
  siteRoot: string;
  contentDir: string;
  mode: BuildMode;
  /** STRATEGI_CACHE_DIR, resolved; undefined builds every version. */
  cacheDir: string | undefined;
  /** Settings that reach the pages, part of the code's hash. */
  settings: Record<string, string | undefined>;
}

export function archiveIntegration(options: ArchiveOptions): AstroIntegration {
  let keys = new Map<string, string>();
  let cacheDir: string | undefined;
  return {
    name: 'strategi-archive',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        setReusedEditions(new Set());
        cacheDir = options.mode === 'public' ? options.cacheDir : undefined;
        if (!cacheDir) return;
        const site = await getSite(options.contentDir, options.mode);
        keys = await versionKeys(site.editions, await siteCodeHash(options.siteRoot, options.settings), site.today);
        const reused = new Set<string>();
        for (const [id, key] of keys) {
          const problems: string[] = [];
          if (await soundEntry(cacheDir, key, id, problems)) reused.add(id);
          else if (problems.length) logger.warn(`The cached output of ${id} did not match its manifest and is rebuilt: ${problems.slice(0, 3).join('; ')}`);
        }
        setReusedEditions(reused);
        logger.info(
          `Versions from the cache: ${[...reused].join(', ') || 'none'}; rendered: ${[...keys.keys()].filter((id) => !reused.has(id)).join(', ') || 'none'}.`,
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const site = await getSite(options.contentDir, options.mode);
        const reused = reusedEditions();
        const rendered = site.editions.filter((edition) => !reused.has(edition.id)).map((edition) => edition.id);
        const indexed = await indexVersions(out, rendered);
        logger.info(`Indexed ${indexed} pages of ${rendered.length} version(s) for search.`);
        for (const id of rendered) {
          const edition = site.editions.find((e) => e.id === id)!;
          if (!edition.version) continue;
          const manifest = await computeManifest(out, id);
          await writeFile(path.join(out, manifestPath(id)), manifest);
          const key = keys.get(id);
          if (cacheDir && key) await storeEntry(cacheDir, key, id, out, manifest);
        }
        for (const id of reused) await restoreVerified(cacheDir!, keys.get(id)!, id, out, logger);
      },
    },
  };
}

/** Copies a cached version in and checks the copy against its manifest; a mismatch stops the build. */
async function restoreVerified(cacheDir: string, key: string, id: string, out: string, logger: AstroIntegrationLogger): Promise<void> {
  await restoreEntry(cacheDir, key, id, out);
  const manifest = await readFile(path.join(out, manifestPath(id)), 'utf8');
  const problems = await checkAgainstManifest(out, id, manifest);
  if (problems.length) throw new Error(`The output of ${id} taken from the cache does not match its manifest: ${problems.join('; ')}`);
  logger.info(`${id}: taken from the cache and checked against ${manifestPath(id)}.`);
}
