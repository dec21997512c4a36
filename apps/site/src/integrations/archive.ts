/**
 * The build's archive of versions, as two integrations around the PDF step. `cache`, before the pages are
 * rendered, decides what comes from the cache (STRATEGI_CACHE_DIR, public builds only): each version whose key —
 * the site's code, the version's content and status, the versions before it — has a sound entry, and each change
 * page between two versions whose key — the code and the two versions — has one; once the pages are written it
 * starts copying those in (every byte of which was checked against the entry's sealed manifest when the build started),
 * while the PDF step prints. `publish`, after the PDF step, indexes the versions it rendered for search, writes each
 * version's integrity manifest, stores what it rendered, and waits for the copies. The root, the versions page,
 * the histories, the list of changes, the feed and the sitemap are rendered every time.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CacheSecret, cacheSecret } from '@strategi/model';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { entrySite, restoreEntry, soundEntry, storeEntry } from '../lib/archive/cache.ts';
import { changePageKeys, siteCodeHash, versionKeys } from '../lib/archive/cache-key.ts';
import { type ArchiveUnit, changeUnit, computeManifest, manifestPath, unitManifest, versionUnit } from '../lib/archive/manifest.ts';
import { reusedChanges, reusedEditions, setReusedChanges, setReusedEditions } from '../lib/archive/reuse.ts';
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

/** Where a file of a unit this build takes from the cache is in the cache (read-only), by its path in the site. */
let cachedSource: (file: string) => string | undefined = () => undefined;

/**
 * The file at `file` (a path in the site, `versjoner/E/strategi-E.pdf`) as the archive cache holds it, when this
 * build takes its version from the cache: it is being copied in meanwhile, and is byte for byte what the entry has.
 */
export function archivedFile(file: string): string | undefined {
  return cachedSource(file);
}

/** The folders of the site this build takes from the cache, which no later step may change (`versjoner/E`, `endringer/A/B`). */
export function reusedFolders(): string[] {
  return [...[...reusedEditions()].flatMap((id) => versionUnit(id).folders), ...[...reusedChanges()].flatMap((pair) => changeUnit(pair).folders)];
}

