/**
 * One parse cache for the whole run, in the run's temporary folder (list this setup after `run-tmpdir`), for every
 * corpus the tests and the services they start read: the content copies live in temporary folders, where the model
 * finds no node_modules/.cache and would otherwise parse every file of a copy again at each read (each page an
 * editor opens, each release, each reload of a service on a short interval). Entries are keyed by the bytes of a
 * file and sealed with the run's own key, so a test that changes a file gets that file parsed again.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): void {
  const folder = mkdtempSync(path.join(tmpdir(), 'strategi-horing-parse-cache-'));
  // Set before the workers start, so they and every process they spawn inherit it.
  process.env['STRATEGI_CACHE_DIR'] = folder;
  // The seal's key for this run, so that no test writes a key file into the home folder.
  process.env['STRATEGI_CACHE_SECRET'] = `strategi consultation tests ${path.basename(folder)}`;
}
