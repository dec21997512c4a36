/**
 * Incremental publishing with STRATEGI_CACHE_DIR: a second build would take every version from the cache; a version
 * whose status changed, and a version whose cached copy was tampered with — even with its manifest and seal
 * recomputed — are built again, and only they, and the result is byte-identical to a build without the cache. Stale
 * output is never served, and each version's sha256sum.txt is that of the files published. A new progress report
 * renders no version, and search at the root still finds the status it gives.
 *
 * Four builds: the first fills the cache; after a version's status change and a published report that changes a
 * measure's, one with the cache and one without (what the others must equal); then one with the cache tampered with.
 * The second build with nothing changed and the build after the report alone are only planned (`archivePlanLog`):
 * what a build does with the versions its plan takes from the cache is the status change's build's to show, and that
 * a build taking everything from the cache writes the same site is archive-cache-pdf's check.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ui } from '@strategi/i18n';
import { cacheSecret } from '@strategi/model';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteCodeHash, versionKeys } from '../src/lib/archive/cache-key.ts';
import { checkAgainstManifest, MANIFEST_NAME } from '../src/lib/archive/manifest.ts';
import { loadSite } from '../src/lib/site-data.ts';
import { changeStatus, copyFixtureContent, differing, filesUnder, versionsPlan as plan } from './archive-helpers.ts';
import { addStatusReport, contentWithChangedStatus } from './changed-status.ts';
import { fixtureContent, siteRoot } from './helpers.ts';
import { parseBackProblems, structuredFiles } from './parse-back.ts';
import { indexedPages } from './search-index.ts';
import { archivePlanLog, buildScratch, buildSite, readTree } from './site-build.ts';

const scratch = buildScratch('archive-cache');
const cache = path.join(scratch, 'cache');
// With a site address, so that the feed and the sitemap list absolute links (read back with the other XML below).
// After 10 September 2025, when the report of contentWithChangedStatus is published.
const day = { STRATEGI_BUILD_DATE: '2025-09-15', STRATEGI_PDF: '0', STRATEGI_SITE_URL: 'https://nettsted.example' };
const withCache = { ...day, STRATEGI_CACHE_DIR: cache, STRATEGI_CACHE_SECRET: 'the archive cache test' };
const out = (name: string) => path.join(scratch, name);
/** The files of a built site that hold `text`. */
const containing = (root: string, text: string) => [...filesUnder(root, '.')].filter(([, bytes]) => bytes.includes(text)).map(([name]) => name);
/** The log line saying which change pages came from the cache and which were rendered. */
const changePlan = (log: string) => /Change pages from the cache: .*/.exec(log)?.[0];
/** The cache entry that holds `file` (a path inside the site). */
const entryHolding = (file: string) =>
  readdirSync(cache).find((name) => {
    try {
      readFileSync(path.join(cache, name, 'site', file));
      return true;
    } catch {
      return false;
    }
  })!;

/**
 * The fixture content with 2022-horing's status changed as the command does it, and a published report that changes
 * T-3's (changed-status.ts): read by the cache's builds and the keys.
 */
