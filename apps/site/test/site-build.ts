/**
 * Real site builds for the tests. Each build writes into its own folder under the site's node_modules/.cache:
 * Astro puts its intermediate server chunks beside the output when the output is inside the working folder
 * (and in one shared `.astro/` otherwise), so two builds at once must each have an output folder there.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import { inject } from 'vitest';
import { fixtureContent, siteRoot } from './helpers.ts';

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

/**
 * A build that several test files read, made once per run: the first file to ask for `name` builds it with `build`
 * into the run's folder (global-setup.ts), the others wait for it and read the same output. A name always means the
 * same build. Returns the output folder and the build's log.
 */
async function sharedBuild(name: string, build: (out: string) => Promise<string>): Promise<{ out: string; log: string }> {
  const out = path.join(inject('sharedBuilds'), name);
  const log = `${out}.log`;
  const failed = `${out}.failed`;
  try {
    // mkdir is atomic: exactly one file gets to build.
    mkdirSync(`${out}.claimed`);
  } catch {
    while (!existsSync(log)) {
      if (existsSync(failed)) throw new Error(`the shared build «${name}» failed in another test file:\n${readFileSync(failed, 'utf8')}`);
      await sleep(200);
    }
    return { out, log: readFileSync(log, 'utf8') };
  }
  const settle = (file: string, text: string) => {
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
  };
  try {
    const text = await build(out);
    settle(log, text);
    return { out, log: text };
  } catch (error) {
    settle(failed, String(error));
    throw error;
  }
}

/** The repository and the address of the fixture's public build (`fixturePublicBuild`). */
export const fixtureSite = { repoUrl: 'https://github.com/org/strategi/edit/main/', siteUrl: 'https://strategi.example.no' } as const;

/**
 * The fixture content's public build as a site is published, PDFs included, on the day the tests run: with the site's
 * address, and with a repository for edit links (which only a preview may show). Read by build.test.ts and
 * consultation.test.ts; its parse and PDF caches are in the run's folder.
 */
export function fixturePublicBuild(): Promise<{ out: string; log: string }> {
  return sharedBuild('fixture-public', (out) =>
    buildSiteAsync(fixtureContent, 'public', out, {
      STRATEGI_REPO_URL: fixtureSite.repoUrl,
      STRATEGI_SITE_URL: fixtureSite.siteUrl,
      STRATEGI_CACHE_DIR: path.join(inject('sharedBuilds'), 'cache'),
    }),
  );
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
