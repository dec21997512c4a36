// Change notes, scheduled publishing, what a release freezes, undoing an uncommitted release, placeholder text.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildTime, isScheduled, publicEditionsAt, releaseVersion, undoRelease } from '../src/index.ts';
import { load, problemLines, scratch, testFileCache } from './helpers.ts';

/** Releases parse through the test file's parse cache (parse-cache.ts). */
const cached = { cache: await testFileCache() };

/** A copy of valid-minimal with 2024-vedtatt released, and 2027-vedtatt released to be published on 15 January 2027. */
async function scheduled(name: string) {
  const copy = await scratch('valid-minimal', name);
  await releaseVersion(
    copy.dir,
    { id: '2024-vedtatt', status: 'vedtatt', label: 'Vedtatt 2024', date: '2024-03-01', change: 'vesentlig', changeNote: 'Første versjon.' },
    cached,
  );
  await copy.edit('tiltak/T-1.md', (text) => `${text}\nEn ny setning.\n`);
  const result = await releaseVersion(
    copy.dir,
    {
      id: '2027-vedtatt',
      status: 'vedtatt',
      label: 'Vedtatt 2027',
      date: '2027-01-10',
      change: 'mindre',
      changeNote: 'Rettet en skrivefeil.',
      publishAt: '2027-01-15T10:00+01:00',
    },
    cached,
  );
  expect(result.ok).toBe(true);
  return copy;
}

describe('scheduled publishing', () => {
  test('release writes the change, its note and the publishing moment into the sealed versjon.md, which validates', async () => {
    const copy = await scheduled('release-fields');
    const text = await copy.read('versjoner/2027-vedtatt/versjon.md');
    expect(text).toContain('change: mindre\nchangeNote: Rettet en skrivefeil.\npublishAt: 2027-01-15T10:00+01:00\n');
    expect(await problemLines(copy.dir)).toEqual([]);
  });

  test.each([
    ['2027-01-15T09:59+01:00', ['2024-vedtatt'], 'vedtatt'],
    ['2027-01-15T10:00+01:00', ['2024-vedtatt', '2027-vedtatt'], 'erstattet'],
    ['2027-01-15T09:30Z', ['2024-vedtatt', '2027-vedtatt'], 'erstattet'],
  ])('at %s the public versions are %j, and 2024-vedtatt is %s', async (at, ids, earlier) => {
    const corpus = await load((await scheduled(`at-${at.replace(/[:+]/g, '')}`)).dir);
    const published = publicEditionsAt(corpus.versions, buildTime(at));
    expect(published.map((edition) => edition.id)).toEqual(ids);
    expect(published[0]?.status).toBe(earlier);
  });

  test('isScheduled is true only before the moment; STRATEGI_BUILD_TIME is refused when it is not a moment', async () => {
    const edition = { version: { publishAt: '2027-01-15T10:00+01:00' } } as Parameters<typeof isScheduled>[0];
    expect(isScheduled(edition, new Date('2027-01-15T08:59:59Z'))).toBe(true);
    expect(isScheduled(edition, new Date('2027-01-15T09:00:00Z'))).toBe(false);
    expect(() => buildTime('15.01.2027')).toThrow(/STRATEGI_BUILD_TIME/);
    expect(buildTime(undefined, new Date(5)).getTime()).toBe(5);
  });

  test('a moment without an offset is refused before anything is written', async () => {
    const copy = await scratch('valid-minimal', 'no-offset');
    const result = await releaseVersion(copy.dir, { id: '2027-x', status: 'vedtatt', label: 'X', date: '2027-01-01', publishAt: '2027-01-15T10:00' }, cached);
    expect(result.ok ? [] : 'problems' in result ? result.problems.map((problem) => problem.message) : []).toEqual([
      '«publishAt» har feil format: «2027-01-15T10:00».',
    ]);
    expect(await readdir(path.join(copy.dir, 'versjoner')).catch(() => [])).toEqual([]);
  });
});

describe('release says what it freezes', () => {
  test('confirm gets the files and the warnings; a no writes nothing', async () => {
    const copy = await scratch('valid-minimal', 'cancelled');
    await copy.edit('tiltak/T-2.md', (text) => `${text}\nBeskriv tiltaket: hva som skal gjøres, hvorfor, og hvem som gjør hva.\n`);
    let asked: { files: number; warnings: string[] } | undefined;
    const result = await releaseVersion(
      copy.dir,
      { id: '2025-x', status: 'høring', label: 'X', date: '2025-01-01' },
      {
        ...cached,
        confirm: async ({ files, warnings }) => {
          asked = { files, warnings: warnings.map((problem) => problem.ruleId) };
          return false;
        },
      },
    );
    expect(asked).toEqual({ files: 11, warnings: ['language/placeholder'] });
    expect(result).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(await readdir(path.join(copy.dir, 'versjoner')).catch(() => [])).toEqual([]);
  });

  test('placeholder text from strategi new is a warning at its line', async () => {
    const copy = await scratch('valid-minimal', 'placeholder');
    await copy.write(
      'tiltak/T-2.md',
      (await copy.read('tiltak/T-2.md')).replace(/\n---\n[\s\S]*$/, '\n---\nBeskriv tiltaket: hva som skal gjøres, hvorfor, og hvem som gjør hva.\n'),
    );
    const lines = await problemLines(copy.dir);
    expect(lines.filter((line) => line.includes('language/placeholder'))).toEqual([
      expect.stringMatching(
        /^placeholder\/tiltak\/T-2\.md:\d+:1 {2}warning {2}Teksten står fortsatt som «strategi new» skrev den: «Beskriv tiltaket: hva som skal gjøres, hvorfor, og hvem som gjør hva\.»\. {2}\[language\/placeholder\]$/,
      ),
    ]);
  });
});

describe('undoing a release', () => {
  test('removes an uncommitted version whose files are all in the draft, and nothing else', async () => {
    const copy = await scratch('valid-minimal', 'undo');
    await releaseVersion(copy.dir, { id: '2025-x', status: 'høring', label: 'X', date: '2025-01-01' }, { ...cached, notes: 'Notatet.' });
    const result = await undoRelease(copy.dir, '2025-x', { committed: false });
    expect(result).toEqual({ ok: true, folder: path.join(copy.dir, 'versjoner', '2025-x'), files: 11, notes: 'Notatet.' });
    expect(await readdir(path.join(copy.dir, 'versjoner'))).toEqual([]);
    expect(await copy.read('tiltak/T-1.md')).toContain('id: T-1');
    expect(await problemLines(copy.dir)).toEqual([]);
  });

  test('refuses a committed version, and one with a file that is only in the version', async () => {
    const copy = await scratch('valid-minimal', 'undo-refused');
    await releaseVersion(copy.dir, { id: '2025-x', status: 'høring', label: 'X', date: '2025-01-01' }, cached);
    expect(await undoRelease(copy.dir, '2025-x', { committed: true })).toMatchObject({ ok: false, reason: 'committed' });
    await copy.edit('versjoner/2025-x/tiltak/T-1.md', (text) => `${text}\nRettet i versjonen.\n`);
    expect(await undoRelease(copy.dir, '2025-x', { committed: false })).toMatchObject({ ok: false, reason: 'not-in-draft', files: ['tiltak/T-1.md'] });
    expect(await copy.read('versjoner/2025-x/tiltak/T-1.md')).toContain('Rettet i versjonen.');
    expect(await undoRelease(copy.dir, '../tiltak', { committed: false })).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await undoRelease(copy.dir, '2099-none', { committed: false })).toMatchObject({ ok: false, reason: 'not-found' });
  });
});
