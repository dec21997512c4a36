// Scheduled publishing and change notes, over a copy of the fixture with two more releases: 2026-rettet, a minor
// correction, and 2027-vedtatt, a major change scheduled for 15 January 2027 10:00 (Oslo) with a marker that
// exists nowhere else. A build at three moments; the public build before the moment holds no trace of it.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ui } from '@strategi/i18n';
import { buildTime, releaseVersion } from '@strategi/model';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { docChangeHistory } from '../src/lib/change-history.ts';
import { versionFeed } from '../src/lib/feed.ts';
import { allPages, pagePath } from '../src/lib/routes.ts';
import { loadSite } from '../src/lib/site-data.ts';
import { fixtureContent } from './helpers.ts';
import { buildScratch, buildSite, readTree } from './site-build.ts';

const SCHEDULED_MARKER = 'PLANLAGTMARKOR5S';
const PUBLISH_AT = '2027-01-15T10:00+01:00';
let scratch: string;
let content: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'strategi-scheduled-'));
  content = path.join(scratch, 'content');
  await cp(fixtureContent, content, { recursive: true });
  const edit = async (relative: string, change: (text: string) => string) =>
    writeFile(path.join(content, relative), change(await readFile(path.join(content, relative), 'utf8')));
  const off = { cacheFolder: false as const, displayBase: scratch };
  await edit('tiltak/T-1.md', (text) => `${text}\nRettet skrivemåte.\n`);
  const minor = await releaseVersion(
    content,
    { id: '2026-rettet', status: 'vedtatt', label: 'Rettet 2026', date: '2026-11-03', change: 'mindre', changeNote: 'Rettet en skrivefeil i tiltak T-1.' },
    off,
  );
  await edit('tiltak/T-1.md', (text) => `${text}\nNytt avsnitt: ${SCHEDULED_MARKER}.\n`);
  const major = await releaseVersion(
    content,
    {
      id: '2027-vedtatt',
      status: 'vedtatt',
      label: 'Vedtatt 2027',
      date: '2027-01-10',
      change: 'vesentlig',
      changeNote: 'Nytt avsnitt om **tiltak T-1**.',
      publishAt: PUBLISH_AT,
    },
    off,
  );
  // The draft goes back to holding no marker: only the scheduled version has it.
  await edit('tiltak/T-1.md', (text) => text.replace(`\nNytt avsnitt: ${SCHEDULED_MARKER}.\n`, ''));
  expect([minor.ok, major.ok]).toEqual([true, true]);
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

const at = (moment: string) => loadSite(content, 'public', scratch, '2027-01-15', buildTime(moment));
const site = new URL('https://strategi.example.no');

describe('a public build at three moments', () => {
  test.each([
    ['2027-01-15T09:59+01:00', ['2022-horing', '2023-vedtatt', '2024-revidert', '2026-rettet'], '2026-rettet'],
    ['2027-01-15T10:00+01:00', ['2022-horing', '2023-vedtatt', '2024-revidert', '2026-rettet', '2027-vedtatt'], '2027-vedtatt'],
    ['2027-03-01T12:00+01:00', ['2022-horing', '2023-vedtatt', '2024-revidert', '2026-rettet', '2027-vedtatt'], '2027-vedtatt'],
  ])('at %s the versions are %j and the root is %s', async (moment, ids, current) => {
    const built = await at(moment);
    expect(built.editions.map((edition) => edition.id)).toEqual(ids);
    expect(built.current?.id).toBe(current);
    const paths = allPages(built).map(pagePath);
    expect(paths.some((page) => page.includes('2027-vedtatt'))).toBe(ids.includes('2027-vedtatt'));
    const feed = versionFeed(built.editions, built.identity, ui('nb'), site);
    expect(feed.includes(SCHEDULED_MARKER) || feed.includes('Vedtatt 2027')).toBe(ids.includes('2027-vedtatt'));
  });

  test('before the moment the adopted version before it is still current, not superseded', async () => {
    const built = await at('2027-01-15T09:59+01:00');
    expect(built.editions.map((edition) => [edition.id, edition.status]).slice(-2)).toEqual([
      ['2024-revidert', 'erstattet'],
      ['2026-rettet', 'vedtatt'],
    ]);
  });
});

