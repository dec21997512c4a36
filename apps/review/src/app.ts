/**
 * The review server as a Hono app: `@strategi/hosting`'s middleware (host allow-list, headers, same origin, body
 * size) and then one router per area — the public assets, the sign-in, and behind a valid review link the JSON
 * API, the forms and the preview's pages. Nothing of the preview — not even whether a path exists — is answered
 * before the reader's link has been checked.
 */
import { type AllowedOrigins, bodySizeLimit, FailureLimiter, hostGuard, originGuard, securityHeaders } from '@strategi/hosting';
import type { UiLang } from '@strategi/i18n';
import type { ReviewStore } from '@strategi/review';
import { Hono } from 'hono';
import { SESSION_COOKIE, shareAccess } from './access.ts';
import { DEFAULT_LIMITS, type Env, type ReviewLimits, statusPage } from './context.ts';
import { previewLanguage } from './language.ts';
import type { Notifications } from './notifications.ts';
import { recognisePerson } from './people.ts';
import { apiRoutes } from './routes/api.ts';
import { assetRoutes } from './routes/assets.ts';
import { formRoutes } from './routes/forms.ts';
import { overviewRoutes } from './routes/overview.ts';
import { pageRoutes } from './routes/pages.ts';
import { peopleRoutes } from './routes/people.ts';
import { roundOverviewRoutes } from './routes/round-overview.ts';
import { unsubscribeRoutes } from './routes/unsubscribe.ts';
import { reviewHeaders } from './site-headers.ts';
import { pages } from './status-pages.ts';

export { SESSION_COOKIE };
/** The largest request body, in bytes: a comment of 5,000 characters and its selectors fit with room to spare. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface ReviewAppOptions {
  store: ReviewStore;
  /** The key share links are signed with. */
  secret: Uint8Array;
  /** The preview build every reader gets: without internal notes, source paths or edit links. */
  dist: string;
  /**
   * The preview built with internal content, for links made with `--intern` only. Unset, those links get `dist`
   * like everyone else.
   */
  internalDist?: string | undefined;
  /** The origins this server answers for: `localOrigins(port)` or `hostedOrigins(publicUrl)`. */
  allowed: AllowedOrigins;
  /** Mark the session cookie `Secure` (the server is reached over HTTPS, e.g. behind a proxy with TLS). */
  secureCookie?: boolean;
  /** Take the client's address from the last `X-Forwarded-For` entry (behind a reverse proxy). */
  trustProxy?: boolean;
  limiter?: FailureLimiter;
  limits?: Partial<ReviewLimits>;
  /** The language of the server's words; the preview's own (`<html lang>` of its front page) when not given. */
  lang?: UiLang | undefined;
  /** E-mail notifications; none when SMTP is off. */
  notifications?: Notifications | undefined;
  now?: () => Date;
}

export function createReviewApp(options: ReviewAppOptions): Hono<Env> {
  const context = {
    store: options.store,
    secret: options.secret,
    now: options.now ?? (() => new Date()),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    lang: options.lang ?? previewLanguage(options.dist),
    notifications: options.notifications,
    secureCookie: options.secureCookie ?? false,
  };
  const access = shareAccess(context, {
    secureCookie: options.secureCookie ?? false,
    trustProxy: options.trustProxy ?? false,
    limiter: options.limiter ?? new FailureLimiter(),
  });
  const refused = (c: Parameters<typeof statusPage>[0]) => statusPage(c, pages.forgedForm);

  const app = new Hono<Env>();
  app.use('*', async (c, next) => {
    c.set('lang', context.lang);
    await next();
  });
  app.use('*', hostGuard(options.allowed));
  app.use('*', securityHeaders(reviewHeaders(options.dist)));
  app.onError((error, c) => {
    console.error(error);
    return statusPage(c, pages.serverError);
  });
  app.route('/', assetRoutes);
  app.route('/', access.signIn);
  app.route('/', unsubscribeRoutes(context, options.allowed));
  app.use('*', access.requireReader);
  app.use('*', recognisePerson(context));
  // Changing requests: only from this server's origin, and small bodies only.
  app.use('*', originGuard(options.allowed, refused));
  app.use(
    '*',
    bodySizeLimit(MAX_BODY_BYTES, (c) => statusPage(c, pages.tooLarge)),
  );
  app.route('/', apiRoutes(context));
  app.route('/', roundOverviewRoutes(context));
  app.route('/', formRoutes(context));
  app.route('/', peopleRoutes(context, { outside: options.dist, internal: options.internalDist }));
  app.route('/', overviewRoutes(context, { outside: options.dist, internal: options.internalDist }));
  app.route('/', pageRoutes(context, { outside: options.dist, internal: options.internalDist }));
  return app;
}
