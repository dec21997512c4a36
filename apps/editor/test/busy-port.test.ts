// `pnpm editor` and `pnpm review` as an editor types them, on a port another program holds: the tool's own
// Norwegian message and exit code 1, and nothing from pnpm after it (the commands are bins, not package scripts,
// so pnpm adds no «ELIFECYCLE Command failed» lines).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let holder: Server;
let port: number;
const scratch = mkdtempSync(path.join(tmpdir(), 'strategi-busy-port-'));

beforeAll(async () => {
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  port = (holder.address() as { port: number }).port;
  // The review server needs a preview to serve before it listens; an empty one is enough here.
  writeFileSync(path.join(scratch, 'index.html'), '<!doctype html><title>x</title>');
});
afterAll(async () => {
  await new Promise((resolve) => holder.close(resolve));
  rmSync(scratch, { recursive: true, force: true });
});

function run(command: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', [command], {
      cwd: root,
      env: { ...process.env, PORT: String(port), STRATEGI_PREVIEW_DIST: scratch, STRATEGI_REVIEW_DATA: scratch },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(watchdog);
      resolve({ code, stdout, stderr });
    });
  });
}

describe.each(['editor', 'review'])('pnpm %s on a busy port', (command) => {
  test('says so in Norwegian, exits 1, and pnpm adds nothing', async () => {
    const { code, stdout, stderr } = await run(command);
    expect(code).toBe(1);
    expect(stderr).toBe(`Porten ${port} er opptatt.\n  → Velg en annen med PORT=…\n`);
    expect(stdout).not.toMatch(/ELIFECYCLE|Command failed/);
  });
});
