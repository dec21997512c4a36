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

/** The run's folder, shared by every setup in this process: the coverage run's projects each list this setup. */
interface Run {
  folder: string;
  previous: string | undefined;
  setups: number;
}
const RUN = Symbol.for('strategi.runTmpdir');
const registry = globalThis as { [RUN]?: Run };

export default function runTmpdir(): () => Promise<void> {
  // One folder for the run however many projects set it up: nested folders made the test PostgreSQL's socket path
  // longer than a Unix socket's 107 bytes. The last setup torn down removes it, after every project's own teardown.
  const run = registry[RUN] ?? { folder: '', previous: process.env['TMPDIR'], setups: 0 };
  if (run.setups === 0) {
    run.folder = mkdtempSync(path.join(tmpdir(), 'strategi-run-'));
    // Others may pass through, as through /tmp (not list or write: each folder made inside is the maker's own): run
    // as root, the tests' PostgreSQL server runs as the postgres user and must reach its folder in here.
    chmodSync(run.folder, 0o711);
    process.env['TMPDIR'] = run.folder;
    registry[RUN] = run;
  }
  run.setups++;
  return async () => {
    if (--run.setups > 0) return;
    delete registry[RUN];
    if (run.previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = run.previous;
    // The test PostgreSQL's folder in here may be being removed in the background at the same moment, and rmSync
    // returns quietly when an entry vanishes under it, leaving the rest: try again until the folder is gone.
    for (let attempt = 0; existsSync(run.folder) && attempt < 50; attempt++) {
      rmSync(run.folder, { recursive: true, force: true });
      if (existsSync(run.folder)) await sleep(100);
    }
  };
}
