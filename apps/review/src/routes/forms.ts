/**
 * The forms that work without JavaScript: a new comment or reply, and edit, delete, resolve. Each carries a CSRF
 * token bound to the reader's link and the page to return to; that address is checked before anything is stored,
 * so a bad one is a 400 and no comment.
 */
import { safeRedirectPath, validCsrfToken } from '@strategi/hosting';
import { ui } from '@strategi/i18n';
import { escapeHtml } from '@strategi/review';
import { type Context, Hono } from 'hono';
import { changeComment, createComment, deleteComment, type Outcome, recordDisposition } from '../actions.ts';
import { CSRF_SCOPE, type Env, type ReviewContext, statusPage } from '../context.ts';
import { pageNumber } from '../paging.ts';
import { namePerson } from '../people.ts';
import { sectionThread } from '../section-threads.ts';
import { pages, statusPageHtml } from '../status-pages.ts';
import { commentId } from './api.ts';

/** Where to return: `/` when not given, undefined when given and not a path on this server. */
const backTo = (value: unknown) => (value === undefined || value === '' ? '/' : safeRedirectPath(value));

function formError(c: Context<Env>, outcome: Extract<Outcome<unknown>, { ok: false }>, back: string) {
  if (outcome.retryAfter) c.header('Retry-After', String(outcome.retryAfter));
  const lang = c.get('lang');
  const t = ui(lang).reviewServer;
  const page = statusPageHtml({ status: outcome.status, title: t.notSaved, message: outcome.message, hint: outcome.hint ?? t.notSavedHint }, lang);
  return c.html(page.replace('</main>', `<p><a href="${escapeHtml(back)}">${t.backToPage}</a></p></main>`), outcome.status);
}

export function formRoutes(context: ReviewContext) {
  const { store, secret } = context;
  const forms = new Hono<Env>();

  /** The form's fields, or the refusal when its token or return address is wrong. */
  const readForm = async (c: Context<Env>) => {
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined);
    if (!validCsrfToken(secret, CSRF_SCOPE, c.get('reader').linkId, form['_csrf'])) return { refused: statusPage(c, pages.forgedForm) } as const;
    const back = backTo(form['tilbake']);
    if (back === undefined) return { refused: statusPage(c, pages.badRedirect) } as const;
    return { field, back } as const;
  };

  forms.post('/_review/kommentarer', async (c) => {
    const form = await readForm(c);
    if ('refused' in form) return form.refused;
    const { field, back } = form;
    const quote = field('sitat')?.trim();
    const start = Number(field('start'));
    const end = Number(field('slutt'));
    const selector: unknown[] = [];
    if (quote) selector.push({ type: 'TextQuoteSelector', exact: quote, prefix: field('prefiks') ?? '', suffix: field('suffiks') ?? '' });
    if (quote && field('start') && field('slutt') && Number.isInteger(start) && Number.isInteger(end))
      selector.push({ type: 'TextPositionSelector', start, end });
    const replyTo = field('svar_pa') ? Number(field('svar_pa')) : undefined;
    const named = await namePerson(c, context, { name: field('navn'), email: field('epost') });
    if (!named.ok) return formError(c, named, back);
    const outcome = await createComment(context, named.reader, {
      document: field('dokument'),
      edition: field('utgave'),
      text: field('tekst'),
      format: field('markdown') ? 'markdown' : 'text',
      ...(replyTo !== undefined ? { replyTo } : {}),
      ...(selector.length > 0 ? { target: { selector } } : {}),
      ...(field('forslag')?.trim() ? { suggestion: field('forslag') } : {}),
    });
    if (!outcome.ok) return formError(c, outcome, back);
    return c.redirect(`${back.split('#')[0]}#kommentar-${outcome.value.id}`, 303);
  });

  forms.post('/_review/kommentarer/:id', async (c) => {
    const form = await readForm(c);
    if ('refused' in form) return form.refused;
    const { field, back } = form;
    const id = commentId(c) ?? 0;
    const reader = c.get('reader');
    const lang = c.get('lang');
    const action = field('handling');
    const outcome: Outcome<unknown> =
      action === 'slett'
        ? await deleteComment(store, reader, id, lang)
        : action === 'los'
          ? await recordDisposition(store, reader, id, { disposition: field('utfall'), reason: field('begrunnelse') }, lang)
          : action === 'gjenapne'
            ? await changeComment(store, reader, id, { resolved: false }, lang)
            : await changeComment(store, reader, id, { text: field('tekst') }, lang);
    if (!outcome.ok) return formError(c, outcome, back);
    if (action === 'los') await context.notifications?.commentChanged(id);
    return c.redirect(`${back.split('#')[0]}${action === 'slett' ? '' : `#kommentar-${id}`}`, 303);
  });

  /** One section's thread, for the page script to refresh after a change. */
  forms.get('/_review/traad', async (c) => {
    const back = backTo(c.req.query('tilbake'));
    if (back === undefined) return statusPage(c, pages.badRedirect);
    const page = pageNumber(c.req.query('side'));
    if (page === undefined) return statusPage(c, pages.badPage);
    const section = { document: c.req.query('dokument') ?? '', edition: c.req.query('utgave') ?? '' };
    return c.html(await sectionThread(context, section, c.get('reader'), back, page));
  });

  return forms;
}
