/**
 * The review server as a Hono app: the preview build for readers with a valid share link, their comments as a
 * JSON API and as plain forms, and Norwegian status pages for everything else. Nothing of the preview — not even
 * whether a path exists — is answered before the reader's link has been checked.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { getConnInfo } from '@hono/node-server/conninfo';
import { linkState, type ReviewStore, type TokenError, verifyShareToken } from '@strategi/review';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { annotate, changeComment, createComment, deleteComment, type Outcome } from './actions.ts';
import { csrfToken, sameOrigin, validCsrfToken } from './csrf.ts';
import { FailureLimiter } from './failure-limiter.ts';
import { fillPage, pageTemplate } from './page-template.ts';
import { reviewHeaders } from './security-headers.ts';
import { contentTypeOf, resolveStatic } from './static-files.ts';
import { pages, type StatusPage, statusPageHtml } from './status-pages.ts';
import { type Reader, threadHtml } from './threads.ts';

export const SESSION_COOKIE = 'strategi_gjennomlesing';
/** The largest request body, in bytes: a comment of 5,000 characters and its selectors fit with room to spare. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface ReviewAppOptions {
  store: ReviewStore;
  /** The key share links are signed with. */
  secret: Uint8Array;
  /** The preview build. */
  dist: string;
  /** Mark the session cookie `Secure` (the server is reached over HTTPS, e.g. behind a proxy with TLS). */
  secureCookie?: boolean;
  /** Take the client's address from the last `X-Forwarded-For` entry (behind a reverse proxy). */
  trustProxy?: boolean;
  limiter?: FailureLimiter;
  now?: () => Date;
}

type Env = { Variables: { reader: Reader } };

const publicFolder = new URL('../public/', import.meta.url);
const assets: Record<string, { body: string; type: string }> = {
  'kommentarer.js': { body: readFileSync(new URL('kommentarer.js', publicFolder), 'utf8'), type: 'text/javascript; charset=utf-8' },
  'kommentarer.css': { body: readFileSync(new URL('kommentarer.css', publicFolder), 'utf8'), type: 'text/css; charset=utf-8' },
};

const HEAD_ADDITIONS = '<link rel="stylesheet" href="/_review/kommentarer.css"><script type="module" src="/_review/kommentarer.js"></script>';

