/**
 * One folder per test run for the builds several test files read (shared-builds.ts): each is made
 * once, by the first file that asks for it, and removed with the folder when the run ends.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { siteRoot } from './helpers.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's folder of shared builds. */
    sharedBuilds: string;
  }
}

export default function setup(project: TestProject): () => void {
  // Beside the other builds' folders (site-build.ts, buildScratch): Astro wants the output inside the site's folder.
  const parent = path.join(siteRoot, 'node_modules', '.cache', 'strategi-site-test');
  mkdirSync(parent, { recursive: true });
  const folder = mkdtempSync(path.join(parent, 'run-'));
  project.provide('sharedBuilds', folder);
  return () => rmSync(folder, { recursive: true, force: true });
}
