/**
 * `pnpm demo` (scripts/demo.sh) as a user runs it: examples/ passes validation and builds without a problem into
 * apps/site/dist-demo — not dist/, which is the real content's — and is served on 127.0.0.1 with a Norwegian line
 * saying what it is. The test stops the server once it has answered (without PDFs, which pdf.test.ts checks).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { distDir, siteRoot } from './harness/paths.ts';

const repoRoot = join(siteRoot, '..', '..');
const demoDir = join(siteRoot, 'dist-demo');

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let child: ChildProcess | undefined;
afterAll(() => {
  // The script's own process group: bash, pnpm and astro preview under it.
  if (child?.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
});

test('pnpm demo validates examples/, builds it into dist-demo and serves it on 127.0.0.1', async () => {
  const port = await freePort();
  const distBefore = existsSync(join(distDir, 'index.html')) ? statSync(join(distDir, 'index.html')).mtimeMs : undefined;
  const started = Date.now();
  child = spawn('bash', ['scripts/demo.sh'], {
    cwd: repoRoot,
    detached: true,
    env: { ...process.env, STRATEGI_DEMO_PORT: String(port), STRATEGI_PDF: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  const served = await new Promise<string>((resolve, reject) => {
    child!.on('exit', (code) => reject(new Error(`scripts/demo.sh stopped with ${code} before serving:\n${output}`)));
    const poll = setInterval(async () => {
      if (!output.includes(url)) return;
      try {
        const response = await fetch(url);
        if (response.ok) {
          clearInterval(poll);
          resolve(await response.text());
        }
      } catch {
        // Not listening yet.
      }
    }, 250);
  });
  expect(output).toMatch(/\d+ filer sjekket: 0 feil, 0 advarsler/);
  expect(output).toContain(`Demonstrasjon med oppdiktet innhold (examples/), ikke den vedtatte strategien: ${url}`);
  // The demo's own folder, built now, and what it serves is that build.
  expect(statSync(join(demoDir, 'index.html')).mtimeMs).toBeGreaterThan(started);
  expect(served).toBe(readFileSync(join(demoDir, 'index.html'), 'utf8'));
  // examples/ has versions the real content does not: the demo serves the demonstration.
  expect(existsSync(join(demoDir, 'versjoner', '2022-horingsutkast', 'index.html'))).toBe(true);
  // dist/ is the real content's, left as it was.
  expect(existsSync(join(distDir, 'index.html')) ? statSync(join(distDir, 'index.html')).mtimeMs : undefined).toBe(distBefore);
}, 240_000);
