/** The server's settings, from the environment, with the defaults the README lists. */
import path from 'node:path';
import { type ReviewPlaces, reviewPlaces } from '@strategi/review';

export interface ServerConfig {
  host: string;
  port: number;
  /** The preview build to serve. */
  dist: string;
  /** Whether `dist` is the repository's own preview build (which the server may build when it is missing). */
  defaultDist: boolean;
  places: ReviewPlaces;
  trustProxy: boolean;
  secureCookie: boolean;
}

export const repositoryRoot = path.resolve(import.meta.dirname, '../../..');

/**
 * The environment `pnpm review` builds a missing preview with: the preview is for readers on other machines, so
 * its pages carry no `vscode://file/<absolute path>` links (they would open nothing there and show the editor's
 * folders) unless STRATEGI_VSCODE_LINKS says otherwise.
 */
export function previewBuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, STRATEGI_VSCODE_LINKS: env['STRATEGI_VSCODE_LINKS'] ?? '0' };
}

export function serverConfig(env: NodeJS.ProcessEnv, cwd: string): ServerConfig {
  const places = reviewPlaces(env, cwd);
  const port = Number(env['PORT'] ?? 4322);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT må være et portnummer, ikke «${env['PORT']}».`);
  const dist = env['STRATEGI_PREVIEW_DIST'] ? path.resolve(cwd, env['STRATEGI_PREVIEW_DIST']) : path.join(repositoryRoot, 'apps', 'site', 'dist-preview');
  return {
    host: env['HOST'] || '127.0.0.1',
    port,
    dist,
    defaultDist: !env['STRATEGI_PREVIEW_DIST'],
    places,
    trustProxy: env['STRATEGI_REVIEW_TRUST_PROXY'] === '1',
    secureCookie: places.publicUrl.startsWith('https:'),
  };
}
