import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { workspace } from './helpers.ts';

const bin = path.join(import.meta.dirname, '..', 'src', 'bin.ts');

/** Runs the CLI as its own process with its output piped into `reader`; the CLI's exit code, as `set -o pipefail` sees it. */
function piped(cwd: string, args: string[], reader: string): number {
  const quoted = args.map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ');
  const script = `"$NODE" "$BIN" ${quoted} 2>/dev/null | ${reader}; echo "\${PIPESTATUS[0]}"`;
  const out = execFileSync('bash', ['-c', script], { cwd, env: { ...process.env, NODE: process.execPath, BIN: bin, INIT_CWD: cwd }, encoding: 'utf8' });
  return Number(out.trim().split('\n').at(-1));
}

describe('output into a pipe whose reader has gone', () => {
  test('release … | head -1 writes the version and exits 0', async () => {
    const cwd = await workspace();
    // `true` reads nothing and is gone before the release prints: every write of it meets a closed pipe.
    const code = piped(cwd, ['release', '2025-vedtatt', '--status', 'vedtatt', '--change', 'mindre', '--change-note', 'Rettelser.', '--yes'], 'true');
    expect(code).toBe(0);
    expect(await readdir(path.join(cwd, 'content/versjoner'))).toContain('2025-vedtatt');
  }, 60_000);

  test('status into a closed pipe exits 0, and a failing command keeps its own exit code', async () => {
    const cwd = await workspace();
    expect(piped(cwd, ['status'], 'true')).toBe(0);
    expect(piped(cwd, ['diff', 'finnes-ikke', 'utkast'], 'true')).toBe(1);
  }, 60_000);
});
