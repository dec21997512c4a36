/**
 * The person behind a share link. A link sent to a group is one token for many people, so the first time someone
 * comments, the form asks for their name (and, optionally, an e-mail for notifications, which is stored and never
 * shown to others). The person's id is kept in a cookie signed with a key derived from the server's, and is only
 * taken for the link it was made under; their comments then read «Navn (lenkenavn)».
 */
import { createHmac } from 'node:crypto';
import { textRefusal } from '@strategi/hosting';
import { ui } from '@strategi/i18n';
import type { Comment, Person } from '@strategi/review';
import type { Context, MiddlewareHandler } from 'hono';
import { getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { Env, ReviewContext } from './context.ts';
import type { Reader } from './threads.ts';

const PERSON_COOKIE = 'strategi_person';
export const MAX_NAME_LENGTH = 100;
const MAX_EMAIL_LENGTH = 254;

/** Its own key, so a cookie signature can never stand in for a share token's or a form's. */
const cookieKey = (secret: Uint8Array) => createHmac('sha256', secret).update('strategi-review-person').digest();

/** Sets `reader.person` when the request carries a valid person cookie for the reader's own link. */
export function recognisePerson(context: ReviewContext): MiddlewareHandler<Env> {
  const key = cookieKey(context.secret);
  return async (c, next) => {
    const id = await getSignedCookie(c, key, PERSON_COOKIE);
    const reader = c.get('reader');
    if (typeof id === 'string' && id !== '') {
      const person = await context.store.getPerson(id);
      if (person && person.linkId === reader.linkId) c.set('reader', { ...reader, person: { id: person.id, name: person.name } });
    }
    await next();
  };
}

export type Naming = { ok: true; reader: Reader } | { ok: false; status: 400; message: string; hint?: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Names the reader from a comment's fields when they have no name yet: stores the person, sets the cookie until the
 * link expires and returns the reader with them. A blank name leaves the reader as the link (a link for one person
 * needs no second name); a reader named before keeps their name.
 */
export async function namePerson(c: Context<Env>, context: ReviewContext, fields: { name?: unknown; email?: unknown }): Promise<Naming> {
  const reader = c.get('reader');
  const name = typeof fields.name === 'string' ? fields.name.trim() : '';
  const email = typeof fields.email === 'string' ? fields.email.trim() : '';
  if (reader.person || name === '') return { ok: true, reader };
  const t = ui(c.get('lang')).reviewServer.refusals;
  if (textRefusal(name, MAX_NAME_LENGTH)) return { ok: false, status: 400, message: t.name(MAX_NAME_LENGTH), hint: t.nameHint };
  if (email !== '' && (email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email))) return { ok: false, status: 400, message: t.email, hint: t.emailHint };
  const person = await context.store.createPerson({ linkId: reader.linkId, name, email: email || null });
  await setSignedCookie(c, PERSON_COOKIE, person.id, cookieKey(context.secret), {
    httpOnly: true,
    sameSite: 'Lax',
    secure: context.secureCookie ?? false,
    path: '/',
    expires: new Date(reader.expiresAt),
  });
  const named = { ...reader, person: { id: person.id, name: person.name } };
  c.set('reader', named);
  return { ok: true, reader: named };
}

/**
 * The JSON API's way to name the reader: `person: { name, email? }` beside the comment's fields, taken off before
 * the comment is checked (the comment schema is the store's, and knows nothing of people).
 */
export async function nameFromJson(
  c: Context<Env>,
  context: ReviewContext,
  body: unknown,
): Promise<(Naming & { ok: false }) | { ok: true; reader: Reader; body: unknown }> {
  if (typeof body !== 'object' || body === null || !('person' in body)) return { ok: true, reader: c.get('reader'), body };
  const { person, ...rest } = body as { person: unknown };
  const fields = typeof person === 'object' && person !== null ? (person as { name?: unknown; email?: unknown }) : {};
  const named = await namePerson(c, context, fields);
  return named.ok ? { ...named, body: rest } : named;
}

/** The name on a comment: «Navn (lenkenavn)» when a person wrote it, the link's name otherwise. */
export const authorName = (comment: Comment, person: Pick<Person, 'name'> | undefined) => (person ? `${person.name} (${comment.author})` : comment.author);

/** Whether the reader wrote it: the same person, or for a comment no person wrote, the same link. */
export const isOwn = (comment: Comment, person: Pick<Person, 'id'> | undefined, reader: Reader) =>
  person ? person.id === reader.person?.id : comment.linkId === reader.linkId;
