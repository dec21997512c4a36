/**
 * Who made a change. Hosted, the share link's name (its address is not shown to anyone). Locally, the editor is
 * asked once — the first time they send changes in — for their name and e-mail address, which are kept in a cookie
 * of this browser (never in the repository) and become the author of their commits.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { contextOf, type EditorContext, type EditorRequest, type Env, respond } from './context.ts';
import { firstOf, readForm } from './form-request.ts';
import type { Author } from './git.ts';
import { type Html, html } from './html.ts';
import { csrfField, type PageContext } from './views/layout.ts';

const IDENTITY_COOKIE = 'strategi_redigerer';
const IDENTITY_PATH = '/meg';
/** The address hosted commits are written with: the name is the share link's, the address is no one's. */
const HOSTED_EMAIL = 'nettredigering@localhost';
/** Where sending changes in is asked for; the identity form sends the same form on there once it is saved. */
const COMMIT_PATH = '/endringer';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

function decode(value: string | undefined): Author | undefined {
  if (!value) return undefined;
  try {
    const { name, email } = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<Author>;
    return typeof name === 'string' && typeof email === 'string' && name.trim() !== '' && EMAIL.test(email) ? { name, email } : undefined;
  } catch {
    return undefined;
  }
}

const encode = (author: Author) => Buffer.from(JSON.stringify(author), 'utf8').toString('base64url');

/** The author of the request's commits: the share link's name hosted, the saved identity locally (or none yet). */
export function authorOf(c: EditorRequest, hosted: boolean): Author | undefined {
  const { name } = c.get('session');
  if (hosted) return name ? { name, email: HOSTED_EMAIL } : undefined;
  return decode(getCookie(c, IDENTITY_COOKIE));
}

interface IdentityState {
  name?: string;
  email?: string;
  problems?: { name?: string; email?: string };
  /** The commit message typed on «Endringer», sent on with the form. */
  message?: string;
}

function field(
  id: 'navn' | 'epost',
  label: string,
  type: 'text' | 'email',
  autocomplete: string,
  value: string | undefined,
  problem: string | undefined,
): Html {
  return html`<div class="ds-field"><label class="ds-label" for="${id}">${label}</label>
<input class="ds-input" type="${type}" id="${id}" name="${id}" autocomplete="${autocomplete}" required value="${value ?? ''}"${problem ? html` aria-invalid="true" aria-describedby="${id}-feil"` : ''}>
${problem ? html`<div class="ds-validation-message" data-field="validation" id="${id}-feil"><p>${problem}</p></div>` : ''}</div>`;
}

/** The identity form, alone or on the way to sending changes in. */
function identityForm(context: PageContext, state: IdentityState): Html {
  const { t } = context;
  const sending = state.message !== undefined;
  return html`<h1 class="ds-heading" data-size="lg">${t.editor.identity.title}</h1>
<p class="ds-paragraph">${t.editor.identity.intro}</p>
<form method="post" action="${IDENTITY_PATH}" class="stakk">${csrfField(context)}
${sending ? html`<input type="hidden" name="melding" value="${state.message}">` : ''}
${field('navn', t.editor.identity.name, 'text', 'name', state.name, state.problems?.name)}
${field('epost', t.editor.identity.email, 'email', 'email', state.email, state.problems?.email)}
<button class="ds-button" data-variant="primary" type="submit">${sending ? t.editor.identity.saveAndSend : t.editor.identity.save}</button></form>`;
}

export function identityRoutes({ access }: EditorContext) {
  const routes = new Hono<Env>();
  const hosted = access.hosted !== undefined;

  // Hosted, the author is the share link's name: there is nothing to ask.
  routes.get(IDENTITY_PATH, (c) => {
    if (hosted) return c.notFound();
    const context = contextOf(c);
    const author = authorOf(c, hosted);
    return respond(c, context.t.editor.identity.title, undefined, identityForm(context, { ...author }));
  });

  routes.post(IDENTITY_PATH, async (c) => {
    if (hosted) return c.notFound();
    const form = await readForm(c, access);
    if (form instanceof Response) return form;
    const context = contextOf(c);
    const name = (firstOf(form, 'navn') ?? '').trim();
    const email = (firstOf(form, 'epost') ?? '').trim();
    const message = firstOf(form, 'melding');
    const problems = {
      ...(name === '' ? { name: context.t.editor.identity.nameMissing } : {}),
      ...(EMAIL.test(email) ? {} : { email: context.t.editor.identity.emailInvalid }),
    };
    if (problems.name || problems.email)
      return respond(
        c,
        context.t.editor.identity.title,
        undefined,
        identityForm(context, { name, email, problems, ...(message === undefined ? {} : { message }) }),
        422,
      );
    setCookie(c, IDENTITY_COOKIE, encode({ name, email }), { httpOnly: true, sameSite: 'Strict', path: '/', maxAge: YEAR_SECONDS });
    // 307 keeps the method and the form: the browser sends the message (and the form's token) on to be committed.
    return message === undefined ? c.redirect('/', 303) : c.redirect(COMMIT_PATH, 307);
  });

  return routes;
}

/** Middleware: locally, sending changes in without a saved identity asks for it first, keeping the typed message. */
export function askForIdentity({ access }: EditorContext): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (access.hosted || c.req.method !== 'POST' || c.req.path !== COMMIT_PATH || authorOf(c, false)) return next();
    const form = await readForm(c, access);
    if (form instanceof Response) return form;
    const context = contextOf(c);
    return respond(c, context.t.editor.identity.title, 'changes', identityForm(context, { message: firstOf(form, 'melding') ?? '' }));
  };
}
