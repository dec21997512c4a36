/**
 * Site builds for the archive tests inside the test file's own process, through Astro's `build()`: Node and Astro
 * start once per file instead of once per build (a `pnpm exec astro build` each). The site reads its settings from
 * the environment (the build plan, the cache secret), so these builds run one at a time, each with its settings in
 * `process.env` for as long as it runs. The archive's plan can also be had alone, without building (`archivePlanLog`).
 */
import type { AstroIntegrationLogger } from 'astro';
import { build } from 'astro';
import { strategiSite } from '../src/plan/integration.ts';
import { siteRoot } from './helpers.ts';

type Env = Record<string, string>;

/** The settings of a build of `content` into `out`, as site-build.ts gives `astro build`; `env` on top. */
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
    const saved = Object.entries(settings).map(([name]) => [name, process.env[name]] as const);
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
 * Builds the site from `content` into `out`, as `buildSite` in site-build.ts does; returns Astro's output, or throws
 * with it when the build fails. Astro writes its log to stdout and stderr, which are read while it builds.
 */
export function buildInProcess(content: string, mode: 'public' | 'preview', out: string, env: Env = {}): Promise<string> {
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
      await build({ root: siteRoot, logLevel: 'info' });
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

/**
 * The lines the archive's plan logs for a build of `content` with `env` (what it takes from the cache and what it
 * renders, and each entry it throws away), without building: the site's integration plans the archive in
 * `astro:config:setup` with the settings a build has, and here that hook runs alone. Like a build, it removes a
 * cache entry that does not match its manifest.
 */
export function archivePlanLog(content: string, env: Env): Promise<string> {
  return withEnv(buildSettings(content, 'public', '/nonexistent-output', env), async () => {
    const lines: string[] = [];
    const logger = {
      info: (line: string) => lines.push(line),
      warn: (line: string) => lines.push(line),
      error: (line: string) => lines.push(line),
      debug: () => undefined,
      fork: () => logger,
    };
    const setup = strategiSite({ siteRoot }).hooks['astro:config:setup'];
    if (!setup) throw new Error('the site integration plans nothing in astro:config:setup');
    type SetupOptions = Parameters<typeof setup>[0];
    await setup({ command: 'build', updateConfig: () => ({}), logger: logger as unknown as AstroIntegrationLogger } as unknown as SetupOptions);
    return lines.join('\n');
  });
}
