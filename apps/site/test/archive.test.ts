/**
 * Released versions are archived: a build of the fixture, and the run's build of it with a fifth version released
 * as `strategi release` does, on another day (shared-builds.ts, releasedBuild), and every file of the four versions
 * before it (pages, search index, open data, manifest) is byte-identical. What changes with a new version — the
 * versions page and JSON, the documents' «all versions» pages, the root — changes. Each version's manifest lists the
 * sha256 of every file it holds.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkAgainstManifest } from '../src/lib/archive/manifest.ts';
import { copyFixtureContent, differing, filesUnder } from './archive-helpers.ts';
import { releasedBuild } from './shared-builds.ts';
import { buildScratch, buildSite } from './site-build.ts';

const scratch = buildScratch('archive');
const before = path.join(scratch, 'before');
let after = '';
const old = ['2022-horing', '2023-vedtatt', '2024-revidert'];
const read = (site: string, file: string) => readFileSync(path.join(site, file), 'utf8');

beforeAll(async () => {
  // The shared build asked for first: while another file makes it, this one builds the fixture as it was before.
  const [shared] = await Promise.all([
    releasedBuild(),
    buildSite(copyFixtureContent(scratch), 'public', before, { STRATEGI_BUILD_DATE: '2025-01-10', STRATEGI_PDF: '0' }),
  ]);
  after = shared.out;
}, 600_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('an archived version', () => {
  test.each(old)('%s: every file under /versjoner/<id>/ and /data/<id>/ is byte-identical after a new version, on another day', (id) => {
    for (const folder of [`versjoner/${id}`, `data/${id}`]) {
      const first = filesUnder(before, folder);
      expect(first.size).toBeGreaterThan(folder.startsWith('data') ? 1 : 30);
      expect(differing(first, filesUnder(after, folder))).toEqual([]);
    }
  });

  test('a change page between two of them is byte-identical too: it shows the two versions, in the newer one’s frame', () => {
    for (const [i, from] of old.entries()) {
      for (const to of old.slice(i + 1)) {
        const folder = `endringer/${from}/${to}`;
        expect(filesUnder(before, folder).size).toBe(1);
        expect(differing(filesUnder(before, folder), filesUnder(after, folder))).toEqual([]);
      }
    }
    // Its search looks in the newer version, never in whichever is current.
    expect(read(after, 'endringer/2022-horing/2023-vedtatt/index.html')).toContain('data-bundle="/versjoner/2023-vedtatt/pagefind/pagefind.js"');
    expect(read(after, 'endringer/2024-revidert/2025-revidert/index.html')).toContain('data-bundle="/versjoner/2025-revidert/pagefind/pagefind.js"');
  });

  test('states its version, its own status and date, and links to the document’s versions and its current text; the checksums only from the version page', () => {
    const page = read(after, 'versjoner/2024-revidert/tiltak/T-1/index.html');
    expect(page).toContain('Versjon: <strong>Revidert strategi 2024</strong> (Vedtatt, frigitt 1. juni 2024).');
    expect(page).toContain('href="/historikk/tiltak/T-1/"');
    expect(page).toContain('href="/tiltak/T-1/"');
    expect(page).not.toContain('sha256sum.txt');
    expect(read(after, 'versjoner/index.html')).toContain('href="/versjoner/2024-revidert/sha256sum.txt"');
    // No switcher and no «superseded» banner in the HTML: the script adds them from the versions JSON.
    expect(page).not.toContain('Erstattet versjon');
    expect(page).not.toContain('/versjoner/2025-revidert/');
    expect(page).toContain('data-version-switcher');
  });

  test('has a manifest with the sha256 of every file it holds, which the files match', async () => {
    for (const id of [...old, '2025-revidert']) {
      const manifest = read(after, `versjoner/${id}/sha256sum.txt`);
      expect(await checkAgainstManifest(after, id, manifest)).toEqual([]);
      const lines = manifest.trim().split('\n');
      expect(lines).toContain(
        `${createHash('sha256')
          .update(readFileSync(path.join(after, `versjoner/${id}/index.html`)))
          .digest('hex')}  versjoner/${id}/index.html`,
      );
      expect(lines.some((line) => line.endsWith(`  data/${id}/strategi.json`))).toBe(true);
      expect(lines.some((line) => line.includes(`  versjoner/${id}/pagefind/`))).toBe(true);
    }
  });

  test('a manifest check finds a changed, a missing and an added file', async () => {
    const original = read(after, 'versjoner/2023-vedtatt/sha256sum.txt');
    const manifest = original.replace(/^[0-9a-f]{64}(?= {2}versjoner\/2023-vedtatt\/index\.html$)/m, '0'.repeat(64));
    const dropped = original.replace(/^.* {2}data\/2023-vedtatt\/tiltak\.csv\n/m, '');
    expect(await checkAgainstManifest(after, '2023-vedtatt', manifest)).toEqual(['versjoner/2023-vedtatt/index.html has changed']);
    expect(await checkAgainstManifest(after, '2023-vedtatt', dropped)).toEqual(['data/2023-vedtatt/tiltak.csv is not in the manifest']);
    expect(await checkAgainstManifest(after, '2023-vedtatt', `${manifest}${'1'.repeat(64)}  versjoner/2023-vedtatt/borte.html\n`)).toContain(
      'versjoner/2023-vedtatt/borte.html is missing',
    );
  });
});

describe('what is rebuilt with every version', () => {
  test('the versions JSON names the new current version and the status each version has now', () => {
    const json = JSON.parse(read(after, 'versjoner/versjoner.json')) as { current: string; versions: { id: string; status: string }[] };
    expect(json.current).toBe('2025-revidert');
    expect(json.versions.map((version) => [version.id, version.status])).toEqual([
      ['2022-horing', 'høring'],
      ['2023-vedtatt', 'erstattet'],
      ['2024-revidert', 'erstattet'],
      ['2025-revidert', 'vedtatt'],
    ]);
    expect(JSON.parse(read(before, 'versjoner/versjoner.json')).current).toBe('2024-revidert');
  });

  test('a document’s «all versions» page and JSON list every version that has it', () => {
    const json = JSON.parse(read(after, 'historikk/tiltak/T-1.json')) as { versions: Record<string, string> };
    expect(json.versions).toEqual({
      '2022-horing': '/versjoner/2022-horing/tiltak/T-1/',
      '2023-vedtatt': '/versjoner/2023-vedtatt/tiltak/T-1/',
      '2024-revidert': '/versjoner/2024-revidert/tiltak/T-1/',
      '2025-revidert': '/versjoner/2025-revidert/tiltak/T-1/',
    });
    const page = read(after, 'historikk/tiltak/T-1/index.html');
    expect(page).toContain('href="/versjoner/2025-revidert/tiltak/T-1/"');
    // A measure later renamed: its old id leads to its versions under both ids.
    expect(JSON.parse(read(after, 'historikk/tiltak/T-2.json')).versions).toMatchObject({ '2022-horing': '/versjoner/2022-horing/tiltak/T-2/' });
  });

  test('the root serves the new version, and every document ever published keeps an address there', () => {
    expect(read(after, 'index.html')).toContain('Revidert strategi 2025');
    for (const name of filesUnder(after, 'historikk').keys()) {
      if (!name.endsWith('/index.html')) continue;
      const rootPath = name.replace(/^historikk\//, '');
      expect([rootPath, filesUnder(after, path.dirname(rootPath)).size > 0]).toEqual([rootPath, true]);
    }
  });
});
