import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { writeBareSite } from './bare-site.ts';
import { type Measurement, measureNode } from './measure.ts';
import { writeStarlightSite } from './starlight-site.ts';

const repo = path.resolve(new URL('../..', import.meta.url).pathname);
// The bench's own Astro (the site's version), beside Starlight, which the Starlight site resolves from here.
const astroBin = path.join(repo, 'bench', 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface SiteBuild extends Measurement {
  pages: number;
}

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}

async function astroBuild(folder: string, name: string): Promise<SiteBuild> {
  const result = await measureNode([astroBin, 'build'], { ASTRO_TELEMETRY_DISABLED: '1' }, folder);
  if (result.exitCode !== 0) throw new Error(`The ${name} failed to build`);
  return { ...result, pages: (await htmlFiles(path.join(folder, 'dist'))).length };
}

/** Builds the bare Astro site over the same Markdown files. */
export async function buildBareSite(folder: string, contentFolders: string[]): Promise<SiteBuild> {
  await writeBareSite(folder, contentFolders);
  return astroBuild(folder, 'bare Astro site');
}

/** Builds a Starlight site with its defaults over the same Markdown files. */
export async function buildStarlightSite(folder: string, contentFolder: string): Promise<SiteBuild> {
  await writeStarlightSite(folder, contentFolder);
  return astroBuild(folder, 'Starlight site');
}
