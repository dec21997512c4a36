/**
 * The private receipt link: see the response, correct it or withdraw it until the deadline. The token in the path
 * is the only key; an unknown one counts against the client's address, and after ten in a quarter of an hour that
 * address is refused before the store is asked.
 */
import { ResponseInputError } from '@strategi/consultation';
import { clientAddress } from '@strategi/hosting';
import { ui } from '@strategi/i18n';
import { type Context, Hono } from 'hono';
import { isOpen } from '../consultations.ts';
import { page, type ServiceContext } from '../context.ts';
import { formBody } from '../form-body.ts';
import { langOf } from '../lang.ts';
import { EMPTY_FORM, errorFields, FIELD, type FormValues } from '../views/form.ts';
import { messagePage, receiptPage } from '../views/pages.ts';

export function receiptRoutes(context: ServiceContext): Hono {
  const app = new Hono();

  /** The response and its consultation, or the refusal to answer with. */
  const open = async (c: Context, lang: ReturnType<typeof langOf>) => {
    const s = ui(lang).consultation.service;
    const address = clientAddress(c, { trustProxy: context.trustProxy });
    if (context.receiptGuesses.blocked(address)) {
      c.header('Retry-After', String(context.receiptGuesses.retryAfter(address)));
      return { refusal: await page(c, messagePage(lang, s.receiptTitle, s.tooMany), 429) };
    }
    const token = c.req.param('token') ?? '';
    const response = await context.store.getByReceipt(token);
    if (!response) {
      context.receiptGuesses.fail(address);
      return { refusal: await page(c, messagePage(lang, s.receiptTitle, s.notFound), 404) };
    }
    const consultation = (await context.consultations()).find((candidate) => candidate.version === response.version);
    // A version no longer on consultation (adopted, or its deadline passed) takes no more changes.
    const stillOpen = consultation !== undefined && isOpen(consultation, context.now());
    return { token, response, consultation, stillOpen };
  };

  app.get('/kvittering/:token', async (c) => {
    c.header('X-Robots-Tag', 'noindex');
    const lang = langOf(c.req.query('lang'));
    const found = await open(c, lang);
    if ('refusal' in found) return found.refusal;
    return page(c, receiptPage({ lang, token: found.token, response: found.response, consultation: found.consultation, open: found.stillOpen }));
  });

  app.post('/kvittering/:token', async (c) => {
    const read = await formBody(c);
    const lang = langOf(read?.(FIELD.lang) ?? c.req.query('lang'));
    const s = ui(lang).consultation.service;
    const found = await open(c, lang);
    if ('refusal' in found) return found.refusal;
    const { token, response, consultation, stillOpen } = found;
    if (!stillOpen || response.withdrawnAt !== null) {
      return page(c, receiptPage({ lang, token, response, consultation, open: stillOpen }), response.withdrawnAt === null ? 403 : 410);
    }
    if (!read) return page(c, messagePage(lang, s.refused, s.refused), 400);
    const values: FormValues = {
      ...EMPTY_FORM,
      name: read(FIELD.name),
      organisation: read(FIELD.organisation),
      senderKind: read(FIELD.senderKind),
      publication: read(FIELD.publication),
      text: read(FIELD.text),
    };
    try {
      const corrected = await context.store.correct(
        token,
        {
          name: values.name,
          organisation: values.organisation,
          senderKind: values.senderKind,
          publication: values.publication as 'named',
          text: values.text,
        },
        { senderKinds: consultation?.senderKinds.values },
      );
      if (!corrected) return page(c, messagePage(lang, s.receiptTitle, s.notFound), 404);
      return page(c, receiptPage({ lang, token, response: corrected, consultation, open: true, notice: s.corrected }));
    } catch (error) {
      if (!(error instanceof ResponseInputError)) throw error;
      return page(c, receiptPage({ lang, token, response, consultation, open: true, values, errors: errorFields(error.fields) }), 400);
    }
  });

  app.post('/kvittering/:token/trekk', async (c) => {
    const read = await formBody(c);
    const lang = langOf(read?.(FIELD.lang) ?? c.req.query('lang'));
    const found = await open(c, lang);
    if ('refusal' in found) return found.refusal;
    const { token, response, consultation, stillOpen } = found;
    if (!stillOpen || response.withdrawnAt !== null) {
      return page(c, receiptPage({ lang, token, response, consultation, open: stillOpen }), response.withdrawnAt === null ? 403 : 410);
    }
    const withdrawn = await context.store.withdraw(token);
    return page(c, receiptPage({ lang, token, response: withdrawn ?? response, consultation, open: stillOpen }));
  });

  return app;
}