export function archiveIntegrations(options: ArchiveOptions): { cache: AstroIntegration; publish: AstroIntegration } {
  let keys = new Map<string, string>();
  let pairKeys = new Map<string, string>();
  const manifests = new Map<string, string>();
  let cacheDir: string | undefined;
  /** What seals the entries: kept outside the cache folder (STRATEGI_CACHE_SECRET, or the user's key file). */
  let secret: CacheSecret | undefined;
  /** The copies from the cache under way: resolves to the error that stopped them, if one did. */
  let restoring: Promise<unknown> = Promise.resolve();
  const cache: AstroIntegration = {
    name: 'strategi-archive-cache',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        setReusedEditions(new Set());
        setReusedChanges(new Set());
        manifests.clear();
        restoring = Promise.resolve();
        cachedSource = () => undefined;
        cacheDir = options.mode === 'public' ? options.cacheDir : undefined;
        if (!cacheDir) return;
        secret = await cacheSecret();
        const site = await getSite(options.contentDir, options.mode);
        const codeHash = await siteCodeHash(options.siteRoot, options.settings);
        keys = await versionKeys(site.editions, codeHash, site.today);
        pairKeys = await changePageKeys(site.editions, codeHash);
        const reused = await soundUnits(cacheDir, secret, keys, versionUnit, manifests, (id, problems) =>
          logger.warn(`The cached output of ${id} did not match its manifest and is rebuilt: ${problems}`),
        );
        const reusedPairs = await soundUnits(cacheDir, secret, pairKeys, changeUnit, manifests, (pair, problems) =>
          logger.warn(`The cached change page ${pair} did not match its manifest and is rebuilt: ${problems}`),
        );
        setReusedEditions(reused);
        setReusedChanges(reusedPairs);
        const entries = new Map([...reused].flatMap((id) => versionUnit(id).folders.map((folder) => [folder, entrySite(cacheDir!, keys.get(id)!)] as const)));
        cachedSource = (file) => {
          const folder = [...entries.keys()].find((prefix) => file.startsWith(`${prefix}/`));
          return folder === undefined ? undefined : path.join(entries.get(folder)!, file);
        };
        logger.info(
          `Versions from the cache: ${[...reused].join(', ') || 'none'}; rendered: ${[...keys.keys()].filter((id) => !reused.has(id)).join(', ') || 'none'}.`,
        );
        logger.info(
          `Change pages from the cache: ${reusedPairs.size} of ${pairKeys.size}; rendered: ${[...pairKeys.keys()].filter((pair) => !reusedPairs.has(pair)).join(', ') || 'none'}.`,
        );
      },
      // Not awaited here: the copies go on while the PDF step prints, and `publish` waits for them.
      'astro:build:done': ({ dir, logger }) => {
        if (!cacheDir) return;
        const from = cacheDir;
        const out = fileURLToPath(dir);
        restoring = (async () => {
          for (const id of reusedEditions()) await restoreVerified(from, keys.get(id)!, versionUnit(id), id, manifests, out, logger);
          for (const pair of reusedChanges()) await restoreVerified(from, pairKeys.get(pair)!, changeUnit(pair), `endringer/${pair}/`, manifests, out);
          if (reusedChanges().size) logger.info(`${reusedChanges().size} change page(s) taken from the cache and checked against their manifests.`);
        })().then(
          () => undefined,
          (error: unknown) => error,
        );
      },
    },
  };
  const publish: AstroIntegration = {
    name: 'strategi-archive',
    hooks: {
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
          if (cacheDir && key) await storeEntry(cacheDir, key, versionUnit(id), out, manifest, secret!);
        }
        if (cacheDir) {
          const reusedPairs = reusedChanges();
          for (const [pair, key] of pairKeys) {
            if (reusedPairs.has(pair)) continue;
            const unit = changeUnit(pair);
            await storeEntry(cacheDir, key, unit, out, await unitManifest(out, unit), secret!);
          }
        }
        const failed = await restoring;
        if (failed) throw failed;
      },
    },
  };
  return { cache, publish };
}

/**
 * The names (of `keys`) whose cache entry is sound, each entry's manifest kept in `manifests` by key for the copy at
 * the end. `rejected` hears of an entry that did not match its manifest (it has been removed).
 */
async function soundUnits(
  cacheDir: string,
  secret: CacheSecret,
  keys: ReadonlyMap<string, string>,
  unitOf: (name: string) => ArchiveUnit,
  manifests: Map<string, string>,
  rejected: (name: string, problems: string) => void,
): Promise<Set<string>> {
  const sound = new Set<string>();
  for (const [name, key] of keys) {
    const problems: string[] = [];
    const manifest = await soundEntry(cacheDir, key, unitOf(name), secret, problems);
    if (manifest !== undefined) {
      sound.add(name);
      manifests.set(key, manifest);
    } else if (problems.length) rejected(name, problems.slice(0, 3).join('; '));
  }
  return sound;
}

/** Copies a cached unit in, as the manifest found sound at the start lists it; anything else in its place stops the build. */
async function restoreVerified(
  cacheDir: string,
  key: string,
  unit: ArchiveUnit,
  name: string,
  manifests: ReadonlyMap<string, string>,
  out: string,
  logger?: AstroIntegrationLogger,
): Promise<void> {
  const problems = await restoreEntry(cacheDir, key, unit, manifests.get(key)!, out);
  if (problems.length) throw new Error(`The output of ${name} taken from the cache does not match its manifest: ${problems.join('; ')}`);
  logger?.info(
    `${name}: taken from the cache and checked against its sealed manifest${unit.manifestFile ? `; /${unit.manifestFile} computed from the copies` : ''}.`,
  );
}
