import { execFileSync } from 'node:child_process';
// A released version: its status changes only through a recorded, legal transition; its files and hash list are
// checked; a release validates and writes one snapshot; a stopped release leaves nothing that is read as a version.
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { changeVersionStatus, releaseVersion } from '../src/index.ts';
import { load, loadScenario, problemLines, scratch, testFileCache } from './helpers.ts';

const VERSION = 'versjoner/2023-vedtatt/versjon.md';

describe('a version’s status is part of the release', () => {
  test('a status edited by hand is refused at its line, and so is any other edit of versjon.md', async () => {
    const copy = await scratch('version-valid', 'status-by-hand');
    await copy.edit(VERSION, (text) => text.replace('status: vedtatt', 'status: utkast'));
    expect(await problemLines(copy.dir)).toEqual([
      'status-by-hand/versjoner/2023-vedtatt/versjon.md:4:9  error  Versjonen «2023-vedtatt» har status «utkast», men siste status i historikken er «vedtatt».  [version/status-unexplained]',
      'status-by-hand/versjoner/2023-vedtatt/versjon.md:12:7  error  «versjon.md» for «2023-vedtatt» er endret etter at den ble skrevet av «strategi release» eller «strategi version».  [version/edited-by-hand]',
    ]);
  });

  test('a draft made public by hand, history and all, still breaks the seal', async () => {
    const copy = await scratch('valid-minimal', 'draft-by-hand');
    const released = await releaseVersion(
      copy.dir,
      { id: '2024-utkast', status: 'utkast', label: 'Utkast', date: '2024-01-10' },
      { cache: await testFileCache() },
    );
    expect(released.ok).toBe(true);
    const file = 'versjoner/2024-utkast/versjon.md';
    await copy.edit(file, (text) => text.replaceAll('status: utkast', 'status: vedtatt').replace('date: 2024-01-10\n', 'date: 2025-01-10\n'));
    const corpus = await load(copy.dir);
    expect(corpus.problems.map((problem) => problem.ruleId)).toEqual(['version/edited-by-hand']);
  });

  test('the command records a legal transition with its date, seals it, and the version then validates', async () => {
    const copy = await scratch('version-valid', 'superseded');
    const result = await changeVersionStatus(copy.dir, '2023-vedtatt', { to: 'erstattet', date: '2025-06-01' });
    expect(result).toMatchObject({ ok: true, from: 'vedtatt', to: 'erstattet' });
    const text = await copy.read(VERSION);
    expect(text).toContain('history:\n  - status: vedtatt\n    date: 2023-04-19\n  - status: erstattet\n    date: 2025-06-01\n');
    expect(await problemLines(copy.dir)).toEqual([]);
    const corpus = await load(copy.dir);
    expect(corpus.versions[0]?.status).toBe('erstattet');
    expect(corpus.versions[0]?.isPublic).toBe(true);
  });

  test.each([
    ['vedtatt', 'utkast'],
    ['vedtatt', 'høring'],
    ['vedtatt', 'vedtatt'],
  ] as const)('an illegal transition %s → %s is refused and nothing is written', async (_from, to) => {
    const copy = await scratch('version-valid', `illegal-${to}`);
    const before = await copy.read(VERSION);
    const result = await changeVersionStatus(copy.dir, '2023-vedtatt', { to, date: '2025-06-01' });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((problem) => problem.ruleId)).toEqual(['version/illegal-transition']);
    expect(await copy.read(VERSION)).toBe(before);
  });

  test('the command refuses a description that was edited by hand', async () => {
    const copy = await scratch('version-valid', 'refuse-edited');
    await copy.edit(VERSION, (text) => text.replace('label: Vedtatt strategi', 'label: Vedtatt strategi (rettet)'));
    const result = await changeVersionStatus(copy.dir, '2023-vedtatt', { to: 'erstattet', date: '2025-06-01' });
    expect(result.ok ? [] : result.problems.map((problem) => problem.ruleId)).toEqual(['version/edited-by-hand']);
  });
});

