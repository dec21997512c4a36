import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, watch } from 'node:fs';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyTree, run } from './helpers.ts';

const bin = path.join(import.meta.dirname, '..', 'src', 'bin.ts');
const fixture = path.join(import.meta.dirname, 'fixtures', 'import', 'content');
// Enough rows that the import is still staging, or still linking, when the signal sent the moment a watcher sees
// that step begin arrives (it lands within the first few files); every row costs the rerun below its time.
const ROWS = 60;
const LEFTOVER_ROWS = 3;

/** The import fixture's content folder (one input, IN-1) and a spreadsheet of `count` good rows beside it. */
async function workspace(count = ROWS): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'strategi-import-signal-'));
  copyTree(fixture, path.join(folder, 'content'));
  const rows = Array.from({ length: count }, (_, i) => `Innspill nummer ${i + 1},R-1,Kommune ${i + 1},kommune,2022-05-01,Sammendrag ${i + 1}.`);
  await writeFile(path.join(folder, 'rader.csv'), `tittel,runde,avsender,avsendertype,dato,sammendrag\n${rows.join('\n')}\n`);
  return folder;
}

const inputs = (folder: string) => readdirSync(path.join(folder, 'content', 'innspill'));
const staging = (folder: string) => readdirSync(path.join(folder, 'content')).filter((name) => name.startsWith('.strategi-import-'));

/** The moments to stop the import at: while it stages the files, and once the first of them is in place. */
const moments = {
  staging: (folder: string) => staging(folder).length > 0,
  linking: (folder: string) => inputs(folder).length > 1,
};

/** Starts `strategi import inputs` as its own process, as an editor at a terminal would. */
function start(folder: string): ChildProcess {
  return spawn(process.execPath, [bin, 'import', 'inputs', 'rader.csv'], {
    cwd: folder,
    env: { ...process.env, INIT_CWD: folder, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Sends `signal` as soon as `moment` is seen (or the process ends first); resolves to its exit code and output. The
 * content folder and `innspill/` are watched, so the moment is checked each time the import adds a file or folder
 * there, and nothing runs while the import works between two of them.
 */
async function stopAt(child: ChildProcess, folder: string, moment: (folder: string) => boolean, signal: NodeJS.Signals) {
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, received) => resolve({ code, signal: received })),
  );
  let sent = false;
  const watchers = ['content', 'content/innspill'].map((folderName) => watch(path.join(folder, folderName)));
  const look = () => {
    if (sent || child.exitCode !== null || child.signalCode !== null || !moment(folder)) return;
    sent = child.kill(signal);
    for (const watcher of watchers) watcher.close();
  };
  for (const watcher of watchers) watcher.on('change', look);
  look();
  const result = await exited;
  for (const watcher of watchers) watcher.close();
  return { ...result, sent, stderr };
}

describe('strategi import inputs stopped by a signal: every row or none, and a rerun works', () => {
  test.each([
    ['SIGINT', 'staging'],
    ['SIGINT', 'linking'],
    ['SIGTERM', 'staging'],
    ['SIGTERM', 'linking'],
    ['SIGKILL', 'staging'],
    ['SIGKILL', 'linking'],
  ] as const)(
    '%s while %s',
    async (signal, moment) => {
      const folder = await workspace();
      const stopped = await stopAt(start(folder), folder, moments[moment], signal);
      const left = inputs(folder).length;
      if (signal !== 'SIGKILL') {
        // A held signal is answered between two files by taking everything back: every row or none, nothing left
        // over, and the exit code a shell gives the signal.
        expect([1, 1 + ROWS]).toContain(left);
        expect(staging(folder)).toEqual([]);
        if (left === 1) {
          expect(stopped.code).toBe(signal === 'SIGINT' ? 130 : 143);
          expect(stopped.stderr).toBe(`Avbrutt (${signal}): alt som var skrevet, er tatt tilbake. Ingenting ble endret.\n`);
        }
      }
      // The rerun first clears away what a killed import left (all of it, or none of it stays), then imports every
      // row once more.
      const rerun = await run(['import', 'inputs', 'rader.csv'], folder);
      expect(rerun.code).toBe(0);
      expect(rerun.stdout.endsWith(`${ROWS} innspill importert fra rader.csv.\n`)).toBe(true);
      expect([1 + ROWS, 1 + 2 * ROWS]).toContain(inputs(folder).length);
      expect(staging(folder)).toEqual([]);
      if (signal === 'SIGKILL' && left > 1 && left < 1 + ROWS) {
        expect(rerun.stderr).toBe(
          `En tidligere import ble avbrutt før den var ferdig; ${left - 1} ${left === 2 ? 'fil' : 'filer'} den hadde lagt inn, er fjernet igjen, så innholdet er som før den.\n`,
        );
        expect(inputs(folder).length).toBe(1 + ROWS);
      }
    },
    60_000,
  );
});

describe('leftovers of a killed import', () => {
  test('a half-linked import is rolled back on the next run; a file that is not its own stays', async () => {
    // No process is stopped here, so a few rows are as good as many for the import that follows the rollback.
    const folder = await workspace(LEFTOVER_ROWS);
    const content = path.join(folder, 'content');
    // As SIGKILL leaves it half-way through putting the files in place: staged, journalled, one of two linked.
    const { mkdir, link, writeFile: write, readFile } = await import('node:fs/promises');
    const stage = path.join(content, '.strategi-import-999999999-abc');
    await mkdir(path.join(stage, 'filer', 'innspill'), { recursive: true });
    await write(path.join(stage, 'filer', 'innspill', 'IN-2.md'), 'x');
    await write(path.join(stage, 'filer', 'innspill', 'IN-3.md'), 'y');
    await write(path.join(stage, 'journal.json'), JSON.stringify(['innspill/IN-2.md', 'innspill/IN-3.md', '../../rader.csv']));
    await link(path.join(stage, 'filer', 'innspill', 'IN-2.md'), path.join(content, 'innspill', 'IN-2.md'));
    // A file the import did not write, under a name its journal holds, is someone else's.
    await write(path.join(content, 'innspill', 'IN-3.md'), await readFile(path.join(content, 'innspill', 'IN-1.md')));
    const result = await run(['import', 'inputs', 'rader.csv'], folder);
    expect(result.stderr.split('\n')[0]).toBe(
      'En tidligere import ble avbrutt før den var ferdig; 1 fil den hadde lagt inn, er fjernet igjen, så innholdet er som før den.',
    );
    expect(result.code).toBe(0);
    expect(await readdir(content)).not.toContain('.strategi-import-999999999-abc');
    expect(inputs(folder)).toContain('IN-3.md');
    expect(inputs(folder).length).toBe(2 + LEFTOVER_ROWS);
    expect(readdirSync(folder)).toContain('rader.csv');
  });
});
