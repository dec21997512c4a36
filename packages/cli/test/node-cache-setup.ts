/**
 * Caches for the whole run, each in a folder of its own that is removed at the end:
 *
 * - One V8 compile cache for every `node` this run starts (the tests that spawn `strategi` as its own process, the
 *   pre-commit hook, `pnpm strategi`): the first start strips and compiles the CLI's modules, the rest read them from
 *   the cache, which halves the CPU time each start costs. Node checks each entry against the source, so a stale
 *   entry is never used.
 * - One parse cache for every command a test runs, and every corpus a test loads itself to check what a command
 *   wrote, as `pnpm strategi` has in a checkout (under node_modules/.cache): the tests work in temporary folders,
 *   where a command would otherwise parse every file of its content again, and the guide's examples run some thirty
 *   commands over the same demonstration corpus. Entries are keyed by the bytes
 *   of a file and sealed with the run's own key, so a test that changes a file gets that file parsed again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const folders = ['strategi-cli-node-cache-', 'strategi-cli-parse-cache-'].map((prefix) => mkdtempSync(path.join(tmpdir(), prefix)));
  // Set before the workers start, so they and every process they spawn inherit them.
  process.env['NODE_COMPILE_CACHE'] = folders[0];
  process.env['STRATEGI_CACHE_DIR'] = folders[1];
  // The seal's key for this run, so that no test writes a key file into the home folder.
  process.env['STRATEGI_CACHE_SECRET'] = `strategi cli tests ${path.basename(folders[1]!)}`;
  return () => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  };
}
