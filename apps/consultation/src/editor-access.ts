/**
 * Who may moderate: the holder of one of the review server's editor links (`strategi preview share … --editor`),
 * checked through `@strategi/hosting`'s `ShareSessions` against the review store, so a revoked link stops
 * working on the next request here too. A reviewer's link is refused: only the editors decide what is published.
 * `/redaksjon/tilgang?token=…` checks the token and sets the session cookie; every moderation request checks it again.
 */
import { type Authenticated, clientAddress, csrfToken, type FailureLimiter, type SessionSource, ShareSessions, validCsrfToken } from '@strategi/hosting';
import { ui } from '@strategi/i18n';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { page } from './context.ts';
import { langOf } from './lang.ts';
import { messagePage } from './views/pages.ts';

const EDITOR_COOKIE = 'strategi_horing_redaksjon';
/** The scope of this service's CSRF tokens: another server's tokens, made with the same key, are no good here. */
const CSRF_SCOPE = 'consultation';

/** What a link says about its holder; `@strategi/review`'s `ShareLink` is one. */
export interface EditorLink {
  id: string;
  name: string;
  role: 'reviewer' | 'editor';
}

export interface Editor {
  linkId: string;
  name: string;
  /** The token every form of the session carries. */
  csrf: string;
}

export interface EditorAccessOptions {
  /** The editor links; without them no one can moderate. */
  links: SessionSource<unknown, EditorLink> | undefined;
  secret: Uint8Array;
  limiter: FailureLimiter;
  trustProxy: boolean;
  secureCookie: boolean;
}

export type EditorEnv = { Variables: { editor: Editor } };

export function editorAccess(options: EditorAccessOptions) {
  const sessions = options.links && new ShareSessions(options.links, options.limiter);

  const refuse = async (c: Context, result: Exclude<Authenticated<EditorLink>, { ok: true }> | { ok: false; reason: 'none' | 'reviewer' }) => {
    const lang = langOf(c.req.query('lang'));
    const m = ui(lang).consultation.moderation;
    if (result.reason === 'throttled') c.header('Retry-After', String(result.retryAfter));
    const status = result.reason === 'throttled' ? 429 : 403;
    return page(c, messagePage(lang, m.title, m.refused[result.reason]), status);
  };

  const authenticate = async (c: Context, token: string): Promise<Authenticated<EditorLink> | { ok: false; reason: 'none' | 'reviewer' }> => {
    if (!sessions || !token) return { ok: false, reason: 'none' };
    const result = await sessions.authenticate(token, clientAddress(c, { trustProxy: options.trustProxy }));
    if (result.ok && result.session.role !== 'editor') return { ok: false, reason: 'reviewer' };
    return result;
  };

  const signIn: MiddlewareHandler = async (c) => {
    const token = c.req.query('token') ?? '';
    const result = await authenticate(c, token);
    if (!result.ok) return refuse(c, result);
    setCookie(c, EDITOR_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: options.secureCookie, path: '/redaksjon', expires: result.expiresAt });
    return c.redirect('/redaksjon', 303);
  };

  const requireEditor: MiddlewareHandler<EditorEnv> = async (c, next) => {
    const result = await authenticate(c, getCookie(c, EDITOR_COOKIE) ?? '');
    if (!result.ok) return refuse(c, result);
    c.set('editor', { linkId: result.session.id, name: result.session.name, csrf: csrfToken(options.secret, CSRF_SCOPE, result.session.id) });
    await next();
  };

  const validCsrf = (editor: Editor, token: string) => validCsrfToken(options.secret, CSRF_SCOPE, editor.linkId, token);

  return { signIn, requireEditor, validCsrf };
}
