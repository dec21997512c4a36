/**
 * SMTP settings from the environment. Mail is off unless `STRATEGI_SMTP_URL` or `STRATEGI_SMTP_HOST` is set, so a
 * server started on a laptop or in CI never tries to reach a mail server nobody asked for.
 */

export interface SmtpSettings {
  /** `smtp://` (STARTTLS when the server offers it) or `smtps://` (TLS from the start), with user and password. */
  url: string;
  /** The sender: `STRATEGI_SMTP_FROM`, e.g. `Strategi <strategi@example.no>`. */
  from: string;
}

/** A setting that cannot be used, with what to do about it, in Norwegian. */
export class MailSettingsError extends Error {
  override name = 'MailSettingsError';
}

const variable = (env: NodeJS.ProcessEnv, name: string) => env[name]?.trim() || undefined;

/**
 * `STRATEGI_SMTP_URL`, or `STRATEGI_SMTP_HOST` with `STRATEGI_SMTP_PORT` (default 587; 465 means TLS from the
 * start), `STRATEGI_SMTP_USER` and `STRATEGI_SMTP_PASSWORD`; `STRATEGI_SMTP_FROM` is required with either.
 * Undefined when mail is off.
 */
export function smtpSettings(env: NodeJS.ProcessEnv): SmtpSettings | undefined {
  const given = variable(env, 'STRATEGI_SMTP_URL');
  const host = variable(env, 'STRATEGI_SMTP_HOST');
  if (!given && !host) return undefined;
  const from = variable(env, 'STRATEGI_SMTP_FROM');
  if (!from) throw new MailSettingsError('STRATEGI_SMTP_FROM mangler: e-post trenger en avsenderadresse, f.eks. «Strategi <strategi@example.no>».');
  if (given) {
    let url: URL;
    try {
      url = new URL(given);
    } catch {
      throw new MailSettingsError('STRATEGI_SMTP_URL er ikke en gyldig adresse; skriv den som smtp://bruker:passord@vert:587.');
    }
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
      throw new MailSettingsError(`STRATEGI_SMTP_URL må begynne med smtp:// eller smtps://, ikke «${url.protocol}//».`);
    }
    return { url: url.href, from };
  }
  const port = Number(variable(env, 'STRATEGI_SMTP_PORT') ?? 587);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new MailSettingsError(`STRATEGI_SMTP_PORT må være et portnummer, ikke «${env['STRATEGI_SMTP_PORT']}».`);
  }
  const url = new URL(`${port === 465 ? 'smtps' : 'smtp'}://${host}:${port}`);
  const user = variable(env, 'STRATEGI_SMTP_USER');
  if (user) {
    url.username = user;
    url.password = env['STRATEGI_SMTP_PASSWORD'] ?? '';
  }
  return { url: url.href, from };
}

/** One line for a server's start: where mail goes, without the password, or that it is off. */
export function describeSmtp(settings: SmtpSettings | undefined): string {
  if (!settings) return 'e-post: av (sett STRATEGI_SMTP_URL og STRATEGI_SMTP_FROM for å sende varsler)';
  const url = new URL(settings.url);
  return `e-post: via ${url.protocol}//${url.host} fra ${settings.from}`;
}