let statusChanged: string;
beforeAll(async () => {
  statusChanged = copyFixtureContent(path.join(scratch, 'status-changed'));
  await changeStatus(statusChanged, '2022-horing', 'erstattet', '2025-02-01');
  addStatusReport(statusChanged);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the archive cache', () => {
  const logs: Record<string, string> = {};
  beforeAll(async () => {
    // A cache key holds the content, not its folder: the content before and after the status change are two copies.
    const content = copyFixtureContent(scratch);
    logs['first'] = await buildSite(content, 'public', out('first'), withCache);
    logs['again'] = await archivePlanLog(content, withCache);
    logs['reported'] = await archivePlanLog(contentWithChangedStatus(path.join(scratch, 'reported')), withCache);
    logs['status'] = await buildSite(statusChanged, 'public', out('status'), withCache);
    logs['cold'] = await buildSite(statusChanged, 'public', out('cold'), day);
    // Tamper with the cached copy of one version and of one change page: one changed byte in one page each.
    appendFileSync(path.join(cache, entryHolding('versjoner/2023-vedtatt/index.html'), 'site/versjoner/2023-vedtatt/index.html'), ' ');
    const changePage = 'endringer/2022-horing/2024-revidert/index.html';
    appendFileSync(path.join(cache, entryHolding(changePage), 'site', changePage), ' ');
    // And a version's page and a change page edited with their entries resealed, the manifest recomputed: the
    // version's with the keyless seal entries once had (the manifest's sha256), the change page's with the seal's
    // line rewritten with its key id and an HMAC made the way the build makes it, under a guessed key.
    await resealAfterEdit('versjoner/2024-revidert/index.html', '<h1', '<p>Avlyst</p><h1', async (_key, manifest) =>
      createHash('sha256').update(manifest).digest('hex'),
    );
    const guess = await cacheSecret({ STRATEGI_CACHE_SECRET: 'a guessed key' });
    await resealAfterEdit('endringer/2023-vedtatt/2024-revidert/index.html', '<h1', '<p>Avlyst</p><h1', async (key, manifest, line) =>
      [line.split(' ')[0], guess.seal('archive entry', key, manifest)].join(' '),
    );
    logs['tampered'] = await buildSite(statusChanged, 'public', out('tampered'), withCache);
  }, 900_000);

  /** Edits `file` in its cache entry and recomputes the entry's manifest and seal as well as anyone without the key can. */
  async function resealAfterEdit(file: string, from: string, to: string, reseal: (key: string, manifest: string, line: string) => Promise<string>) {
    const entry = path.join(cache, entryHolding(file));
    const page = path.join(entry, 'site', file);
    const original = readFileSync(page, 'utf8');
    const edited = original.replace(from, to);
    if (edited === original) throw new Error(`${file} has no «${from}» to edit`);
    writeFileSync(page, edited);
    const manifestFile = path.join(entry, 'manifest.sha256');
    const manifest = readFileSync(manifestFile, 'utf8').replace(
      new RegExp(`^[0-9a-f]{64}(  ${file.replace(/[.]/g, '\\.')})$`, 'm'),
      `${createHash('sha256').update(edited).digest('hex')}$1`,
    );
    writeFileSync(manifestFile, manifest);
    const line = readFileSync(`${manifestFile}.hash`, 'utf8');
    writeFileSync(`${manifestFile}.hash`, `${await reseal(path.basename(entry), manifest, line)}\n`);
  }

  test('the first build renders every version; the second takes them all from the cache', () => {
    expect(plan(logs['first']!)).toBe('Versions from the cache: none; rendered: 2022-horing, 2023-vedtatt, 2024-revidert.');
    expect(plan(logs['again']!)).toBe('Versions from the cache: 2022-horing, 2023-vedtatt, 2024-revidert; rendered: none.');
  });

  test('the change pages between two versions are cached like versions: the second build renders none of them', () => {
    expect(changePlan(logs['first']!)).toBe(
      'Change pages from the cache: 0 of 3; rendered: 2022-horing/2023-vedtatt, 2022-horing/2024-revidert, 2023-vedtatt/2024-revidert.',
    );
    expect(changePlan(logs['again']!)).toBe('Change pages from the cache: 3 of 3; rendered: none.');
    // A status is not on a change page: a status change renders none of them, and the site is still the cold build's.
    expect(changePlan(logs['status']!)).toBe('Change pages from the cache: 3 of 3; rendered: none.');
    expect(filesUnder(out('status'), 'endringer/2022-horing/2024-revidert').size).toBe(1);
  });

  test('a new report renders no version; the root’s search index has the status it gives, the versions’ are unchanged', () => {
    // T-3: «forsinket» in the text, «stanset» in the report (changed-status.ts). The root's index is built from the root
    // pages, whose status follows the published reports; each archived copy keeps its own index, as on its release day:
    // the status change's build has the report, and takes 2023-vedtatt and 2024-revidert from the cache.
    const t = ui('nb');
    expect(plan(logs['reported']!)).toBe('Versions from the cache: 2022-horing, 2023-vedtatt, 2024-revidert; rendered: none.');
    const status = (name: string) => indexedPages(readTree(out(name)), 'pagefind/').get('/tiltak/T-3/');
    expect(status('first')).toContain(`Status: ${t.measureStatus.forsinket}`);
    expect(status('status')).toContain(`Status: ${t.measureStatus.stanset}`);
    const cached = ['versjoner/2023-vedtatt', 'versjoner/2024-revidert'];
    const indexes = (name: string) =>
      new Map([...filesUnder(out(name), 'versjoner')].filter(([file]) => cached.some((id) => file.startsWith(`${id}/pagefind/`))));
    expect(indexes('first').size).toBeGreaterThan(10);
    expect(differing(indexes('first'), indexes('status'))).toEqual([]);
  });

  test('a status change rebuilds exactly that version, and the site is what a build without the cache writes', () => {
    expect(plan(logs['status']!)).toBe('Versions from the cache: 2023-vedtatt, 2024-revidert; rendered: 2022-horing.');
    expect(readFileSync(path.join(out('status'), 'versjoner/2022-horing/index.html'), 'utf8')).toContain('(Erstattet, frigitt');
    expect(differing(filesUnder(out('status'), '.'), filesUnder(out('cold'), '.'))).toEqual([]);
    expect(differing(filesUnder(out('first'), 'versjoner/2023-vedtatt'), filesUnder(out('status'), 'versjoner/2023-vedtatt'))).toEqual([]);
  });

  test('a tampered cache entry is thrown away and the version rebuilt, never served', () => {
    expect(logs['tampered']).toContain(
      'The cached output of 2023-vedtatt did not match its manifest and is rebuilt: versjoner/2023-vedtatt/index.html has changed',
    );
    expect(logs['tampered']).toContain(
      'The cached change page 2022-horing/2024-revidert did not match its manifest and is rebuilt: endringer/2022-horing/2024-revidert/index.html has changed',
    );
    expect(differing(filesUnder(out('tampered'), '.'), filesUnder(out('cold'), '.'))).toEqual([]);
  });

  test('an entry edited and resealed, its manifest recomputed, is rebuilt: its seal needs the key, which is not in the cache', () => {
    expect(logs['tampered']).toContain("The cached output of 2024-revidert did not match its manifest and is rebuilt: the manifest's seal does not verify");
    expect(plan(logs['tampered']!)).toBe('Versions from the cache: 2022-horing; rendered: 2023-vedtatt, 2024-revidert.');
    expect(logs['tampered']).toContain(
      "The cached change page 2023-vedtatt/2024-revidert did not match its manifest and is rebuilt: the manifest's seal does not verify",
    );
    expect(changePlan(logs['tampered']!)).toBe('Change pages from the cache: 1 of 3; rendered: 2022-horing/2024-revidert, 2023-vedtatt/2024-revidert.');
    expect(containing(out('tampered'), 'Avlyst')).toEqual([]);
  });

  test('every XML and JSON file of the site parses back: feed, sitemap, open data, versions, histories, search', () => {
    for (const name of ['first', 'tampered']) {
      const { xml, json } = structuredFiles(out(name));
      // Beside the feed and the sitemap, each released version's StratML export.
      expect(xml.filter((file) => !file.endsWith('/strategi.stratml.xml'))).toEqual(['feed.xml', 'sitemap.xml']);
      expect(xml).toContain('data/2024-revidert/strategi.stratml.xml');
      expect(json).toEqual(
        expect.arrayContaining(['data/strategi.schema.json', 'data/2024-revidert/strategi.json', 'versjoner/versjoner.json', 'historikk/tiltak/T-1.json']),
      );
      expect(json.some((file) => file.startsWith('versjoner/2024-revidert/pagefind/'))).toBe(true);
      expect(parseBackProblems(out(name))).toEqual([]);
    }
    expect(readFileSync(path.join(out('first'), 'sitemap.xml'), 'utf8')).toContain('<loc>https://nettsted.example/');
  });

  test('each version’s sha256sum.txt is that of the files published, whether rendered or taken from the cache', async () => {
    // Each version is rendered in one of these and taken from the cache in another.
    for (const name of ['first', 'status', 'tampered']) {
      for (const id of ['2022-horing', '2023-vedtatt', '2024-revidert']) {
        const manifest = readFileSync(path.join(out(name), 'versjoner', id, MANIFEST_NAME), 'utf8');
        expect({ name, id, problems: await checkAgainstManifest(out(name), id, manifest) }).toEqual({ name, id, problems: [] });
        const check = spawnSync('sha256sum', ['-c', '--quiet', '--strict', `versjoner/${id}/${MANIFEST_NAME}`], { cwd: out(name), encoding: 'utf8' });
        expect({ name, id, status: check.status, output: check.stdout + check.stderr }).toEqual({ name, id, status: 0, output: '' });
      }
    }
  });
});

