import { chmod, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hashBytes, loadCorpus, releaseVersion } from '@strategi/model';
import { describe, expect, test } from 'vitest';
import { isRoot, run, workspace } from './helpers.ts';

/** The answers `release` needs to go on without asking. */
const confirmed = ['--change', 'mindre', '--change-note', 'Rettelser.', '--yes'];

/** What release says it freezes in the editor fixture: its two warnings, and the count. */
const freezing = (id: string) =>
  `content/tiltak/T-3.md:9:9  warning  T-3 er «fullført», men har ingen milepæl med dokumentasjon.  [milestone/done-without-evidence]\n  → Et tiltak er fullført først når det er vist. Gi hver milepæl «evidence» (en lenke eller id-en til et dokument) og helst «done», eller sett en annen status.\ncontent/tiltak/T-3.md:11:1  warning  Teksten har lesbarhetsindeks LIX 68, over grensen på 55.  [language/hard-to-read]\n  → Skriv kortere setninger og bytt lange ord med kortere der det går. Se veiledningen om klarspråk.\n\nFrigivelsen fryser 15 filer som «${id}», med 2 advarsler over. En frigitt versjon endres aldri.\n`;

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

describe('strategi release', () => {
  test('writes every file of the working draft with its hash, and the new version validates', async () => {
    const cwd = await workspace();
    const result = await run(
      ['release', '2025-vedtatt', '--status', 'vedtatt', '--date', '2025-06-01', '--label', 'Vedtatt 2025', '--notes', 'Vedtatt av KD og KS.', ...confirmed],
      cwd,
    );
    expect(result).toEqual({
      code: 0,
      stdout:
        'Frigitt «2025-vedtatt» (vedtatt, 2025-06-01): 15 filer i content/versjoner/2025-vedtatt\nAngre før du lagrer den i git: strategi release --undo 2025-vedtatt\n',
      stderr: freezing('2025-vedtatt'),
    });
    const folder = path.join(cwd, 'content/versjoner/2025-vedtatt');
    const description = await readFile(path.join(folder, 'versjon.md'), 'utf8');
    expect(description).toMatch(
      /^---\nid: 2025-vedtatt\nlabel: Vedtatt 2025\nstatus: vedtatt\ndate: 2025-06-01\nexample: false\nschemaVersion: 2\nmanifest: sha256-[0-9a-f]{64}\nchange: mindre\nchangeNote: Rettelser\.\nhistory:\n {2}- status: vedtatt\n {4}date: 2025-06-01\nseal: sha256-[0-9a-f]{64}\n---\n/,
    );
    const manifest = await readFile(path.join(folder, 'versjon.sha256'), 'utf8');
    expect(description).toMatch(/---\nVedtatt av KD og KS\.\n$/);
    const working = [
      'aktorer/KD.md',
      'aktorer/KS.md',
      'aktorer/Udir.md',
      'handlingsplaner/H-1.md',
      'innsatsomrader/I-1.md',
      'innsatsomrader/I-2.md',
      'innspill/IN-1.md',
      'innspillsrunder/R-1.md',
      'mal/M-1.md',
      'mal/M-2.md',
      'mal/M-3.md',
      'strategi.md',
      'tiltak/T-1.md',
      'tiltak/T-3.md',
      'tiltak/T-4.md',
    ];
    for (const relative of working) {
      const hash = hashBytes(await readFile(path.join(cwd, 'content', relative)));
      expect(manifest).toContain(`${hash.slice('sha256-'.length)}  ${relative}\n`);
      expect(hashBytes(await readFile(path.join(folder, relative)))).toBe(hash);
    }
    const corpus = await loadCorpus(path.join(cwd, 'content'), { displayBase: cwd });
    expect(corpus.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(corpus.versions.map((v) => [v.id, v.status])).toEqual([
      ['2024-horing', 'høring'],
      ['2025-vedtatt', 'vedtatt'],
    ]);
  });

  test('refuses content with errors and writes nothing', async () => {
    const cwd = await workspace();
    const file = path.join(cwd, 'content/tiltak/T-4.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('goals: [M-2]', 'goals: [M-9]'));
    const result = await run(['release', '2025-vedtatt', '--status', 'vedtatt', ...confirmed], cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'content/tiltak/T-4.md:4:9  error  Finner ikke målet «M-9». Mente du «M-1»?  [link/unknown-goal]\n  → Rett id-en i «goals», eller opprett dokumentet i mappen «mal» (for eksempel med «strategi new goal»).\n\nIngen versjon ble laget: innholdet har 1 feil. Rett dem og prøv igjen.\n',
    );
    expect(await readdir(path.join(cwd, 'content/versjoner'))).toEqual(['2024-horing']);
  });

  test('refuses an id that exists and leaves the version as it was', async () => {
    const cwd = await workspace();
    const before = await readFile(path.join(cwd, 'content/versjoner/2024-horing/versjon.md'), 'utf8');
    const result = await run(['release', '2024-horing', '--status', 'høring', ...confirmed], cwd);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Versjonen «2024-horing» finnes allerede (content/versjoner/2024-horing). En frigitt versjon endres aldri; velg en ny id.\n',
    });
    expect(await readFile(path.join(cwd, 'content/versjoner/2024-horing/versjon.md'), 'utf8')).toBe(before);
  });

  test('refuses a wrong status and a missing id', async () => {
    const cwd = await workspace();
    expect(await run(['release', 'x', '--status', 'adopted'], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        '--status må være «utkast», «høring», «vedtatt», ikke «adopted». Mente du «vedtatt»?\n  → Status «erstattet» settes senere, med «strategi version status <id> erstattet».\n',
    });
    expect((await run(['release', '--status', 'vedtatt'], cwd)).stderr).toBe(
      'Oppgi id-en til versjonen, for eksempel «strategi release 2025-horing --status høring».\n',
    );
  });

  test('a failure in the middle leaves no version folder and no temporary folder', async () => {
    const cwd = await workspace();
    const content = path.join(cwd, 'content');
    let calls = 0;
    const failing = releaseVersion(
      content,
      { id: '2025-vedtatt', status: 'vedtatt', label: 'x', date: '2025-06-01' },
      {
        cacheFolder: false,
        onProgress: () => {
          if (++calls === 5) throw new Error('avbrutt midt i');
        },
      },
    );
    await expect(failing).rejects.toThrow('avbrutt midt i');
    expect(calls).toBeGreaterThanOrEqual(5);
    expect(await readdir(path.join(content, 'versjoner'))).toEqual(['2024-horing']);
    expect(await exists(path.join(content, 'versjoner/2025-vedtatt'))).toBe(false);
  });

  test('a read-only versions folder gives a clear message, exit 1, and nothing half-written', async () => {
    const cwd = await workspace();
    const versions = path.join(cwd, 'content/versjoner');
    if (isRoot) {
      // Root writes through chmod, so make the write fail another way: a file where the versions folder should be.
      await rm(versions, { recursive: true });
      await writeFile(versions, '');
      const result = await run(['release', '2025-vedtatt', '--status', 'vedtatt', ...confirmed], cwd);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.startsWith(freezing('2025-vedtatt'))).toBe(true);
      expect(result.stderr.slice(freezing('2025-vedtatt').length)).toMatch(/^Kunne ikke skrive: .+\. Ingenting ble endret\.\n$/);
      expect((await stat(versions)).isFile()).toBe(true);
      return;
    }
    await chmod(versions, 0o555);
    try {
      const result = await run(['release', '2025-vedtatt', '--status', 'vedtatt', ...confirmed], cwd);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^Kunne ikke skrive: mangler skrivetilgang \(.+\)\. Ingenting ble endret\.\n$/);
      expect(await readdir(versions)).toEqual(['2024-horing']);
    } finally {
      await chmod(versions, 0o755);
    }
  });

  test('shows progress on a terminal and stays quiet in CI', async () => {
    const cwd = await workspace();
    const terminal = await run(['release', 'a', '--status', 'utkast', '--date', '2025-01-01', ...confirmed], cwd, { tty: true });
    expect(terminal.code).toBe(0);
    expect(terminal.stderr).toMatch(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the terminal's escape sequence is what is tested
      /Frigivelsen fryser 15 filer som «a», med 2 advarsler over\. En frigitt versjon endres aldri\.\n\rSkriver \d+\/15 \(\d+ %\)(\rSkriver \d+\/15 \(\d+ %\))*\r\u001b\[K$/,
    );
    expect(terminal.stderr).toContain('\rSkriver 15/15 (100 %)');
    const ci = await run(['release', 'b', '--status', 'utkast', '--date', '2025-01-02', ...confirmed], cwd, { tty: true, env: { CI: 'true' } });
    expect(ci.code).toBe(0);
    expect(ci.stderr).toBe(freezing('b'));
  });
});
