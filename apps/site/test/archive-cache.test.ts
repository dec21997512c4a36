/**
 * Incremental publishing with STRATEGI_CACHE_DIR: a second build takes every version from the cache and writes the
 * same site; a version whose status changed, and a version whose cached copy was tampered with, are built again —
 * and only they — and the result is byte-identical to a build without the cache. Stale output is never served.
 */
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteCodeHash, versionKeys } from '../src/lib/archive/cache-key.ts';
import { loadSite } from '../src/lib/corpus.ts';
import { copyFixtureContent, differing, filesUnder, strategi } from './archive-helpers.ts';
import { fixtureContent, siteRoot } from './helpers.ts';
import { buildScratch, buildSite } from './site-build.ts';

const scratch = buildScratch('archive-cache');
const cache = path.join(scratch, 'cache');
const day = { STRATEGI_BUILD_DATE: '2025-05-05', STRATEGI_PDF: '0' };
const withCache = { ...day, STRATEGI_CACHE_DIR: cache };
const out = (name: string) => path.join(scratch, name);
/** The log line saying which versions came from the cache and which were rendered. */
const plan = (log: string) => /Versions from the cache: .*/.exec(log)?.[0];
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

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the archive cache', () => {
  let content: string;
  const logs: Record<string, string> = {};
  beforeAll(() => {
    content = copyFixtureContent(scratch);
    logs['first'] = buildSite(content, 'public', out('first'), withCache);
    logs['again'] = buildSite(content, 'public', out('again'), withCache);
    strategi(content, 'version', 'status', '2022-horing', 'erstattet', '--date', '2025-02-01');
    logs['status'] = buildSite(content, 'public', out('status'), withCache);
    logs['cold'] = buildSite(content, 'public', out('cold'), day);
    // Tamper with the cached copy of one version and of one change page: one changed byte in one page each.
    appendFileSync(path.join(cache, entryHolding('versjoner/2023-vedtatt/index.html'), 'site/versjoner/2023-vedtatt/index.html'), ' ');
    const changePage = 'endringer/2022-horing/2024-revidert/index.html';
    appendFileSync(path.join(cache, entryHolding(changePage), 'site', changePage), ' ');
    logs['tampered'] = buildSite(content, 'public', out('tampered'), withCache);
  }, 900_000);

  test('the first build renders every version; the second takes them all from the cache and writes the same site', () => {
    expect(plan(logs['first']!)).toBe('Versions from the cache: none; rendered: 2022-horing, 2023-vedtatt, 2024-revidert.');
    expect(plan(logs['again']!)).toBe('Versions from the cache: 2022-horing, 2023-vedtatt, 2024-revidert; rendered: none.');
    expect(differing(filesUnder(out('first'), '.'), filesUnder(out('again'), '.'))).toEqual([]);
  });

  test('the change pages between two versions are cached like versions: the second build renders none of them', () => {
    expect(changePlan(logs['first']!)).toBe(
      'Change pages from the cache: 0 of 3; rendered: 2022-horing/2023-vedtatt, 2022-horing/2024-revidert, 2023-vedtatt/2024-revidert.',
    );
    expect(changePlan(logs['again']!)).toBe('Change pages from the cache: 3 of 3; rendered: none.');
    expect(filesUnder(out('again'), 'endringer/2022-horing/2024-revidert').size).toBe(1);
    // A status is not on a change page: a status change renders none of them, and the site is still the cold build's.
    expect(changePlan(logs['status']!)).toBe('Change pages from the cache: 3 of 3; rendered: none.');
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
    expect(plan(logs['tampered']!)).toBe('Versions from the cache: 2022-horing, 2024-revidert; rendered: 2023-vedtatt.');
    expect(logs['tampered']).toContain(
      'The cached change page 2022-horing/2024-revidert did not match its manifest and is rebuilt: endringer/2022-horing/2024-revidert/index.html has changed',
    );
    expect(changePlan(logs['tampered']!)).toBe('Change pages from the cache: 2 of 3; rendered: 2022-horing/2024-revidert.');
    expect(differing(filesUnder(out('tampered'), '.'), filesUnder(out('cold'), '.'))).toEqual([]);
  });
});

describe('the archive cache with PDFs', () => {
  const pdfCache = path.join(scratch, 'pdf-cache');
  const withPdf = { STRATEGI_BUILD_DATE: '2025-05-05', STRATEGI_CACHE_DIR: pdfCache };
  const pdfLogs: Record<string, string> = {};
  beforeAll(() => {
    const content = copyFixtureContent(path.join(scratch, 'pdf'));
    pdfLogs['first'] = buildSite(content, 'public', out('pdf-first'), withPdf);
    pdfLogs['again'] = buildSite(content, 'public', out('pdf-again'), withPdf);
    pdfLogs['off'] = buildSite(content, 'public', out('pdf-off'), { ...withPdf, STRATEGI_PDF: '0' });
  }, 900_000);

  test('the versions copied in while the PDF step runs keep their PDFs and links: the second build writes the same site', () => {
    expect(plan(pdfLogs['again']!)).toBe('Versions from the cache: 2022-horing, 2023-vedtatt, 2024-revidert; rendered: none.');
    const again = filesUnder(out('pdf-again'), '.');
    expect([...again.keys()].filter((name) => name.endsWith('.pdf')).sort()).toEqual([
      'strategi.pdf',
      'versjoner/2022-horing/strategi-2022-horing.pdf',
      'versjoner/2023-vedtatt/strategi-2023-vedtatt.pdf',
      'versjoner/2024-revidert/strategi-2024-revidert.pdf',
    ]);
    expect(again.get('versjoner/2022-horing/index.html')?.toString()).toMatch(/data-strategi-pdf-size="2022-horing">\(PDF, \d+ kB\)</);
    expect(differing(filesUnder(out('pdf-first'), '.'), again)).toEqual([]);
  });

  test('a build without PDFs takes nothing built with them from the cache', () => {
    expect(plan(pdfLogs['off']!)).toBe('Versions from the cache: none; rendered: 2022-horing, 2023-vedtatt, 2024-revidert.');
    expect([...filesUnder(out('pdf-off'), '.').keys()].filter((name) => name.endsWith('.pdf'))).toEqual([]);
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
    const content = copyFixtureContent(path.join(scratch, 'keys'));
    strategi(content, 'version', 'status', '2022-horing', 'erstattet', '--date', '2025-02-01');
    const changed = await loadSite(content, 'public', siteRoot, '2025-05-05');
    const c = await versionKeys(changed.editions, 'a'.repeat(64), changed.today);
    expect([...a.keys()].filter((id) => a.get(id) !== c.get(id))).toEqual(['2022-horing']);
  });
});