export function createReviewApp(options: ReviewAppOptions): Hono<Env> {
  const { store, secret, dist } = options;
  const now = options.now ?? (() => new Date());
  const limiter = options.limiter ?? new FailureLimiter();
  const headers = reviewHeaders(dist);
  const app = new Hono<Env>();

  const isApi = (c: Context) => new URL(c.req.url).pathname.startsWith('/api/');
  const statusPage = (c: Context, page: StatusPage) => {
    if (isApi(c)) return c.json({ error: page.message, ...(page.hint ? { hint: page.hint } : {}) }, page.status);
    return c.html(statusPageHtml(page), page.status);
  };
  const clientAddress = (c: Context) => {
    if (options.trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'ukjent';
    } catch {
      return 'ukjent';
    }
  };

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  });

  app.onError((error, c) => {
    console.error(error);
    return statusPage(c, pages.serverError);
  });

  app.get('/_review/:asset{kommentarer\\.(js|css)}', (c) => {
    const asset = assets[c.req.param('asset')]!;
    return c.body(asset.body, 200, { 'Content-Type': asset.type });
  });

  /** Checks a token and its link; the failure's page, or the reader. */
  const readerOf = async (token: string): Promise<{ reader: Reader; expiresAt: Date } | { refused: StatusPage; invalid: boolean }> => {
    let claims: Awaited<ReturnType<typeof verifyShareToken>>;
    try {
      claims = await verifyShareToken(token, secret, now());
    } catch (error) {
      const expired = (error as TokenError).reason === 'expired';
      return { refused: expired ? pages.expiredLink : pages.invalidLink, invalid: !expired };
    }
    const link = await store.getLink(claims.linkId);
    if (!link) return { refused: pages.invalidLink, invalid: true };
    const state = linkState(link, now());
    if (state === 'revoked') return { refused: pages.revokedLink, invalid: false };
    if (state === 'expired') return { refused: pages.expiredLink, invalid: false };
    return { reader: { linkId: link.id, name: link.name, role: link.role }, expiresAt: new Date(link.expiresAt) };
  };

  app.get('/_review/tilgang', async (c) => {
    const address = clientAddress(c);
    if (limiter.blocked(address)) return statusPage(c, pages.tooManyAttempts);
    const token = c.req.query('token');
    if (!token) return statusPage(c, pages.noAccess);
    const result = await readerOf(token);
    if ('refused' in result) {
      limiter.fail(address);
      return statusPage(c, result.refused);
    }
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: options.secureCookie ?? false,
      path: '/',
      expires: result.expiresAt,
    });
    return c.redirect('/', 303);
  });

  // Everything below needs a reader with a valid link.
  app.use('*', async (c, next) => {
    const address = clientAddress(c);
    const token = getCookie(c, SESSION_COOKIE);
    if (!token) return statusPage(c, pages.noAccess);
    if (limiter.blocked(address)) return statusPage(c, pages.tooManyAttempts);
    const result = await readerOf(token);
    if ('refused' in result) {
      if (result.invalid) limiter.fail(address);
      return statusPage(c, result.refused);
    }
    c.set('reader', result.reader);
    await next();
  });

  // Changing requests: small bodies only, and only from this origin.
  const limit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => statusPage(c, pages.tooLarge) });
  app.use('*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const origin = sameOrigin({ origin: c.req.header('origin'), host: c.req.header('host'), fetchSite: c.req.header('sec-fetch-site') });
    if (!origin) return statusPage(c, pages.forgedForm);
    return limit(c, next);
  });

  const jsonOutcome = async <T>(c: Context<Env>, outcome: Outcome<T>, toJson: (value: T) => Promise<unknown>) =>
    outcome.ok
      ? c.json(await toJson(outcome.value), outcome.status)
      : c.json({ error: outcome.message, ...(outcome.hint ? { hint: outcome.hint } : {}) }, outcome.status);

  const readJson = async (c: Context<Env>): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> => {
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
      return { ok: false, response: c.json({ error: 'Serveren tar bare imot JSON her.', hint: 'Send med Content-Type: application/json.' }, 415) };
    }
    try {
      return { ok: true, body: await c.req.json() };
    } catch {
      return { ok: false, response: c.json({ error: 'Forespørselen er ikke gyldig JSON.' }, 400) };
    }
  };

  const commentId = (c: Context<Env>) => {
    const id = Number(c.req.param('id'));
    return Number.isSafeInteger(id) && id > 0 ? id : undefined;
  };

  app.get('/api/kommentarer', async (c) => {
    const reader = c.get('reader');
    const comments = await store.listComments({
      document: c.req.query('document') || undefined,
      edition: c.req.query('edition') || undefined,
      open: c.req.query('open') === 'true',
    });
    const items = await Promise.all(comments.map((comment) => annotate(comment, reader)));
    return c.json({ total: items.length, items });
  });

  app.get('/api/kommentarer/:id', async (c) => {
    const id = commentId(c);
    const comment = id === undefined ? undefined : await store.getComment(id);
    if (!comment) return c.json({ error: `Fant ingen kommentar med nummer ${c.req.param('id')}.` }, 404);
    return c.json(await annotate(comment, c.get('reader')));
  });

  app.post('/api/kommentarer', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const reader = c.get('reader');
    return jsonOutcome(c, await createComment(store, reader, body.body), (comment) => annotate(comment, reader));
  });

  app.patch('/api/kommentarer/:id', async (c) => {
    const id = commentId(c);
    if (id === undefined) return c.json({ error: `Fant ingen kommentar med nummer ${c.req.param('id')}.` }, 404);
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const reader = c.get('reader');
    return jsonOutcome(c, await changeComment(store, reader, id, body.body), (comment) => annotate(comment, reader));
  });

  app.delete('/api/kommentarer/:id', async (c) => {
    const id = commentId(c);
    if (id === undefined) return c.json({ error: `Fant ingen kommentar med nummer ${c.req.param('id')}.` }, 404);
    const outcome = await deleteComment(store, c.get('reader'), id);
    return outcome.ok ? c.body(null, 204) : c.json({ error: outcome.message, ...(outcome.hint ? { hint: outcome.hint } : {}) }, outcome.status);
  });

  /** The forms: where to go back to, only a path on this server. */
  const backTo = (value: unknown) => (typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/');
  const formError = (c: Context<Env>, status: 400 | 403 | 404, message: string, back: string) =>
    c.html(
      statusPageHtml({ status, title: 'Kommentaren ble ikke lagret', message, hint: 'Gå tilbake til siden, rett opp og send på nytt.' }).replace(
        '</main>',
        `<p><a href="${back.replace(/"/g, '%22')}">Tilbake til siden</a></p></main>`,
      ),
      status,
    );

  const readForm = async (c: Context<Env>) => {
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined);
    return { field, valid: validCsrfToken(secret, c.get('reader').linkId, form['_csrf']), back: backTo(form['tilbake']) };
  };

  app.post('/_review/kommentarer', async (c) => {
    const { field, valid, back } = await readForm(c);
    if (!valid) return statusPage(c, pages.forgedForm);
    const quote = field('sitat')?.trim();
    const start = Number(field('start'));
    const end = Number(field('slutt'));
    const selector: unknown[] = [];
    if (quote) selector.push({ type: 'TextQuoteSelector', exact: quote, prefix: field('prefiks') ?? '', suffix: field('suffiks') ?? '' });
    if (quote && field('start') && field('slutt') && Number.isInteger(start) && Number.isInteger(end))
      selector.push({ type: 'TextPositionSelector', start, end });
    const replyTo = field('svar_pa') ? Number(field('svar_pa')) : undefined;
    const outcome = await createComment(store, c.get('reader'), {
      document: field('dokument'),
      edition: field('utgave'),
      text: field('tekst'),
      format: field('markdown') ? 'markdown' : 'text',
      ...(replyTo !== undefined ? { replyTo } : {}),
      ...(selector.length > 0 ? { target: { selector } } : {}),
    });
    if (!outcome.ok) return formError(c, outcome.status, outcome.message, back);
    return c.redirect(`${back.split('#')[0]}#kommentar-${outcome.value.id}`, 303);
  });

  app.post('/_review/kommentarer/:id', async (c) => {
    const { field, valid, back } = await readForm(c);
    if (!valid) return statusPage(c, pages.forgedForm);
    const id = commentId(c) ?? 0;
    const reader = c.get('reader');
    const action = field('handling');
    const outcome: Outcome<unknown> =
      action === 'slett'
        ? await deleteComment(store, reader, id)
        : action === 'los' || action === 'gjenapne'
          ? await changeComment(store, reader, id, { resolved: action === 'los' })
          : await changeComment(store, reader, id, { text: field('tekst') });
    if (!outcome.ok) return formError(c, outcome.status, outcome.message, back);
    return c.redirect(`${back.split('#')[0]}${action === 'slett' ? '' : `#kommentar-${id}`}`, 303);
  });

  /** One section's thread, for the page script to refresh after a change. */
  app.get('/_review/traad', async (c) => {
    const reader = c.get('reader');
    const section = { document: c.req.query('dokument') ?? '', edition: c.req.query('utgave') ?? '' };
    const comments = await store.listComments(section);
    const html = await threadHtml(section, comments, { reader, csrf: csrfToken(secret, reader.linkId), back: backTo(c.req.query('tilbake')) });
    return c.html(html);
  });

  app.on(['GET', 'HEAD'], '*', async (c) => {
    const url = new URL(c.req.url);
    const resolved = resolveStatic(dist, url.pathname, url.search);
    if (resolved.kind === 'redirect') return c.redirect(resolved.location, 301);
    if (resolved.kind === 'none') return statusPage(c, pages.notFound);
    const type = contentTypeOf(resolved.file);
    if (!type.startsWith('text/html')) return c.body(await readFile(resolved.file), 200, { 'Content-Type': type });
    const template = pageTemplate(resolved.file);
    const reader = c.get('reader');
    const documents = [...new Set(template.sections.map((section) => section.document))];
    const comments = template.sections.length === 0 ? [] : await store.listComments({ documents });
    const context = { reader, csrf: csrfToken(secret, reader.linkId), back: url.pathname };
    const threads = await Promise.all(
      template.sections.map((section) =>
        threadHtml(
          section,
          comments.filter((comment) => comment.document === section.document && comment.edition === section.edition),
          context,
        ),
      ),
    );
    return c.html(fillPage(template, HEAD_ADDITIONS, threads));
  });

  app.all('*', (c) => statusPage(c, pages.methodNotAllowed));

  return app;
}
