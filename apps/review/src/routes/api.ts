/**
 * The comments as a JSON API, for the page script and other tools: list (paged), read, post, change, delete.
 * Bodies must be `application/json`, which no other site can send without a CORS preflight this server never grants.
 */
import { ui } from '@strategi/i18n';
import { type Context, Hono } from 'hono';
import { annotate, changeComment, createComment, deleteComment, type Outcome, recordDisposition } from '../actions.ts';
import type { Env, ReviewContext } from '../context.ts';
import { offsetOf, pageSize } from '../paging.ts';
import { nameFromJson } from '../people.ts';

const failure = (c: Context, outcome: Extract<Outcome<unknown>, { ok: false }>) => {
  if (outcome.retryAfter) c.header('Retry-After', String(outcome.retryAfter));
  return c.json({ error: outcome.message, ...(outcome.hint ? { hint: outcome.hint } : {}) }, outcome.status);
};

const refusals = (c: Context<Env>) => ui(c.get('lang')).reviewServer.refusals;

async function readJson(c: Context<Env>): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const t = refusals(c);
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
    return { ok: false, response: c.json({ error: t.jsonOnly, hint: t.jsonOnlyHint }, 415) };
  }
  try {
    return { ok: true, body: await c.req.json() };
  } catch {
    return { ok: false, response: c.json({ error: t.notJson }, 400) };
  }
}

/** A comment number from the path, or undefined. */
export const commentId = (c: Context) => {
  const id = Number(c.req.param('id'));
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
};

const notFound = (c: Context<Env>) => c.json({ error: refusals(c).notFound(c.req.param('id') ?? '') }, 404);

export function apiRoutes(context: ReviewContext) {
  const { store, limits } = context;
  const api = new Hono<Env>();

  api.get('/api/kommentarer', async (c) => {
    const limit = pageSize(c.req.query('limit'), limits.pageSize, limits.maxPageSize);
    const offset = offsetOf(c.req.query('offset'));
    if (limit === undefined || offset === undefined) {
      return c.json({ error: refusals(c).paging(limits.maxPageSize) }, 400);
    }
    const filter = { document: c.req.query('document') || undefined, edition: c.req.query('edition') || undefined, open: c.req.query('open') === 'true' };
    const [total, comments] = await Promise.all([store.countComments(filter), store.listComments(filter, { limit, offset })]);
    const reader = c.get('reader');
    const items = await annotate(store, comments, reader, c.get('lang'));
    return c.json({ total, offset, limit, items });
  });

  api.get('/api/kommentarer/:id', async (c) => {
    const id = commentId(c);
    const comment = id === undefined ? undefined : await store.getComment(id);
    if (!comment) return notFound(c);
    return c.json((await annotate(store, [comment], c.get('reader'), c.get('lang')))[0]);
  });

  api.post('/api/kommentarer', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const named = await nameFromJson(c, context, body.body);
    if (!named.ok) return failure(c, named);
    const outcome = await createComment(context, named.reader, named.body);
    return outcome.ok ? c.json((await annotate(store, [outcome.value], named.reader, c.get('lang')))[0], outcome.status) : failure(c, outcome);
  });

  api.patch('/api/kommentarer/:id', async (c) => {
    const id = commentId(c);
    if (id === undefined) return notFound(c);
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const reader = c.get('reader');
    const outcome = await changeComment(store, reader, id, body.body, c.get('lang'));
    if (outcome.ok) await context.notifications?.commentChanged(id);
    return outcome.ok ? c.json((await annotate(store, [outcome.value], reader, c.get('lang')))[0], outcome.status) : failure(c, outcome);
  });

  /** An editor closes a comment with a disposition: `{ disposition, reason? }` (the reason needed for «ikke»). */
  api.post('/api/kommentarer/:id/utfall', async (c) => {
    const id = commentId(c);
    if (id === undefined) return notFound(c);
    const body = await readJson(c);
    if (!body.ok) return body.response;
    if (typeof body.body !== 'object' || body.body === null || Array.isArray(body.body)) return c.json({ error: refusals(c).dispositionBody }, 400);
    const reader = c.get('reader');
    const outcome = await recordDisposition(store, reader, id, body.body, c.get('lang'));
    if (!outcome.ok) return failure(c, outcome);
    await context.notifications?.commentChanged(id);
    return c.json((await annotate(store, [outcome.value], reader, c.get('lang')))[0], outcome.status);
  });

  api.delete('/api/kommentarer/:id', async (c) => {
    const id = commentId(c);
    if (id === undefined) return notFound(c);
    const outcome = await deleteComment(store, c.get('reader'), id, c.get('lang'));
    return outcome.ok ? c.body(null, 204) : failure(c, outcome);
  });

  return api;
}
