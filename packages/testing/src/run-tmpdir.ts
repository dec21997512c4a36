/**
 * A vitest global setup that gives the run a temporary folder of its own: every `os.tmpdir()` of the run's workers
 * and the processes they start (fixture copies, databases, builds, browser profiles) is inside it, and the folder is
 * removed when the run ends. A file's own clean-up can then miss a folder (an `afterAll` in a module shared by the
 * files of a worker belongs to its first file only; a worker vitest stops runs no exit handler) without leaving it
 * in /tmp. List it first among a config's global setups: vitest tears them down in reverse order, so this one last.
 */
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export default function runTmpdir(): () => Promise<void> {
  const previous = process.env['TMPDIR'];
  const folder = mkdtempSync(path.join(tmpdir(), 'strategi-run-'));
  // Others may pass through, as through /tmp (not list or write: each folder made inside is the maker's own): run as
  // root, the tests' PostgreSQL server runs as the postgres user and must reach its folder in here.
  chmodSync(folder, 0o711);
  process.env['TMPDIR'] = folder;
  return async () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    // The test PostgreSQL's folder in here may be being removed in the background at the same moment, and rmSync
    // returns quietly when an entry vanishes under it, leaving the rest: try again until the folder is gone.
    for (let attempt = 0; existsSync(folder) && attempt < 50; attempt++) {
      rmSync(folder, { recursive: true, force: true });
      if (existsSync(folder)) await sleep(100);
    }
  };
}
