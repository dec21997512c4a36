/** The editor's settings, from the environment, with the defaults the README lists. */
import path from 'node:path';

export const repositoryRoot = path.resolve(import.meta.dirname, '../../..');

export interface EditorSettings {
  host: string;
  port: number;
  contentFolder: string;
  /** The branch commits go to. */
  branch: string;
  /** Behind share links and sessions (any host but the loopback address, or asked for). */
  hosted: boolean;
  secureCookie: boolean;
  /** The public address (`STRATEGI_EDITOR_URL`): hosted, the only origin the editor answers for. */
  publicUrl: string | undefined;
  /** Behind a reverse proxy (`STRATEGI_TRUST_PROXY=1`): the client's address from `X-Forwarded-For`. */
  trustProxy: boolean;
}

const loopback = new Set(['127.0.0.1', '::1', 'localhost']);

export function editorSettings(env: NodeJS.ProcessEnv, cwd: string): EditorSettings {
  const port = Number(env['PORT'] ?? 4323);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT må være et portnummer, ikke «${env['PORT']}».`);
  const host = env['HOST'] || '127.0.0.1';
  const publicUrl = env['STRATEGI_EDITOR_URL'] ?? '';
  const hosted = env['STRATEGI_EDITOR_HOSTED'] === '1' || !loopback.has(host);
  // Hosted on another address than this machine, the editor answers only for its public address.
  if (hosted && !loopback.has(host) && !publicUrl)
    throw new Error(`Nettredigeringen på ${host} trenger STRATEGI_EDITOR_URL, adressen brukerne åpner (https://…), så den bare svarer for den.`);
  return {
    host,
    port,
    contentFolder: path.resolve(cwd, env['STRATEGI_CONTENT'] ?? path.join(repositoryRoot, 'content')),
    branch: env['STRATEGI_EDITOR_BRANCH'] || 'redigering',
    hosted,
    secureCookie: publicUrl.startsWith('https:'),
    publicUrl: publicUrl || undefined,
    trustProxy: env['STRATEGI_TRUST_PROXY'] === '1',
  };
}
