/**
 * The keys of the archive cache. A version's archived output depends on the site's code, its own content and
 * description (status included), and the public versions before it (which its input traces and progress dates
 * name); its key hashes exactly these, so anything that could change the output changes the key. The current
 * version's open data also shows the status the root's pages show, so its key adds the reports that say so.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Edition } from '@strategi/model';
import { VERSION_FILE } from '@strategi/schema';
import { consultationOf } from '../consultation.ts';
import { type StatusView, statusShown, takesReports } from '../reports.ts';
import { changePair } from './manifest.ts';

const MANIFEST_FILE = 'versjon.sha256';

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The workspace packages (`@strategi/*`) the site depends on, directly or through each other, as their folders. */
function workspacePackages(siteRoot: string): string[] {
  const found = new Map<string, string>();
  const visit = (folder: string) => {
    const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      if (!name.startsWith('@strategi/') || found.has(name)) continue;
      // Workspace packages are linked into each package's node_modules (their exports hide package.json from require).
      const resolved = realpathSync(path.join(folder, 'node_modules', name));
      found.set(name, resolved);
      visit(resolved);
    }
  };
  visit(siteRoot);
  return [...found.values()].sort();
}

/** The lockfile above `folder`, which pins every dependency the site and its packages use. */
function lockfile(folder: string): string | undefined {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'pnpm-lock.yaml');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * A hash of everything the site's output is made by: the site's source, public files, config and manifest, the
 * source of the workspace packages it uses, the lockfile, the Node version and the settings that reach pages.
 */
export async function siteCodeHash(siteRoot: string, settings: Record<string, string | undefined>): Promise<string> {
  const hash = createHash('sha256');
  // Files are named relative to their own package, so a checkout in another folder hashes the same.
  const add = async (file: string, root = siteRoot) => {
    hash.update(`${path.relative(root, file)}\0`);
    hash.update(await readFile(file));
    hash.update('\0');
  };
  for (const folder of ['src', 'public']) for (const file of await filesUnder(path.join(siteRoot, folder))) await add(file);
  for (const file of ['astro.config.ts', 'package.json']) await add(path.join(siteRoot, file));
  for (const pkg of workspacePackages(siteRoot)) {
    for (const file of await filesUnder(path.join(pkg, 'src'))) await add(file, pkg);
    await add(path.join(pkg, 'package.json'), pkg);
  }
  const lock = lockfile(siteRoot);
  if (lock) await add(lock, path.dirname(lock));
  hash.update(JSON.stringify({ node: process.version, settings }));
  return hash.digest('hex');
}

/** The hash of a version's own description (status, label, notes, seal) and file list, as released. */
async function ownIdentity(edition: Edition): Promise<string> {
  const hash = createHash('sha256').update(edition.id);
  for (const file of [VERSION_FILE, MANIFEST_FILE]) {
    hash.update('\0');
    hash.update(await readFile(path.join(edition.root, file)).catch(() => Buffer.from('(none)')));
  }
  return hash.digest('hex');
}

/**
 * What a later version's pages show of an earlier one: its description (name, date, change note) and documents
 * (input traces, progress dates, change histories). Not its status or its seal, so a status change of an old
 * version rebuilds that version alone.
 */
async function ancestorIdentity(edition: Edition): Promise<string> {
  const { status: _status, history: _history, seal: _seal, ...version } = edition.version!;
  const files = await readFile(path.join(edition.root, MANIFEST_FILE)).catch(() => Buffer.from(JSON.stringify(version.hashes ?? {})));
  return createHash('sha256')
    .update(JSON.stringify({ id: edition.id, notes: edition.notes, version }))
    .update(files)
    .digest('hex');
}

/**
 * The cache key of each change page between two released versions in `editions`, by `<from>/<to>`. A change page
 * shows the two versions' descriptions and documents, in the newer one's language and with its owners, and nothing
 * of any other version (see PageContext.frame): it is keyed on exactly these, so that a new release renders only
 * the pages that compare with it.
 */
export async function changePageKeys(editions: readonly Edition[], codeHash: string): Promise<Map<string, string>> {
  const released = editions.filter((edition) => edition.version);
  const identities = new Map<Edition, string>();
  for (const edition of released) identities.set(edition, await ancestorIdentity(edition));
  const keys = new Map<string, string>();
  for (const [i, from] of released.entries()) {
    for (const to of released.slice(i + 1)) {
      const key = createHash('sha256').update(codeHash).update('\0change page\0').update(identities.get(from)!).update('\0').update(identities.get(to)!);
      keys.set(changePair(from.id, to.id), key.digest('hex'));
    }
  }
  return keys;
}

/**
 * The cache key of each released version in `editions` (oldest first, those this build shows), by id. A version
 * with a consultation also keys on whether it is still open on `today`: its pages change once, when it closes.
 */
export async function versionKeys(editions: readonly Edition[], codeHash: string, today: string): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  const before: string[] = [];
  for (const edition of editions) {
    if (!edition.version) continue;
    keys.set(
      edition.id,
      createHash('sha256')
        .update(codeHash)
        .update(before.join('\n'))
        .update(await ownIdentity(edition))
        .update(consultationOf(edition, today)?.open === false ? 'consultation closed' : '')
        .digest('hex'),
    );
    before.push(await ancestorIdentity(edition));
  }
  return keys;
}

/**
 * The cache key of each released version's open data (`data/<id>/`), by id, from `versions` (`versionKeys`). Any
 * version's data but the current one's says what its archived pages say, and keys on the version's key alone. The
 * current version's says what the root's pages say on the build's day (`site`): its key adds each published report
 * that has an entry for one of its measures (id and content hash; `site.reports` holds those published by the day)
 * and every measure's answer on the day, so a new or changed report — or a day that brings a report's or the
 * text's dated status into effect — renders the current version's data again, and nothing else.
 */
export function dataKeys(editions: readonly Edition[], versions: ReadonlyMap<string, string>, site: StatusView): Map<string, string> {
  const keys = new Map<string, string>();
  for (const edition of editions) {
    const key = versions.get(edition.id);
    if (!edition.version || key === undefined) continue;
    const hash = createHash('sha256').update(key);
    if (takesReports(edition, site.current)) {
      const own = (measure: string) => edition.index.resolve(measure)?.kind === 'measure';
      const reports = site.reports.filter((report) => report.data.entries.some((entry) => own(entry.measure))).map((report) => [report.id, report.hash]);
      const answers = edition.index.byKind.measure.map((measure) => [measure.id, statusShown(edition, measure, site)]);
      hash.update('\0current open data\0').update(JSON.stringify({ reports, answers }));
    } else hash.update('\0open data');
    keys.set(edition.id, hash.digest('hex'));
  }
  return keys;
}