describe('change notes', () => {
  test('the feed has the major change with its note as text, and no entry for the minor one', async () => {
    const built = await at('2027-02-01T00:00+01:00');
    const feed = versionFeed(built.editions, built.identity, ui('nb'), site);
    expect(feed).toContain('<title>Ny versjon: Vedtatt 2027</title>');
    expect(feed).toContain('<summary>Vedtatt. Nytt avsnitt om tiltak T-1.');
    expect(feed).not.toContain('Rettet 2026');
    expect(feed).not.toContain('Rettet en skrivefeil');
  });

  test('a document’s history lists both changes with their dates and notes, newest first, up to the version read', async () => {
    const built = await at('2027-02-01T00:00+01:00');
    const latest = built.editions.at(-1)!;
    const history = docChangeHistory(built.editions, latest, 'T-1').map((entry) => [entry.edition.id, entry.date, entry.change, entry.note]);
    expect(history.slice(0, 2)).toEqual([
      ['2027-vedtatt', '2027-01-15', 'vesentlig', 'Nytt avsnitt om **tiltak T-1**.'],
      ['2026-rettet', '2026-11-03', 'mindre', 'Rettet en skrivefeil i tiltak T-1.'],
    ]);
    // Versions released before change notes existed are dated, without a note.
    expect(history.slice(2).every(([, , change, note]) => change === undefined && note === '')).toBe(true);
    const minor = built.editions.find((edition) => edition.id === '2026-rettet')!;
    expect(docChangeHistory(built.editions, minor, 'T-1')[0]?.edition.id).toBe('2026-rettet');
    expect(docChangeHistory(built.editions, minor, 'T-1').some((entry) => entry.edition.id === '2027-vedtatt')).toBe(false);
    // A document no release touched after the first version has no history.
    expect(docChangeHistory(built.editions, latest, 'T-5').map((entry) => entry.edition.id)).not.toContain('2027-vedtatt');
  });
});

describe('real builds', () => {
  let publicFiles: Map<string, string>;
  let previewFiles: Map<string, string>;
  let out: string;
  beforeAll(async () => {
    out = buildScratch('scheduled');
    // The builds leave out the versions before 2024-revidert: each would add its pages, its search index and its PDF,
    // and the scheduled version's traces are of the same kinds in 2024-revidert's (the list of versions, the changes
    // between two versions, a document's history, the feed) as in theirs.
    const built = path.join(out, 'content');
    await cp(content, built, { recursive: true });
    for (const id of ['2022-utkast', '2022-horing', '2023-vedtatt']) await rm(path.join(built, 'versjoner', id), { recursive: true });
    const env = { STRATEGI_BUILD_TIME: '2027-01-15T09:59+01:00', STRATEGI_BUILD_DATE: '2027-01-15' };
    // The public build keeps its PDFs (no file may hold the scheduled version); the preview's pages are all that is read.
    await buildSite(built, 'public', path.join(out, 'public'), env);
    await buildSite(built, 'preview', path.join(out, 'preview'), { ...env, STRATEGI_PDF: '0' });
    publicFiles = readTree(path.join(out, 'public'));
    previewFiles = readTree(path.join(out, 'preview'));
  }, 600_000);
  afterAll(() => rm(out, { recursive: true, force: true }));

  test('the public build before the moment has no trace of the scheduled version in any file', () => {
    const leaks = [...publicFiles].filter(([, text]) => text.includes(SCHEDULED_MARKER) || text.includes('2027-vedtatt')).map(([name]) => name);
    expect(leaks).toEqual([]);
    // Each version has its own search index; the scheduled version has none, nor any other file.
    expect([...publicFiles.keys()].some((name) => /^versjoner\/[^/]+\/pagefind\//.test(name))).toBe(true);
    expect([...publicFiles.keys()].filter((name) => name.includes('2027-vedtatt'))).toEqual([]);
    expect(publicFiles.has('feed.xml') && publicFiles.has('sitemap.xml')).toBe(true);
  });

  test('the preview shows the scheduled version with «publiseres 15. januar 2027 kl. 10.00»', () => {
    const page = previewFiles.get('versjoner/2027-vedtatt/index.html') ?? '';
    expect(page).toContain('publiseres 15. januar 2027 kl. 10.00');
  });

  test('a document page shows its dated change history, with the note sanitised', () => {
    const page = previewFiles.get('versjoner/2027-vedtatt/tiltak/T-1/index.html') ?? '';
    expect(page).toContain('Endret 15. januar 2027');
    expect(page).toContain('Endret 3. november 2026');
    expect(page).toContain('<strong>tiltak T-1</strong>');
  });
});
