/**
 * Real site builds for the tests. Each build writes into its own folder under the site's node_modules/.cache:
 * Astro puts its intermediate server chunks beside the output when the output is inside the working folder
 * (and in one shared `.astro/` otherwise), so two builds at once must each have an output folder there.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { siteRoot } from './helpers.ts';

/** A new empty folder for a test's builds; remove it when done. */
export function buildScratch(prefix: string): string {
  const parent = path.join(siteRoot, 'node_modules', '.cache', 'strategi-site-test');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, `${prefix}-`));
}

/** The environment of `astro build` for a build of `content` into `out`, with `env` on top. */
function buildEnv(content: string, mode: 'public' | 'preview', out: string, env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    STRATEGI_CONTENT: content,
    STRATEGI_DIST: out,
    STRATEGI_BUILD: mode === 'preview' ? 'preview' : '',
    ASTRO_TELEMETRY_DISABLED: '1',
    INIT_CWD: siteRoot,
    ...env,
  };
}

/**
 * Builds the site from `content` into `out`; throws with Astro's output when the build fails, else returns it.
 * `env` adds settings such as STRATEGI_BUILD_DATE or STRATEGI_CACHE_DIR.
 */
export function buildSite(content: string, mode: 'public' | 'preview', out: string, env: Record<string, string> = {}): string {
  const result = spawnSync('pnpm', ['exec', 'astro', 'build'], { cwd: siteRoot, env: buildEnv(content, mode, out, env), encoding: 'utf8', timeout: 240_000 });
  if (result.status !== 0) throw new Error(`astro build (${mode}) failed:\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}\n${result.stderr}`;
}

/**
 * `buildSite` without blocking, for builds that do not depend on each other: `Promise.all` over two of them uses
 * both cores where one after the other leaves one idle (most of a build runs on one thread).
 */
export function buildSiteAsync(content: string, mode: 'public' | 'preview', out: string, env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'pnpm',
      ['exec', 'astro', 'build'],
      { cwd: siteRoot, env: buildEnv(content, mode, out, env), encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`astro build (${mode}) failed:\n${stdout}\n${stderr}`));
        else resolve(`${stdout}\n${stderr}`);
      },
    );
  });
}

/** What a reader or a search engine can get out of a PDF: its document information and its text (poppler). */
export function pdfText(file: string): string {
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (is poppler-utils installed?):\n${result.stderr ?? result.error}`);
    return result.stdout;
  };
  return `${run('pdfinfo', ['-enc', 'UTF-8', file])}\n${run('pdftotext', ['-enc', 'UTF-8', file, '-'])}`;
}

/** Every file under `root` with its text; Pagefind's .pf_* files are gunzipped first, PDFs read as text. */
export function readTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (entry.name.endsWith('.pdf')) {
      files.set(path.relative(root, file).split(path.sep).join('/'), pdfText(file));
      continue;
    }
    let bytes = readFileSync(file);
    if (/\.pf_\w+$/.test(entry.name)) bytes = gunzipSync(bytes);
    files.set(path.relative(root, file).split(path.sep).join('/'), bytes.toString('utf8'));
  }
  return files;
}