describe('versions released under schema version 1', () => {
  test('are read through the migration: Norwegian values, the plan list derived, any letter in actor ids', async () => {
    const lines = await problemLines((await scratch('legacy-v1')).dir);
    expect(lines).toEqual([
      'legacy-v1/versjoner/2023-vedtatt/versjon.md:1:1  error  Statusen til versjonen «2023-vedtatt» er ikke forseglet, så ingen kan se om den er endret for hånd.  [version/unsealed]',
    ]);
    const corpus = await loadScenario('legacy-v1');
    const version = corpus.versions[0]!;
    expect(version.status).toBe('vedtatt');
    expect(version.schemaVersion).toBe(1);
    const measure = version.index.resolve('T-1');
    expect(measure?.kind === 'measure' && measure.data.status).toBe('startet');
    expect(version.index.resolve('Språkrådet')?.kind).toBe('actor');
    const plan = version.index.resolve('H-1')!;
    expect(version.index.sources(plan, 'measure.actionPlan').map((doc) => doc.id)).toEqual(['T-1']);
  });

  test('sealing records the status it has, without touching the frozen documents', async () => {
    const copy = await scratch('legacy-v1', 'legacy-sealed');
    const document = await copy.read('versjoner/2023-vedtatt/tiltak/T-1.md');
    expect(await changeVersionStatus(copy.dir, '2023-vedtatt', { seal: true, date: '2026-12-01' })).toMatchObject({ ok: true, to: 'vedtatt' });
    expect(await problemLines(copy.dir)).toEqual([]);
    expect(await copy.read('versjoner/2023-vedtatt/tiltak/T-1.md')).toBe(document);
    expect(await copy.read(VERSION)).toContain('history:\n  - status: vedtatt\n    date: 2023-04-19\n');
  });
});

