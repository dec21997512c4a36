/**
 * Starts what the whole browser run shares: a static server over each built site and one Chromium.
 * Everything is stopped on teardown, and a watchdog stops it anyway if the run outlives its budget,
 * so no server or browser can keep a turbo or CI run waiting.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import nodeCompileCache from '@strategi/testing/node-compile-cache';
import type { TestProject } from 'vitest/node';
import { chromiumMissing, chromiumPath, launchBrowserServer } from './harness/chromium.ts';
import { distDir, previewDir, watchdogMs } from './harness/paths.ts';
import { type StaticServer, serveStatic } from './harness/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** WebSocket endpoint of the shared Chromium. */
    wsEndpoint: string;
    /** Origin serving apps/site/dist: the public build of the real content. */
    publicOrigin: string;
    /** Origin serving apps/site/dist-demo-preview: the preview build of the demonstration in examples/. */
    previewOrigin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const missing = [distDir, previewDir].filter((dir) => !existsSync(join(dir, 'index.html')));
  if (missing.length > 0) {
    throw new Error(
      `The browser tests run against the built site, and ${missing.join(' and ')} has no index.html. ` +
        'Build both first: pnpm --filter @strategi/site build && pnpm --filter @strategi/site build:demo',
    );
  }
  if (!existsSync(chromiumPath)) {
    throw new Error(chromiumMissing);
  }
  // The workers and what they start (pnpm demo's pnpm, CLI, Astro build and server) share the tests' V8 compile cache.
  nodeCompileCache();

  const servers: StaticServer[] = [];
  let browser: Awaited<ReturnType<typeof launchBrowserServer>> | undefined;
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    clearTimeout(watchdog);
    await Promise.allSettled([...servers.map((server) => server.close()), browser?.close()]);
  };
  const watchdog = setTimeout(() => {
    console.error(`browser tests: still running after ${watchdogMs / 1000} s; stopping the servers and Chromium`);
    // Kill first: a hung browser could keep a polite close() waiting for ever.
    void browser?.kill();
    void stop();
  }, watchdogMs);
  watchdog.unref();

  try {
    servers.push(await serveStatic(distDir), await serveStatic(previewDir));
    browser = await launchBrowserServer();
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('publicOrigin', servers[0]!.origin);
  project.provide('previewOrigin', servers[1]!.origin);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return stop;
}
