/**
 * The archive of a public build with a cache folder (STRATEGI_CACHE_DIR), in three steps:
 *
 * 1. `planArchive`, before any page is rendered: each released version's key (the site's code, the version's
 *    content and status, the versions before it), its open data's key (the current version's adds the reports
 *    its root pages count) and each change page's key (the code and its two versions); a unit whose entry is
 *    sound (every file matches the entry's sealed manifest) is taken from the cache. The plan goes into the build
 *    plan, so the pages know what not to render.
 * 2. `restore`, once the pages are written: copies the reused units in (checked again against the manifest found
 *    sound in step 1) while the PDF step prints; the PDF step leaves their folders alone.
 * 3. `store`, at the end: waits for the copies of step 2, writes every version's integrity manifest from the files
 *    in the site, and stores what was rendered in the cache.
 *
 * Without a cache folder the plan reuses nothing and `store` only writes the manifests.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CacheSecret, Edition } from '@strategi/model';
import type { StatusView } from '../reports.ts';
import { entrySite, restoreEntry, soundEntry, storeEntry } from './cache.ts';
import { changePageKeys, dataKeys, siteCodeHash, versionKeys } from './cache-key.ts';
import { type ArchiveUnit, changeUnit, computeManifest, dataUnit, manifestPath, pagesUnit, unitManifest } from './manifest.ts';

/** What the build takes from the cache: plain data, for the build plan. */
export interface ArchivePlan {
  /** The cache key of each released version's pages and open data (by id) and change page (by `<from>/<to>`). */
  keys: { editions: Record<string, string>; data: Record<string, string>; changes: Record<string, string> };
  /** The versions' pages, versions' open data and change pages taken from the cache, not rendered. */
  reused: { editions: string[]; data: string[]; changes: string[] };
}

interface ArchiveLog {
  info(line: string): void;
  warn(line: string): void;
}

export interface ArchiveOptions {
  /** The site's folder, whose code the keys hash. */
  siteRoot: string;
  /** STRATEGI_CACHE_DIR, absolute; undefined renders everything and stores nothing. */
  cacheDir: string | undefined;
  /** What seals the entries (kept outside the cache folder); needed with a cache folder. */
  secret: CacheSecret | undefined;
  /** Settings that reach the pages, part of the code's hash. */
  settings: Record<string, string | undefined>;
  log: ArchiveLog;
}

export interface Archive {
  readonly plan: ArchivePlan;
  /** The folders of the site taken from the cache, which no later step may change (`versjoner/E`, `data/E`, `endringer/A/B`). */
  reusedFolders(): string[];
  /** Where the cache holds a file (a path in the site) of a reused version; undefined for anything rendered. */
  archivedFile(file: string): string | undefined;
  /** Starts copying the reused units into the built site `out`; `store` waits for it. `log`: the step's own. */
  restore(out: string, log?: ArchiveLog): void;
  /** Writes the manifests of the versions rendered in `out`, stores what was rendered, and waits for `restore`. */
  store(out: string, editions: readonly Edition[]): Promise<void>;
}

/** What the archive's keys are made of: the editions the build shows (oldest first), its day, current version and reports. */
export interface ArchiveSite extends StatusView {
  editions: readonly Edition[];
}

/** Decides what comes from the cache for a build of `site` (step 1). */
export async function planArchive(site: ArchiveSite, options: ArchiveOptions): Promise<Archive> {
  const { cacheDir, secret, log } = options;
  if (!cacheDir || !secret)
    return archiveOf({ keys: { editions: {}, data: {}, changes: {} }, reused: { editions: [], data: [], changes: [] } }, options, new Map());
  const codeHash = await siteCodeHash(options.siteRoot, options.settings);
  const keys = await versionKeys(site.editions, codeHash, site.today);
  const openDataKeys = dataKeys(site.editions, keys, site);
  const pairKeys = await changePageKeys(site.editions, codeHash);
  const manifests = new Map<string, string>();
  const reused = await soundUnits(cacheDir, secret, keys, pagesUnit, manifests, (id, problems) =>
    log.warn(`The cached output of ${id} did not match its manifest and is rebuilt: ${problems}`),
  );
  const reusedData = await soundUnits(cacheDir, secret, openDataKeys, dataUnit, manifests, (id, problems) =>
    log.warn(`The cached open data of ${id} did not match its manifest and is rebuilt: ${problems}`),
  );
  const reusedPairs = await soundUnits(cacheDir, secret, pairKeys, changeUnit, manifests, (pair, problems) =>
    log.warn(`The cached change page ${pair} did not match its manifest and is rebuilt: ${problems}`),
  );
  log.info(`Versions from the cache: ${reused.join(', ') || 'none'}; rendered: ${[...keys.keys()].filter((id) => !reused.includes(id)).join(', ') || 'none'}.`);
  log.info(
    `Open data from the cache: ${reusedData.join(', ') || 'none'}; rendered: ${[...openDataKeys.keys()].filter((id) => !reusedData.includes(id)).join(', ') || 'none'}.`,
  );
  log.info(
    `Change pages from the cache: ${reusedPairs.length} of ${pairKeys.size}; rendered: ${[...pairKeys.keys()].filter((pair) => !reusedPairs.includes(pair)).join(', ') || 'none'}.`,
  );
  const plan: ArchivePlan = {
    keys: { editions: Object.fromEntries(keys), data: Object.fromEntries(openDataKeys), changes: Object.fromEntries(pairKeys) },
    reused: { editions: reused, data: reusedData, changes: reusedPairs },
  };
  return archiveOf(plan, options, manifests);
}

