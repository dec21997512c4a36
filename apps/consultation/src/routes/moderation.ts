/**
 * Moderation before publication: an editor sees every response with what the screens found, and publishes it,
 * publishes it anonymised or withholds it with a reason. Nothing is public before this. Each decision carries the
 * session's CSRF token; the origin and host checks run before any route, as for every post to the service.
 */
import { type ModerationAction, screenFlags, screenText } from '@strategi/consultation';
import { ui } from '@strategi/i18n';
import { Hono } from 'hono';
import { page, type ServiceContext } from '../context.ts';
import type { EditorEnv, editorAccess } from '../editor-access.ts';
import { formBody } from '../form-body.ts';
import { langOf, localPath } from '../lang.ts';
import { MODERATION_PATH, moderationPage } from '../views/moderation.ts';
import { messagePage } from '../views/pages.ts';

const ACTIONS: readonly ModerationAction[] = ['publish', 'publish-anonymised', 'withhold'];

export function moderationRoutes(context: ServiceContext, access: ReturnType<typeof editorAccess>): Hono<EditorEnv> {
  const app = new Hono<EditorEnv>();
  app.get(`${MODERATION_PATH}/tilgang`, access.signIn);
  app.use(MODERATION_PATH, access.requireEditor);
  app.use(`${MODERATION_PATH}/*`, access.requireEditor);

  app.get(MODERATION_PATH, async (c) => {
    c.header('X-Robots-Tag', 'noindex');
    const lang = langOf(c.req.query('lang'));
    return page(c, moderationPage({ lang, editor: c.get('editor'), responses: await context.store.listResponses() }));
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
    if (action === 'withhold' && !reason) {
      const responses = await context.store.listResponses();
      return page(c, moderationPage({ lang, editor, responses, error: { id, message: m.reasonMissing } }), 400);
    }
    // The flags are taken from the text decided on, so the record says what the editor was shown.
    await context.store.setFlags(id, screenFlags(screenText(response.text)));
    await context.store.moderate(id, { action, by: editor.name, reason });
    return c.redirect(`${localPath(MODERATION_PATH, lang)}#svar-${id}`, 303);
  });

  return app;
}
