import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeBareSite } from './bare-site.ts';
import { type Measurement, measureNode } from './measure.ts';

const repo = path.resolve(new URL('../..', import.meta.url).pathname);
const siteFolder = path.join(repo, 'apps', 'site');
const astroBin = path.join(siteFolder, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface SiteBuild extends Measurement {
  pages: number;
}

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Builds this project's public site from `content` into `outDir`. */
export async function buildProjectSite(content: string, outDir: string, cacheFolder: string): Promise<SiteBuild> {
  await rm(outDir, { recursive: true, force: true });
  const result = await measureNode(
    [astroBin, 'build'],
    // Without the PDF step, which `pnpm bench:pdf` measures on its own.
    { STRATEGI_CONTENT: content, STRATEGI_DIST: outDir, INIT_CWD: repo, STRATEGI_CACHE_DIR: cacheFolder, ASTRO_TELEMETRY_DISABLED: '1', STRATEGI_PDF: '0' },
    siteFolder,
  );
  if (result.exitCode !== 0) throw new Error(`The site build failed for ${content}`);
  return { ...result, pages: (await htmlFiles(outDir)).length };
}

/** Builds the bare Astro site over the same Markdown files. */
export async function buildBareSite(folder: string, contentFolders: string[]): Promise<SiteBuild> {
  await writeBareSite(folder, contentFolders);
  const result = await measureNode([astroBin, 'build'], { ASTRO_TELEMETRY_DISABLED: '1' }, folder);
  if (result.exitCode !== 0) throw new Error('The bare Astro site failed to build');
  return { ...result, pages: (await htmlFiles(path.join(folder, 'dist'))).length };
}

/** Size of the Pagefind index the project's build wrote, and its page count. */
export async function pagefindSize(outDir: string): Promise<number> {
  const entries = await readdir(path.join(outDir, 'pagefind'), { recursive: true, withFileTypes: true }).catch(() => []);
  let bytes = 0;
  for (const entry of entries) if (entry.isFile()) bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  return bytes;
}

/** Bytes a browser transfers for one page before search is used: the HTML and its CSS and JS, gzip-compressed. */
export async function pageWeight(outDir: string, page: string): Promise<{ html: number; css: number; js: number }> {
  const html = await readFile(path.join(outDir, page, 'index.html'), 'utf8');
  const gz = (bytes: Buffer | string) => gzipSync(bytes).length;
  const weight = { html: gz(html), css: 0, js: 0 };
  const assets = new Set<string>();
  for (const match of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]+rel="stylesheet"|<script[^>]+src="([^"]+)"/g)) {
    const href = match[1] ?? match[2] ?? match[3];
    if (href?.startsWith('/')) assets.add(href);
  }
  for (const asset of assets) {
    const bytes = await readFile(path.join(outDir, asset.split('?')[0]!)).catch(() => undefined);
    if (!bytes) continue;
    if (asset.endsWith('.css')) weight.css += gz(bytes);
    else weight.js += gz(bytes);
  }
  return weight;
}

/** Times Pagefind alone over a built site (the same call the site's build makes), into a temporary folder. */
export async function timePagefind(outDir: string, indexFolder: string): Promise<Measurement & { pages: number }> {
  await rm(indexFolder, { recursive: true, force: true });
  const result = await measureNode([new URL('./pagefind-index.ts', import.meta.url).pathname, outDir, indexFolder], {}, siteFolder);
  return { ...result, pages: JSON.parse(result.stdout || '{"pages":0}').pages as number };
}