describe('the keys', () => {
  /** A copy of the site's code that hashes like the real one: its own src, public and config, the same packages. */
  function siteCopy(): string {
    const copy = path.join(scratch, `site-${Math.random().toString(36).slice(2)}`);
    mkdirSync(copy);
    for (const name of ['src', 'public', 'astro.config.ts', 'package.json']) cpSync(path.join(siteRoot, name), path.join(copy, name), { recursive: true });
    symlinkSync(path.join(siteRoot, 'node_modules'), path.join(copy, 'node_modules'));
    return copy;
  }

  test('a template change or a setting change changes the code hash; a test file or another checkout folder does not', async () => {
    const copy = siteCopy();
    const settings = { siteUrl: 'https://strategi.example.no', mode: 'public' };
    const original = await siteCodeHash(copy, settings);
    expect(await siteCodeHash(siteRoot, settings)).toBe(original);
    mkdirSync(path.join(copy, 'test'));
    writeFileSync(path.join(copy, 'test/x.test.ts'), 'test');
    expect(await siteCodeHash(copy, settings)).toBe(original);
    expect(await siteCodeHash(copy, { ...settings, siteUrl: 'https://example.org' })).not.toBe(original);
    appendFileSync(path.join(copy, 'src/views/VersionsView.astro'), '\n<p>Ny tekst</p>\n');
    const changed = await siteCodeHash(copy, settings);
    expect(changed).not.toBe(original);
  });

  test('each version’s key changes with the code; with a version’s own status only its key changes', async () => {
    const site = await loadSite(fixtureContent, 'public', siteRoot, '2025-05-05');
    const a = await versionKeys(site.editions, 'a'.repeat(64), site.today);
    const b = await versionKeys(site.editions, 'b'.repeat(64), site.today);
    expect([...a.keys()]).toEqual(['2022-horing', '2023-vedtatt', '2024-revidert']);
    expect([...a.keys()].filter((id) => a.get(id) === b.get(id))).toEqual([]);
    const changed = await loadSite(statusChanged, 'public', siteRoot, '2025-05-05');
    const c = await versionKeys(changed.editions, 'a'.repeat(64), changed.today);
    expect([...a.keys()].filter((id) => a.get(id) !== c.get(id))).toEqual(['2022-horing']);
  });
});
