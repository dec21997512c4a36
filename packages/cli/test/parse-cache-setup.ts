/**
 * One parse cache for the whole run, in a folder of its own that is removed at the end, for every command a test
 * runs and every corpus a test loads itself to check what a command wrote, as `pnpm strategi` has in a checkout
 * (under node_modules/.cache): the tests work in temporary folders, where a command would otherwise parse every file
 * of its content again, and the guide's examples run some thirty commands over the same demonstration corpus.
 * Entries are keyed by the bytes of a file and sealed with the run's own key, so a test that changes a file gets that
 * file parsed again. The processes the tests start share the apps' V8 compile cache (@strategi/testing/node-compile-cache).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(path.join(tmpdir(), 'strategi-cli-parse-cache-'));
  // Set before the workers start, so they and every process they spawn inherit it.
  process.env['STRATEGI_CACHE_DIR'] = folder;
  // The seal's key for this run, so that no test writes a key file into the home folder.
  process.env['STRATEGI_CACHE_SECRET'] = `strategi cli tests ${path.basename(folder)}`;
  return () => rmSync(folder, { recursive: true, force: true });
}
