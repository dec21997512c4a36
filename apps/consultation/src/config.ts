/** The service's settings, from the environment, with the defaults the README lists. */
import { homedir } from 'node:os';
import path from 'node:path';
import type { StoreLocation } from '@strategi/database';
import { type SmtpSettings, smtpSettings } from '@strategi/mail';
import { RELOAD_MS } from './content-source.ts';
import { MIN_FILL_MS } from './form-token.ts';
import { DEFAULT_LIMITS, type ResponseLimits } from './limits.ts';

export interface ServiceConfig {
  host: string;
  port: number;
  /** The content folder whose `høring` versions take responses. */
  contentDir: string;
  dataDir: string;
  store: StoreLocation;
  /** `STRATEGI_HORING_URL`: the public address (then only that host is answered, and receipt links use it). */
  publicUrl: string | undefined;
  trustProxy: boolean;
  limits: ResponseLimits;
  /** `STRATEGI_HORING_MIN_FILL` in seconds (default 3), as milliseconds: a form sent sooner is given back to check. */
  minFillMs: number;
  /** `STRATEGI_HORING_RELOAD` in seconds (default 30), as milliseconds: how old the content read may get before it is read again. */
  reloadMs: number;
  smtp: SmtpSettings | undefined;
}

const repositoryRoot = path.resolve(import.meta.dirname, '../../..');

function count(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} må være et helt tall fra 1 og oppover, ikke «${value}».`);
  return number;
}

/** Seconds, fractions allowed (a test runs the service with shorter waits), as milliseconds. */
function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback * 1000;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 86_400) throw new Error(`${name} må være et antall sekunder fra 0 til 86400, ikke «${value}».`);
  return Math.round(number * 1000);
}

export function serviceConfig(env: NodeJS.ProcessEnv, cwd: string): ServiceConfig {
  const port = Number(env['PORT'] ?? 4325);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT må være et portnummer, ikke «${env['PORT']}».`);
  const dataDir = env['STRATEGI_HORING_DATA']
    ? path.resolve(cwd, env['STRATEGI_HORING_DATA'])
    : path.join(env['XDG_DATA_HOME'] || path.join(homedir(), '.local', 'share'), 'strategi', 'horing');
  const publicUrl = env['STRATEGI_HORING_URL']?.replace(/\/+$/, '') || undefined;
  return {
    host: env['HOST'] || '127.0.0.1',
    port,
    contentDir: env['STRATEGI_CONTENT'] ? path.resolve(cwd, env['STRATEGI_CONTENT']) : path.join(repositoryRoot, 'content'),
    dataDir,
    store: env['DATABASE_URL'] ? { databaseUrl: env['DATABASE_URL'] } : { sqliteFile: path.join(dataDir, 'horing.sqlite') },
    publicUrl,
    trustProxy: env['STRATEGI_HORING_TRUST_PROXY'] === '1',
    limits: {
      perAddressPerHour: count(env, 'STRATEGI_HORING_PER_ADDRESS', DEFAULT_LIMITS.perAddressPerHour),
      perEmailPerDay: count(env, 'STRATEGI_HORING_PER_EMAIL', DEFAULT_LIMITS.perEmailPerDay),
    },
    minFillMs: seconds(env, 'STRATEGI_HORING_MIN_FILL', MIN_FILL_MS / 1000),
    reloadMs: seconds(env, 'STRATEGI_HORING_RELOAD', RELOAD_MS / 1000),
    smtp: smtpSettings(env),
  };
}
