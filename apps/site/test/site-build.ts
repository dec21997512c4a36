/**
 * Real site builds for the tests, made inside the test file's own process through Astro's `build()`: Node and Astro
 * start once per file, not once per build (a `pnpm exec astro build` each), which takes a quarter to a half off a
 * build file's CPU time. The site reads its settings from the environment (the build plan, the cache secret), so the
 * builds of one file run one at a time, each with its settings in `process.env` for as long as it runs; files build
 * side by side, one per worker. The log is read while Astro writes it.
 *
 * The site's astro.config.ts is imported once per worker and handed to each build as its whole config
 * (`configFile: false`): given the file's name, Astro starts a Vite server of its own for every build to load the
 * config and, through the site's integration, a good part of src/ again, about a quarter of a fixture build's CPU time. The
 * config is the same object either way, and so is every file written (the same content built both ways is byte for
 * byte the same site, PDFs and search indexes included); build-plan.test.ts runs `astro build` itself.
 *
 * Each build writes into its own folder under the site's node_modules/.cache: Astro puts its intermediate server
 * chunks beside the output when the output is inside the working folder (and in one shared `.astro/` otherwise), so
 * two builds at once must each have an output folder there.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { build } from 'astro';
import config from '../astro.config.ts';
import { strategiSite } from '../src/plan/integration.ts';
import { siteRoot } from './helpers.ts';

type Env = Record<string, string>;

/** A new empty folder for a test's builds; remove it when done. */
export function buildScratch(prefix: string): string {
  const parent = path.join(siteRoot, 'node_modules', '.cache', 'strategi-site-test');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, `${prefix}-`));
}

/** The settings `astro build` would get for a build of `content` into `out`, with `env` on top. */
const buildSettings = (content: string, mode: 'public' | 'preview', out: string, env: Env): Env => ({
  STRATEGI_CONTENT: content,
  STRATEGI_DIST: out,
  STRATEGI_BUILD: mode === 'preview' ? 'preview' : '',
  ASTRO_TELEMETRY_DISABLED: '1',
  INIT_CWD: siteRoot,
  // What `astro build` runs with when nothing says otherwise; the test runner's own is «test».
  NODE_ENV: 'production',
  ...env,
});

let running: Promise<unknown> = Promise.resolve();

/** Runs `work` with `settings` in the environment once the work before it is done, and puts the environment back. */
function withEnv<T>(settings: Env, work: () => Promise<T>): Promise<T> {
  const next = running.then(async () => {
    const saved = Object.keys(settings).map((name) => [name, process.env[name]] as const);
    Object.assign(process.env, settings);
    try {
      return await work();
    } finally {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
  running = next.catch(() => undefined);
  return next;
}

/**
 * Builds the site from `content` into `out`; returns Astro's output, or throws with it when the build fails.
 * `env` adds settings such as STRATEGI_BUILD_DATE or STRATEGI_CACHE_DIR. Builds asked for at once queue up.
 */
export function buildSite(content: string, mode: 'public' | 'preview', out: string, env: Env = {}): Promise<string> {
  return withEnv(buildSettings(content, mode, out, env), async () => {
    const log: string[] = [];
    const streams = [process.stdout, process.stderr] as const;
    const writes = streams.map((stream) => stream.write);
    for (const stream of streams) {
      stream.write = ((chunk: string | Uint8Array) => {
        log.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return true;
      }) as typeof stream.write;
    }
    try {
      await build({ ...config, root: siteRoot, logLevel: 'info', configFile: false });
    } catch (error) {
      throw new Error(`astro build (${mode}) failed:\n${log.join('')}\n${error instanceof Error ? error.stack : String(error)}`);
    } finally {
      streams.forEach((stream, i) => {
        stream.write = writes[i]!;
      });
    }
    return log.join('');
  });
}

/** What the site's integration does in `astro:config:setup` alone, with a build's settings: the lines it logs and the config it gives Astro. */
function setupAlone(settings: Env): Promise<{ log: string; config: Record<string, unknown> }> {
  return withEnv(settings, async () => {
    const lines: string[] = [];
    const logger = {
      info: (line: string) => lines.push(line),
      warn: (line: string) => lines.push(line),
      error: (line: string) => lines.push(line),
      debug: () => undefined,
      fork: () => logger,
    };
    let config: Record<string, unknown> = {};
    const setup = strategiSite({ siteRoot }).hooks['astro:config:setup'];
    if (!setup) throw new Error('the site integration plans nothing in astro:config:setup');
    type SetupOptions = Parameters<typeof setup>[0];
    const updateConfig = (update: Record<string, unknown>) => {
      config = { ...config, ...update };
      return config;
    };
    await setup({ command: 'build', updateConfig, logger: logger as unknown as AstroIntegrationLogger } as unknown as SetupOptions);
    return { log: lines.join('\n'), config };
  });
}

/**
 * The lines the archive's plan logs for a build of `content` with `env` (what it takes from the cache and what it
 * renders, and each entry it throws away), without building: the site's integration plans the archive in
 * `astro:config:setup` with the settings a build has, and here that hook runs alone. Like a build, it removes a
 * cache entry that does not match its manifest.
 */
export async function archivePlanLog(content: string, env: Env): Promise<string> {
  return (await setupAlone(buildSettings(content, 'public', '/nonexistent-output', env))).log;
}

/**
 * The config the site's integration gives Astro for a preview of `content` into `out` with `env`, without building:
 * its `astro:config:setup` alone, which opens the preview's page cache (plan/page-cache.ts) as a build does before
 * Astro reads it, and names it Astro's `cacheDir`.
 */
export async function previewSetup(content: string, out: string, env: Env): Promise<Record<string, unknown>> {
  return (await setupAlone(buildSettings(content, 'preview', out, env))).config;
}

/** What a reader or a search engine can get out of a PDF: its document information and its text (poppler). */
function pdfText(file: string): string {
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
