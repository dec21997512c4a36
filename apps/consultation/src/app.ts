/**
 * The consultation service as a Hono app: `@strategi/hosting`'s middleware (host allow-list, headers, same origin,
 * body size) in front of the public pages and the receipt links. Nothing is kept between requests, so any number
 * of instances can answer behind one address.
 */
import type { ConsultationStore } from '@strategi/consultation';
import {
  type AllowedOrigins,
  bodySizeLimit,
  FailureLimiter,
  hostGuard,
  originGuard,
  type SessionSource,
  securityHeaderSet,
  securityHeaders,
} from '@strategi/hosting';
import { ui } from '@strategi/i18n';
import type { Mailer } from '@strategi/mail';
import { Hono } from 'hono';
import type { ConsultationSource } from './consultations.ts';
import { type ContentSource, contentSource } from './content-source.ts';
import { page, type ServiceContext } from './context.ts';
import { type EditorLink, editorAccess } from './editor-access.ts';
import { MIN_FILL_MS } from './form-token.ts';
import { langOf } from './lang.ts';
import { DEFAULT_LIMITS, type ResponseLimits } from './limits.ts';
import { assetRoutes } from './routes/assets.ts';
import { moderationRoutes } from './routes/moderation.ts';
import { publishedRoutes } from './routes/published.ts';
import { receiptRoutes } from './routes/receipt.ts';
import { respondRoutes } from './routes/respond.ts';
import { messagePage } from './views/pages.ts';

/** The largest request body: a response of 20,000 characters, percent-encoded, and a quote fit with room to spare. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface ConsultationAppOptions {
  store: ConsultationStore;
  secret: Uint8Array;
  consultations: ConsultationSource;
  allowed: AllowedOrigins;
  publicOrigin: string;
  mailer?: Mailer | undefined;
  trustProxy?: boolean;
  limits?: Partial<ResponseLimits>;
  /** The least time between a form's issue and its post (default 3 s): a bot posts at once. */
  minFillMs?: number;
  now?: () => Date;
  /** The editor links that may moderate (the review server's, from its store); without them no one can. */
  editors?: SessionSource<unknown, EditorLink> | undefined;
  /** The content folder editors turn responses into inputs in. */
  contentDir?: string | undefined;
  /** The content as released, read again now and then (default: `contentDir`'s, every 30 s); the server shares its `consultations`' one. */
  content?: ContentSource | undefined;
  /** Whether the editors' session cookie is sent only over HTTPS (behind a public address). */
  secureCookie?: boolean;
}

export function createConsultationApp(options: ConsultationAppOptions): Hono {
  const now = options.now ?? (() => new Date());
  const context: ServiceContext = {
    store: options.store,
    secret: options.secret,
    consultations: options.consultations,
    now,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    minFillMs: options.minFillMs ?? MIN_FILL_MS,
    mailer: options.mailer,
    publicOrigin: options.publicOrigin,
    contentDir: options.contentDir,
    content: options.content ?? (options.contentDir ? contentSource(options.contentDir) : undefined),
    trustProxy: options.trustProxy ?? false,
    receiptGuesses: new FailureLimiter({ now: () => now().getTime() }),
  };
  const refused = (lang: string | undefined, message: string) => {
    const l = langOf(lang);
    return messagePage(l, ui(l).consultation.service.refused, message);
  };

  const app = new Hono();
  app.use('*', hostGuard(options.allowed));
  app.use('*', securityHeaders(securityHeaderSet({ 'X-Robots-Tag': 'noindex' })));
  app.onError(async (error, c) => {
    console.error(error);
    const lang = langOf(c.req.query('lang'));
    return page(c, messagePage(lang, ui(lang).consultation.service.refused, ui(lang).consultation.service.refused), 500);
  });
  app.route('/', assetRoutes);
  app.use(
    '*',
    originGuard(options.allowed, (c, refusal) => page(c, refused(c.req.query('lang'), refusal.message), 403)),
  );
  app.use(
    '*',
    bodySizeLimit(MAX_BODY_BYTES, (c, refusal) => page(c, refused(c.req.query('lang'), refusal.message), 413)),
  );
  app.route(
    '/',
    moderationRoutes(
      context,
      editorAccess({
        links: options.editors,
        secret: options.secret,
        limiter: new FailureLimiter({ now: () => now().getTime() }),
        trustProxy: context.trustProxy,
        secureCookie: options.secureCookie ?? false,
      }),
    ),
  );
  // Before the form's routes, whose `/horing/:version/:path` would take `/horing/:version/svar` for a document.
  app.route('/', publishedRoutes(context));
  app.route('/', respondRoutes(context));
  app.route('/', receiptRoutes(context));
  return app;
}