/** Steps 2 and 3 of a plan; `manifests` are the sound entries' manifests by key, as found in step 1. */
function archiveOf(plan: ArchivePlan, options: ArchiveOptions, manifests: ReadonlyMap<string, string>): Archive {
  const { cacheDir, secret, log } = options;
  const units = [
    ...plan.reused.editions.map((id) => ({ name: id, key: plan.keys.editions[id]!, unit: pagesUnit(id) })),
    ...plan.reused.data.map((id) => ({ name: `data/${id}/`, key: plan.keys.data[id]!, unit: dataUnit(id) })),
    ...plan.reused.changes.map((pair) => ({ name: `endringer/${pair}/`, key: plan.keys.changes[pair]!, unit: changeUnit(pair) })),
  ];
  const entries = new Map(units.flatMap(({ key, unit }) => unit.folders.map((folder) => [folder, entrySite(cacheDir!, key)] as const)));
  /** The copies under way: resolves to the error that stopped them, if one did. */
  let restoring: Promise<unknown> = Promise.resolve();
  return {
    plan,
    reusedFolders: () => units.flatMap(({ unit }) => unit.folders),
    archivedFile(file) {
      const folder = [...entries.keys()].find((prefix) => file.startsWith(`${prefix}/`));
      return folder === undefined ? undefined : path.join(entries.get(folder)!, file);
    },
    restore(out, stepLog = log) {
      if (!cacheDir || units.length === 0) return;
      restoring = (async () => {
        for (const { name, key, unit } of units) {
          const problems = await restoreEntry(cacheDir, key, unit, manifests.get(key)!, out);
          if (problems.length) throw new Error(`The output of ${name} taken from the cache does not match its manifest: ${problems.join('; ')}`);
          if (unit.manifestFile)
            stepLog.info(`${name}: taken from the cache and checked against its sealed manifest; /${unit.manifestFile} is computed from the copies.`);
        }
        if (plan.reused.changes.length) stepLog.info(`${plan.reused.changes.length} change page(s) taken from the cache and checked against their manifests.`);
      })().then(
        () => undefined,
        (error: unknown) => error,
      );
    },
    async store(out, editions) {
      const failed = await restoring;
      if (failed) throw failed;
      // A version's published manifest lists its pages and its open data, which may be one unit from the cache and
      // the other rendered: it is computed from the files in the site once both are in, never copied.
      for (const edition of editions) {
        if (edition.version) await writeFile(path.join(out, manifestPath(edition.id)), await computeManifest(out, edition.id));
      }
      if (!cacheDir || !secret) return;
      const rendered = (keys: Record<string, string>, reused: readonly string[], unitOf: (name: string) => ArchiveUnit) =>
        Object.entries(keys)
          .filter(([name]) => !reused.includes(name))
          .map(([name, key]) => ({ key, unit: unitOf(name) }));
      for (const { key, unit } of [
        ...rendered(plan.keys.editions, plan.reused.editions, pagesUnit),
        ...rendered(plan.keys.data, plan.reused.data, dataUnit),
        ...rendered(plan.keys.changes, plan.reused.changes, changeUnit),
      ]) {
        await storeEntry(cacheDir, key, unit, out, await unitManifest(out, unit), secret);
      }
    },
  };
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
): Promise<string[]> {
  const sound: string[] = [];
  for (const [name, key] of keys) {
    const problems: string[] = [];
    const manifest = await soundEntry(cacheDir, key, unitOf(name), secret, problems);
    if (manifest !== undefined) {
      sound.push(name);
      manifests.set(key, manifest);
    } else if (problems.length) rejected(name, problems.slice(0, 3).join('; '));
  }
  return sound;
}