describe('released files', () => {
  test('a CRLF checkout of a released file (Git on Windows) still matches its recorded hash', async () => {
    const copy = await scratch('version-valid', 'crlf-checkout');
    await copy.edit('versjoner/2023-vedtatt/tiltak/T-1.md', (text) => text.replace(/\n/g, '\r\n'));
    expect(await problemLines(copy.dir)).toEqual([]);
  });

  test('the repository tells Git to check content out with LF on every system, so a seal never breaks on checkout', () => {
    const repo = path.resolve(import.meta.dirname, '../../..');
    const files = ['content/versjoner/2023-vedtatt/tiltak/T-1.md', 'content/versjoner/2023-vedtatt/versjon.sha256', 'content/tiltak/T-1.md'];
    const out = execFileSync('git', ['check-attr', 'eol', '--', ...files], { cwd: repo, encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual(files.map((file) => `${file}: eol: lf`));
  });

  test('a changed hash list is refused', async () => {
    const copy = await scratch('version-valid', 'manifest-edit');
    await copy.edit('versjoner/2023-vedtatt/versjon.sha256', (text) => text.replace(/^[0-9a-f]/, (digit) => (digit === '0' ? '1' : '0')));
    expect(await problemLines(copy.dir)).toEqual([
      'manifest-edit/versjoner/2023-vedtatt/versjon.sha256:1:1  error  «versjon.sha256» for «2023-vedtatt» er ikke den som ble skrevet da versjonen ble frigitt.  [version/manifest-changed]',
    ]);
  });

  test('10,000 documents make a hash list well within its bound, and versjon.md stays small', async () => {
    const { formatManifest, parseManifest } = await import('../src/versions/manifest.ts');
    const hashes = new Map(Array.from({ length: 10_000 }, (_, i) => [`tiltak/T-${i + 1}.md`, `sha256-${String(i).padStart(64, '0')}`] as const));
    const text = formatManifest(hashes);
    expect(text.length).toBeLessThan(1_100_000);
    expect(parseManifest(text)).toEqual(hashes);
  });
});

describe('release', () => {
  test('release notes or a change note nested past the limit are refused before anything is written', async () => {
    const copy = await scratch('valid-minimal', 'deep-notes');
    const deep = `${'> '.repeat(70)}dypt`;
    const input = { id: '2024-horing', status: 'høring', label: 'Høring', date: '2024-02-01' } as const;
    for (const result of [
      await releaseVersion(copy.dir, input, { cache: await testFileCache(), notes: deep }),
      await releaseVersion(copy.dir, { ...input, change: 'mindre', changeNote: deep }, { cache: await testFileCache() }),
    ]) {
      expect(result.ok === false && result.reason === 'invalid-version' && result.problems.map((problem) => problem.ruleId)).toEqual(['file/too-complex']);
    }
    expect(await readdir(path.join(copy.dir, 'versjoner')).catch(() => [])).toEqual([]);
  });

  test('a bidirectional control in the label or change note is taken out before the seal: the version validates as released', async () => {
    const copy = await scratch('valid-minimal', 'bidi-label');
    const result = await releaseVersion(
      copy.dir,
      { id: '2024-horing', status: 'høring', label: 'Høring\u202e 2024', date: '2024-02-01', change: 'vesentlig', changeNote: 'Nytt\u2066 mål.' },
      { cache: await testFileCache(), notes: 'Notat\u202e.' },
    );
    expect(result.ok && { label: result.version.label, changeNote: result.version.changeNote }).toEqual({ label: 'Høring 2024', changeNote: 'Nytt mål.' });
    expect(await problemLines(copy.dir)).toEqual([]);
    const [, frontmatter] = (await copy.read('versjoner/2024-horing/versjon.md')).split('---\n');
    expect(frontmatter).not.toMatch(/[\u202e\u2066]/);
  });

  test('a stopped release’s temporary folder is reported, never read as a version, and the next release removes it', async () => {
    const copy = await scratch('valid-minimal', 'leftover');
    const leftover = path.join(copy.dir, 'versjoner', '.2024-horing.tmp-999999');
    await mkdir(path.join(leftover, 'tiltak'), { recursive: true });
    await writeFile(path.join(leftover, 'tiltak', 'T-1.md'), 'halvskrevet');
    expect(await problemLines(copy.dir)).toEqual([
      'leftover/versjoner/.2024-horing.tmp-999999:1:1  warning  Mappen «leftover/versjoner/.2024-horing.tmp-999999» er rester etter en frigivelse som ble avbrutt.  [version/leftover-release]',
    ]);
    const result = await releaseVersion(
      copy.dir,
      { id: '2024-horing', status: 'høring', label: 'Høring', date: '2024-02-01' },
      { cache: await testFileCache() },
    );
    expect(result.ok && result.cleaned).toEqual([leftover]);
    expect(await readdir(path.join(copy.dir, 'versjoner'))).toEqual(['2024-horing']);
  });

  test('writes exactly the bytes it validated, even while a file is being saved over and over', async () => {
    const copy = await scratch('valid-minimal', 'racing-save');
    const file = copy.file('tiltak/T-2.md');
    const valid = await readFile(file, 'utf8');
    const invalid = valid.replace('goals: [M-2]', 'goals: [M-404]');
    let stop = false;
    const saver = (async () => {
      for (let i = 0; !stop; i++) {
        await writeFile(file, i % 2 ? valid : invalid);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const outcomes: boolean[] = [];
    for (let i = 0; i < 4; i++) {
      const result = await releaseVersion(copy.dir, { id: `2024-forsok-${i}`, status: 'utkast', label: 'Forsøk', date: '2024-02-01' }, { cacheFolder: false });
      outcomes.push(result.ok);
      if (result.ok) {
        const frozen = await readFile(path.join(result.folder, 'tiltak/T-2.md'), 'utf8');
        expect([valid, invalid]).toContain(frozen);
        expect(frozen).toBe(valid);
      }
    }
    stop = true;
    await saver;
    await writeFile(file, valid);
    // Every version that was made validates: nothing was frozen unchecked.
    const corpus = await load(copy.dir);
    expect(corpus.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(corpus.versions).toHaveLength(outcomes.filter(Boolean).length);
  });

  test('a file the walker reads as content is released; none is skipped', async () => {
    const copy = await scratch('valid-minimal', 'every-file');
    const result = await releaseVersion(
      copy.dir,
      { id: '2024-utkast', status: 'utkast', label: 'Utkast', date: '2024-02-01' },
      { cache: await testFileCache() },
    );
    expect(result.ok).toBe(true);
    const corpus = await load(copy.dir);
    expect(corpus.versions[0]?.documents.map((doc) => doc.path).sort()).toEqual(corpus.working.documents.map((doc) => doc.path).sort());
    expect((await stat(path.join(copy.dir, 'versjoner/2024-utkast/versjon.sha256'))).isFile()).toBe(true);
  });
});
