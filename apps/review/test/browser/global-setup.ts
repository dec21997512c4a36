/**
 * What the browser run shares: a preview build of the fixture content (built once per run with the site's own
 * `astro build`), a PostgreSQL server, and one Chromium. All of it is stopped on teardown, and a watchdog stops it
 * anyway if the run outlives its budget.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startTestPostgres } from '@strategi/review/testing';
import { checkDisabledFeatures, chromiumMissing, chromiumPath, chromiumTestArgs } from '@strategi/testing/chromium';
import { type BrowserServer, chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    wsEndpoint: string;
    /** The preview build of the fixture content. */
    previewDist: string;
    postgresUrl: string;
  }
}

const repository = path.resolve(import.meta.dirname, '../../../..');
export const fixtureContent = path.resolve(import.meta.dirname, '../fixtures/content');
const previewParent = path.join(repository, 'apps/site/node_modules/.cache/strategi-review-test');

/** Builds into `dist` in a child process, so PostgreSQL and Chromium start meanwhile. */
function buildPreview(dist: string): Promise<void> {
  const build = spawn('pnpm', ['--filter', '@strategi/site', 'exec', 'astro', 'build'], {
    cwd: repository,
    env: {
      ...process.env,
      STRATEGI_BUILD: 'preview',
      STRATEGI_CONTENT: fixtureContent,
      STRATEGI_DIST: dist,
      STRATEGI_BUILD_DATE: '2026-01-15',
      // No test reads the strategy's PDF; typesetting it was a fifth of the build's CPU where no cached copy exists.
      STRATEGI_PDF: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 150_000,
  });
  let output = '';
  build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    build.once('error', reject);
    build.once('close', (code) => {
      if (code === 0 && existsSync(path.join(dist, 'versjoner', 'utkast', 'tiltak', 'T-1', 'index.html'))) resolve();
      else reject(new Error(`The preview of the fixture content did not build:\n${output}`));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(chromiumPath)) throw new Error(chromiumMissing);
  // Inside the site's folder: with the output elsewhere Astro keeps a build's chunks in the site's one shared
  // `.astro/`, where another package's build at the same time (the editor's browser tests) would delete them.
  mkdirSync(previewParent, { recursive: true });
  const dist = mkdtempSync(path.join(previewParent, 'forhandsvisning-'));
  const built = buildPreview(dist);
  // Its failure is read where it is awaited, below; until then it must not count as unhandled.
  built.catch(() => undefined);
  const postgres = await startTestPostgres();
  let browser: BrowserServer | undefined;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(watchdog);
    await browser?.close().catch(() => undefined);
    postgres.stop();
    rmSync(dist, { recursive: true, force: true });
  };
  const watchdog = setTimeout(() => {
    console.error('review browser tests: still running after 10 minutes; stopping Chromium and PostgreSQL');
    void browser?.kill();
    void stop();
  }, 600_000);
  watchdog.unref();
  try {
    browser = await chromium.launchServer({ executablePath: chromiumPath, headless: true, args: [...chromiumTestArgs], timeout: 30_000 });
    checkDisabledFeatures(browser.process().spawnargs);
    await built;
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('wsEndpoint', browser.wsEndpoint());
  project.provide('previewDist', dist);
  project.provide('postgresUrl', postgres.url);
  return stop;
}
