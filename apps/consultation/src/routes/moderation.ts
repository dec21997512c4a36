/**
 * Moderation before publication: an editor sees every response with what the screens found, and publishes it,
 * publishes it anonymised or withholds it with a reason. Nothing is public before this. A response withdrawn after it
 * became an input is named with its input, which still carries it. Each decision carries the session's CSRF token;
 * the origin and host checks run before any route, as for every post to the service.
 */
import path from 'node:path';
import { type ConsultationResponse, type ModerationAction, responsesToInput, screenFlags, screenText } from '@strategi/consultation';
import { textRefusal } from '@strategi/hosting';
import { ui } from '@strategi/i18n';
import { loadCorpus, titleOf } from '@strategi/model';
import { Hono } from 'hono';
import { page, type ServiceContext } from '../context.ts';
import type { EditorEnv, editorAccess } from '../editor-access.ts';
import { formBody } from '../form-body.ts';
import { langOf, localPath } from '../lang.ts';
import { INPUT_PATH, MODERATION_PATH, moderationPage } from '../views/moderation.ts';
import { messagePage } from '../views/pages.ts';

const ACTIONS: readonly ModerationAction[] = ['publish', 'publish-anonymised', 'withhold'];
/** A reason is a sentence or two for the record, not a document. */
const MAX_REASON_LENGTH = 2000;

export function moderationRoutes(context: ServiceContext, access: ReturnType<typeof editorAccess>): Hono<EditorEnv> {
  const app = new Hono<EditorEnv>();
  /** The working draft's input rounds, newest first. */
  const rounds = async () => {
    if (!context.contentDir) return [];
    const corpus = await loadCorpus(context.contentDir);
    return corpus.working.index.byKind.inputRound.map((round) => ({ id: round.id, title: titleOf(round) })).reverse();
  };
  /** What the page lists: the responses, and those withdrawn after they became inputs, which an editor must follow up. */
  const listed = async () => ({
    responses: await context.store.listResponses(),
    withdrawnInputs: (await context.store.listResponses({ withdrawn: true })).filter((response) => response.withdrawnAt !== null && response.inputId !== null),
    rounds: await rounds(),
  });
  app.get(`${MODERATION_PATH}/tilgang`, access.signIn);
  app.use(MODERATION_PATH, access.requireEditor);
  app.use(`${MODERATION_PATH}/*`, access.requireEditor);

  app.get(MODERATION_PATH, async (c) => {
    c.header('X-Robots-Tag', 'noindex');
    const lang = langOf(c.req.query('lang'));
    return page(c, moderationPage({ lang, editor: c.get('editor'), ...(await listed()) }));
  });

  app.post(`${MODERATION_PATH}/svar/:id`, async (c) => {
    const editor = c.get('editor');
    const read = await formBody(c);
    const lang = langOf(read?.('lang') ?? c.req.query('lang'));
    const m = ui(lang).consultation.moderation;
    if (!read || !access.validCsrf(editor, read('_csrf'))) return page(c, messagePage(lang, m.title, m.badForm), 403);
    const action = read('handling') as ModerationAction;
    if (!ACTIONS.includes(action)) return page(c, messagePage(lang, m.title, m.badForm), 400);
    const id = c.req.param('id');
    const response = await context.store.getResponse(id);
    if (!response || response.withdrawnAt !== null) return page(c, messagePage(lang, m.title, m.notFound), 404);
    const reason = read('begrunnelse').trim();
    const refusal = textRefusal(reason, MAX_REASON_LENGTH);
    if (refusal) return page(c, messagePage(lang, m.title, refusal.message), refusal.status as 400 | 413);
    if (action === 'withhold' && !reason) {
      return page(c, moderationPage({ lang, editor, ...(await listed()), error: { id, message: m.reasonMissing } }), 400);
    }
    // The flags are taken from the text decided on, so the record says what the editor was shown.
    await context.store.setFlags(id, screenFlags(screenText(response.text)));
    await context.store.moderate(id, { action, by: editor.name, reason });
    return c.redirect(`${localPath(MODERATION_PATH, lang)}#svar-${id}`, 303);
  });

  /** A response (or several, `svar` repeated) becomes an input of the chosen round, as `strategi horing import` does. */
  app.post(INPUT_PATH, async (c) => {
    const editor = c.get('editor');
    const body = await c.req.parseBody({ all: true }).catch(() => undefined);
    const field = (name: string) => (typeof body?.[name] === 'string' ? body[name] : '');
    const lang = langOf(field('lang') || c.req.query('lang'));
    const m = ui(lang).consultation.moderation;
    if (!body || !access.validCsrf(editor, field('_csrf'))) return page(c, messagePage(lang, m.title, m.badForm), 403);
    if (!context.contentDir) return page(c, messagePage(lang, m.title, m.badForm), 404);
    const ids = [body['svar']].flat().filter((value): value is string => typeof value === 'string');
    const responses = await Promise.all(ids.map((id) => context.store.getResponse(id)));
    if (ids.length === 0 || responses.some((response) => response === undefined)) return page(c, messagePage(lang, m.title, m.notFound), 404);
    const result = await responsesToInput(context.contentDir, responses as ConsultationResponse[], {
      round: field('runde'),
      publicOrigin: context.publicOrigin,
      displayBase: path.dirname(context.contentDir),
    });
    if (!result.ok) {
      const message = result.reason === 'invalid' ? `${m.inputFailed} ${result.problems.map((problem) => problem.message).join(' ')}` : m.inputRefused;
      return page(c, moderationPage({ lang, editor, ...(await listed()), error: { id: ids[0]!, message } }), 400);
    }
    await context.store.linkInput(ids, result.id);
    return c.redirect(`${localPath(MODERATION_PATH, lang)}#svar-${ids[0]}`, 303);
  });

  return app;
}
