/**
 * A vitest `globalSetup`, listed after `run-tmpdir`: one parse cache for the whole run, in a folder of its own that is
 * removed at the end, for every corpus the tests and the processes they start read. Tests work on copies of content
 * in temporary folders, where the model finds no node_modules/.cache and would otherwise parse every file of a copy
 * again at each read (each command, each page an editor opens, each release, each reload of a service). Entries are
 * keyed by the bytes of a file and sealed with the run's own key, so a test that changes a file gets that file parsed
 * again, and no test writes a key file into the home folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(path.join(tmpdir(), 'strategi-parse-cache-'));
  // Set before the workers start, so they and every process they spawn inherit it.
  process.env['STRATEGI_CACHE_DIR'] = folder;
  process.env['STRATEGI_CACHE_SECRET'] = `strategi tests ${path.basename(folder)}`;
  return () => rmSync(folder, { recursive: true, force: true });
}
