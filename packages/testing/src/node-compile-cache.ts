/**
 * A vitest `globalSetup`: one V8 compile cache for every `node` the tests start (the servers they start and kill),
 * kept from run to run as Node's own default cache is: a server's modules are compiled once, and every later start,
 * in this run or the next, reads them from the cache at a third less CPU time. Node checks each entry against the
 * source, so a stale one is never used, and processes may share the folder. It is kept beside the other caches of
 * the checkout, in node_modules/.cache: the run's own temporary folder (run-tmpdir.ts) is removed at its end.
 */
import path from 'node:path';

export default function setup(): void {
  // Set before the workers start, so they and every process they spawn inherit it.
  process.env['NODE_COMPILE_CACHE'] = path.join(import.meta.dirname, '..', 'node_modules', '.cache', 'node-compile-cache');
}
