/**
 * The preview's incremental build (lib/page-cache-key.ts): after each kind of change an editor makes, the preview
 * built with the last build's page cache is byte for byte the preview built from nothing, and it did copy pages.
 * The fixture is changed one kind at a time, since a change to any frontmatter renders every page with a key over
 * the frontmatter: a second change in the same build would hide a key that leaves the first one out.
 * Two previews of the same content are identical in every file (the moment of the build is in no output), so
 * nothing is left out of the comparison.
 */
import { existsSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pageCacheDir, UNFINISHED } from '../src/plan/page-cache.ts';
import { copyFixtureContent, differing, filesUnder } from './archive-helpers.ts';
import { siteRoot } from './helpers.ts';
import { buildScratch, buildSite, previewSetup } from './site-build.ts';

const scratch = buildScratch('incremental-preview');
const content = copyFixtureContent(scratch);
// Of the released versions, the last is kept: the draft's change page compares with it, and its pages show only its
// own files. The older ones would add their pages and search indexes to each of the seven builds (260 pages, not 138).
for (const id of ['2022-utkast', '2022-horing', '2023-vedtatt']) rmSync(path.join(content, 'versjoner', id), { recursive: true });
const incremental = path.join(scratch, 'incremental');
// The same settings for both builds; STRATEGI_BUILD_TIME is left to the clock, so the two builds' moments differ.
const env = { STRATEGI_PDF: '0', STRATEGI_BUILD_DATE: '2025-05-05', STRATEGI_CACHE_DIR: path.join(scratch, 'cache') };
let colds = 0;

/** The incremental preview after a change, and the preview of the same content built from nothing; returns the first's log. */
async function buildBoth(): Promise<{ log: string; differences: string[] }> {
  const log = await buildSite(content, 'preview', incremental, env);
  // Another output folder has a page cache of its own, empty.
  const cold = path.join(scratch, `cold-${++colds}`);
  await buildSite(content, 'preview', cold, env);
  const differences = differing(filesUnder(incremental, ''), filesUnder(cold, ''));
  rmSync(cold, { recursive: true });
  return { log, differences };
}

/** The pages Astro copied from the page cache, as it logs them. */
const restored = (log: string) =>
  new Set([...stripVTControlCharacters(log).matchAll(/├─ (\S+) \(restored\)/g)].map((match) => match[1]!.replace(/index\.html$/, '')));

const file = (name: string) => path.join(content, name);
const edit = (name: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file(name), 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${name} has no «${from}»`);
  writeFileSync(file(name), changed);
};

beforeAll(async () => {
  await buildSite(content, 'preview', incremental, env);
}, 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the preview built with the last preview’s pages', () => {
  test('after a measure’s text changed, copies every page that does not show it and renders the ones that do', async () => {
    // T-9 is new in the draft, so its page links to the changes since the release before and after the edit alike.
    edit('tiltak/T-9.md', 'i neste handlingsplan', 'i den neste handlingsplanen');
    const { log, differences } = await buildBoth();
    expect(differences).toEqual([]);
    const copied = restored(log);
    // The measure's page in the draft and its history render again; another measure's, a list and a redirect are copied.
    expect(copied).not.toContain('/versjoner/utkast/tiltak/T-9/');
    expect(copied).not.toContain('/historikk/tiltak/T-9/');
    expect(copied).not.toContain('/versjoner/utkast/hele-dokumentet/');
    // A released version's whole document and front page show its own files only.
    const unchanged = ['/versjoner/utkast/tiltak/T-1/', '/versjoner/utkast/tiltak/', '/versjoner/utkast/tiltak/T-2/', '/historikk/tiltak/T-1/'];
    for (const page of [...unchanged, '/versjoner/2024-revidert/hele-dokumentet/', '/versjoner/2024-revidert/']) expect(copied).toContain(page);
    // Of the 138 pages, those of the draft's front, lists, inputs and changes, T-9's three and the 404 render again.
    expect(copied.size).toBeGreaterThan(100);
  });

  // A status or a goal's measures change every key as the title does (incremental-preview-keys.test.ts): this build
  // proves that a preview whose every key changed is the preview built from nothing.
  test('after a measure’s title changed', async () => {
    edit('tiltak/T-1.md', 'title: Kompetansepakke for barnehageansatte', 'title: Kompetansepakke for alle barnehageansatte');
    expect((await buildBoth()).differences).toEqual([]);
  });

  test('after a measure was added and another deleted (replaced by it, as the ledger asks)', async () => {
    edit('strategi.md', /^vision: .*\n/m, '$&fates: [{ measure: T-5, fate: erstattet, successor: T-6, reason: Nettverket er erstattet av et nytt tiltak. }]\n');
    writeFileSync(
      file('tiltak/T-6.md'),
      readFileSync(file('tiltak/T-5.md'), 'utf8')
        .replace('id: T-5', 'id: T-6')
        .replace(/title: .*/, 'title: Et nytt tiltak for skoleeiere'),
    );
    unlinkSync(file('tiltak/T-5.md'));
    const { log, differences } = await buildBoth();
    expect(differences).toEqual([]);
    expect(log).toContain('Pruned');
  });

  test('after a build that did not finish, copies nothing: its copies may be newer than their keys', async () => {
    // What a build stopped while rendering leaves: its mark, and a page's copy rewritten before the keys were.
    const cache = pageCacheDir({ cacheDir: env.STRATEGI_CACHE_DIR, contentDir: content, outDir: incremental }, siteRoot);
    const stale = path.join(cache, 'dist/versjoner/utkast/tiltak/T-1/index.html');
    expect(existsSync(stale)).toBe(true);
    writeFileSync(path.join(cache, UNFINISHED), '');
    writeFileSync(stale, 'a page of another content');
    // The next build's setup, before Astro reads a page: the folder it gives Astro holds nothing to copy but its own
    // mark. What Astro copies from that folder, and only from it, the builds above show.
    const config = await previewSetup(content, incremental, env);
    expect(config['cacheDir']).toEqual(pathToFileURL(`${cache}/`));
    expect(readdirSync(cache)).toEqual([UNFINISHED]);
  });
});
