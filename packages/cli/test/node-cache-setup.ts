/**
 * One V8 compile cache for every `node` this run starts (the tests that spawn `strategi` as its own process, the
 * pre-commit hook, `pnpm strategi`): the first start strips and compiles the CLI's modules, the rest read them from
 * the cache, which halves the CPU time each start costs. Node checks each entry against the source, so a stale
 * entry is never used; the folder is the run's own and is removed at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(path.join(tmpdir(), 'strategi-cli-node-cache-'));
  // Set before the workers start, so they and every process they spawn inherit it.
  process.env['NODE_COMPILE_CACHE'] = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
