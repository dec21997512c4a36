/** The server's settings, from the environment, with the defaults the README lists. */
import path from 'node:path';
import { type SmtpSettings, smtpSettings } from '@strategi/mail';
import { type ReviewPlaces, reviewPlaces } from '@strategi/review';
import { DEFAULT_LIMITS } from './context.ts';

export interface ServerConfig {
  host: string;
  port: number;
  /** The preview build to serve. */
  dist: string;
  /** `STRATEGI_PREVIEW_INTERNAL_DIST`: the preview built with internal content, served only to `--intern` links. */
  internalDist: string | undefined;
  /** Whether `dist` is the repository's own preview build (which the server may build when it is missing). */
  defaultDist: boolean;
  places: ReviewPlaces;
  /**
   * `STRATEGI_REVIEW_URL` when set: the server then answers only for that address (hosted); otherwise only for
   * 127.0.0.1, localhost and [::1] with its port.
   */
  publicUrl: string | undefined;
  trustProxy: boolean;
  secureCookie: boolean;
  /** `STRATEGI_REVIEW_COMMENTS_PER_DAY`: comments one link may write in 24 hours (default 100). */
  commentsPerDay: number;
  mail: MailConfig;
}

/** E-mail notifications (README «Varsler på e-post»): off unless SMTP is set. */
interface MailConfig {
  smtp: SmtpSettings | undefined;
  /** `STRATEGI_REVIEW_EDITOR_EMAILS`, comma-separated: who hears of reviewers' comments. */
  editors: string[];
  /** `STRATEGI_REVIEW_MAIL_INTERVAL` in minutes (default 15), as milliseconds: at most one mail per address per interval. */
  intervalMs: number;
  /** How often a running server looks at the queue besides the batches it queued itself (`mailTickMs`). */
  tickMs: number;
}

/**
 * Every interval, but at least every 30 seconds (for retries, rows other servers queued or a restart left) and at
 * most every second: the batches a server queued itself it sends when they fall due, whatever this says.
 */
const mailTickMs = (intervalMs: number) => Math.min(30_000, Math.max(1_000, intervalMs));

function mailConfig(env: NodeJS.ProcessEnv): MailConfig {
  const minutes = Number(env['STRATEGI_REVIEW_MAIL_INTERVAL'] || 15);
  if (!Number.isFinite(minutes) || minutes < 0 || minutes > 24 * 60) {
    throw new Error(`STRATEGI_REVIEW_MAIL_INTERVAL må være et antall minutter fra 0 til 1440, ikke «${env['STRATEGI_REVIEW_MAIL_INTERVAL']}».`);
  }
  const editors = (env['STRATEGI_REVIEW_EDITOR_EMAILS'] ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
  const wrong = editors.find((address) => !/^[^\s@<>,]+@[^\s@<>,]+$/.test(address));
  if (wrong) throw new Error(`STRATEGI_REVIEW_EDITOR_EMAILS har «${wrong}», som ikke er en e-postadresse; skill adressene med komma.`);
  const intervalMs = minutes * 60_000;
  return { smtp: smtpSettings(env), editors, intervalMs, tickMs: mailTickMs(intervalMs) };
}

export const repositoryRoot = path.resolve(import.meta.dirname, '../../..');

/**
 * The environment `pnpm review` builds a missing preview with: that preview goes to every reader, outside ones
 * included, so its pages carry no internal notes, source paths, validator problems or edit links — no
 * `vscode://file/<absolute path>` that would show the editor's folders — whatever the shell says. Internal content
 * is for `--intern` links only, from the folder STRATEGI_PREVIEW_INTERNAL_DIST names.
 */
export function previewBuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, STRATEGI_VSCODE_LINKS: '0', STRATEGI_PREVIEW_INTERNAL: '0' };
}

export function serverConfig(env: NodeJS.ProcessEnv, cwd: string): ServerConfig {
  const places = reviewPlaces(env, cwd);
  const port = Number(env['PORT'] ?? 4322);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT må være et portnummer, ikke «${env['PORT']}».`);
  const perDay = env['STRATEGI_REVIEW_COMMENTS_PER_DAY'];
  const commentsPerDay = perDay ? Number(perDay) : DEFAULT_LIMITS.commentsPerDay;
  if (!Number.isInteger(commentsPerDay) || commentsPerDay < 1) {
    throw new Error(`STRATEGI_REVIEW_COMMENTS_PER_DAY må være et helt tall fra 1 og oppover, ikke «${perDay}».`);
  }
  const dist = env['STRATEGI_PREVIEW_DIST'] ? path.resolve(cwd, env['STRATEGI_PREVIEW_DIST']) : path.join(repositoryRoot, 'apps', 'site', 'dist-preview');
  const internalDist = env['STRATEGI_PREVIEW_INTERNAL_DIST'] ? path.resolve(cwd, env['STRATEGI_PREVIEW_INTERNAL_DIST']) : undefined;
  return {
    host: env['HOST'] || '127.0.0.1',
    port,
    dist,
    internalDist,
    defaultDist: !env['STRATEGI_PREVIEW_DIST'],
    places,
    publicUrl: env['STRATEGI_REVIEW_URL'] ? places.publicUrl : undefined,
    trustProxy: env['STRATEGI_REVIEW_TRUST_PROXY'] === '1',
    secureCookie: places.publicUrl.startsWith('https:'),
    commentsPerDay,
    mail: mailConfig(env),
  };
}
