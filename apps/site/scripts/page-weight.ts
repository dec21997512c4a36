/**
 * Page weight: what a reader's browser transfers for a page before search is used — the HTML, the stylesheets and
 * scripts it links (and the modules those scripts import statically), and on archived pages the versions JSON the
 * switcher reads — each gzip-compressed, as a static host sends them. Used by the page-weight test and `pnpm bench`.
 *
 *   node scripts/page-weight.ts [dist]          prints the ten heaviest pages
 *   node scripts/page-weight.ts --json [dist]   prints every page's weight as JSON, heaviest first
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** The page's URL path. */
  page: string;
  html: number;
  css: number;
  js: number;
  json: number;
  total: number;
}

/** The weight of the page at `file` (relative to `site`), in gzip-compressed bytes. */
export function pageWeight(site: string, file: string, sizes = new Map<string, number>()): PageWeight {
  const gz = (relative: string) => {
    let size = sizes.get(relative);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(site, relative)), { level: 9 }).length;
      sizes.set(relative, size);
    }
    return size;
  };
  const html = readFileSync(path.join(site, file), 'utf8');
  const attr = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => decodeURI(match[1]!).replace(/^\//, ''));
  const styles = new Set(attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g));
  const scripts = new Set<string>();
  const addScript = (relative: string) => {
    if (scripts.has(relative)) return;
    scripts.add(relative);
    const text = readFileSync(path.join(site, relative), 'utf8');
    for (const match of text.matchAll(/(?:^|[;\s])import\s*(?:[\w{}\s,*]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g))
      addScript(path.posix.join(path.posix.dirname(relative), match[1]!));
  };
  for (const src of attr(/<script[^>]*src="([^"]+)"/g)) addScript(src);
  const json = new Set([...attr(/data-versions="([^"]+)"/g), ...attr(/data-document="([^"]+)"/g)]);
  const sum = (files: Set<string>) => [...files].reduce((total, relative) => total + gz(relative), 0);
  const weight = { html: gzipSync(html, { level: 9 }).length, css: sum(styles), js: sum(scripts), json: sum(json) };
  const page = `/${file.replace(/index\.html$/, '')}`;
  return { page, ...weight, total: weight.html + weight.css + weight.js + weight.json };
}

/** The weight of every HTML page of a built site, heaviest first. */
export function siteWeights(site: string): PageWeight[] {
  const sizes = new Map<string, number>();
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => pageWeight(site, path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'), sizes))
    .sort((a, b) => b.total - a.total);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const site = path.resolve(args.find((arg) => arg !== '--json') ?? 'dist');
  const weights = siteWeights(site);
  if (json) process.stdout.write(`${JSON.stringify(weights)}\n`);
  else for (const weight of weights.slice(0, 10)) console.log(`${(weight.total / 1024).toFixed(1)} kB  ${weight.page}`);
}
