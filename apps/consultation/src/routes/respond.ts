/**
 * The public pages and the response forms: a list of what is on consultation, each version's page with a form for
 * the whole draft, each document with its form, and the posts. A post is checked in the order that costs least:
 * the deadline, the honeypot, the form's signed issue time, the limits, then the fields; only then is anything
 * stored or mailed.
 */
import { ResponseInputError } from '@strategi/consultation';
import { clientAddress } from '@strategi/hosting';
import { ui } from '@strategi/i18n';
import { type Context, Hono } from 'hono';
import { isOpen } from '../consultations.ts';
import { page, type ServiceContext } from '../context.ts';
import { formBody } from '../form-body.ts';
import { checkFormToken, issueFormToken } from '../form-token.ts';
import { langOf } from '../lang.ts';
import { withinLimits } from '../limits.ts';
import { anchorPassage } from '../passage.ts';
import { sendReceipt } from '../receipt-mail.ts';
import { errorFields, FIELD, type FormValues } from '../views/form.ts';
import { documentPage, indexPage, messagePage, receiptPath, thanksPage } from '../views/pages.ts';

export function respondRoutes(context: ServiceContext): Hono {
  const app = new Hono();

  /** The consultation and the document responded to; without a path, the whole version (no document). */
  const find = async (version: string, path: string | undefined) => {
    const consultation = (await context.consultations()).find((candidate) => candidate.version === version);
    if (!consultation) return undefined;
    if (path === undefined) return { consultation, doc: undefined };
    const doc = consultation.documents.find((candidate) => candidate.path === path);
    return doc ? { consultation, doc } : undefined;
  };

  app.get('/', async (c) => page(c, indexPage(langOf(c.req.query('lang')), await context.consultations())));

  const show = async (c: Context, path: string | undefined) => {
    const lang = langOf(c.req.query('lang'));
    const found = await find(c.req.param('version') ?? '', path);
    const s = ui(lang).consultation.service;
    if (!found) return page(c, messagePage(lang, s.title, s.notFound), 404);
    const now = context.now();
    const open = isOpen(found.consultation, now);
    return page(c, documentPage({ lang, ...found, open, token: open ? issueFormToken(context.secret, found.consultation.version, now) : undefined }));
  };

  const post = async (c: Context, path: string | undefined) => {
    const read = await formBody(c);
    const lang = langOf(read?.(FIELD.lang) ?? c.req.query('lang'));
    const s = ui(lang).consultation.service;
    const found = await find(c.req.param('version') ?? '', path);
    if (!found) return page(c, messagePage(lang, s.title, s.notFound), 404);
    const { consultation, doc } = found;
    const now = context.now();
    if (!isOpen(consultation, now)) return page(c, documentPage({ lang, ...found, open: false }), 403);
    if (!read) return page(c, messagePage(lang, s.refused, s.refused), 400);
    // A person never sees the trap field; only a bot fills it. It is told nothing it could learn from.
    if (read(FIELD.honeypot) !== '') return page(c, thanksPage(lang, {}));

    const values: FormValues = {
      name: read(FIELD.name),
      organisation: read(FIELD.organisation),
      senderKind: read(FIELD.senderKind),
      email: read(FIELD.email),
      publication: read(FIELD.publication),
      text: read(FIELD.text),
      quote: read(FIELD.quote),
      quotePrefix: read(FIELD.quotePrefix),
      quoteSuffix: read(FIELD.quoteSuffix),
    };
    const again = (status: 400 | 429, notice: string | undefined, errors: ReturnType<typeof errorFields> = []) =>
      page(c, documentPage({ lang, ...found, open: true, token: issueFormToken(context.secret, consultation.version, now), values, errors, notice }), status);

    const issued = checkFormToken(context.secret, read(FIELD.token), consultation.version, now, context.minFillMs);
    if (!issued.ok) {
      if (issued.reason === 'forged') return page(c, messagePage(lang, s.refused, s.refused), 400);
      return again(400, issued.reason === 'too-fast' ? s.tooFast : s.expired);
    }
    const address = clientAddress(c, { trustProxy: context.trustProxy });
    if (!(await withinLimits(context.store, context.secret, context.limits, { address, email: values.email || null }, now))) {
      c.header('Retry-After', '3600');
      return page(c, messagePage(lang, s.refused, s.tooMany), 429);
    }

    // A response to the whole version has no passage, whatever the post says.
    const passage =
      doc && values.quote.trim()
        ? anchorPassage(doc.body.text, { exact: values.quote, prefix: values.quotePrefix, suffix: values.quoteSuffix })
        : { quote: null, position: null };
    let created: Awaited<ReturnType<typeof context.store.createResponse>>;
    try {
      created = await context.store.createResponse(
        {
          version: consultation.version,
          document: doc?.path ?? null,
          quote: passage.quote,
          position: passage.position,
          name: values.name,
          organisation: values.organisation,
          senderKind: values.senderKind,
          email: values.email,
          publication: values.publication as 'named',
          text: values.text,
          lang,
        },
        { idempotencyKey: issued.id, senderKinds: consultation.senderKinds.values },
      );
    } catch (error) {
      if (error instanceof ResponseInputError) return again(400, undefined, errorFields(error.fields));
      throw error;
    }
    if (!created.receiptToken) return page(c, thanksPage(lang, { repeated: true }));
    const receiptUrl = `${context.publicOrigin}${receiptPath(created.receiptToken)}${lang === 'nb' ? '' : `?lang=${lang}`}`;
    const email = created.response.email;
    if (email && context.mailer) {
      // The response is stored whatever the mail server says; the page shows the link either way.
      await sendReceipt(context.mailer, {
        lang,
        to: email,
        url: receiptUrl,
        title: `${consultation.label}: ${doc?.title ?? s.wholeDraftTitle}`,
        deadline: consultation.deadline,
        text: created.response.text,
      }).catch((error: unknown) => console.error(`Kvitteringen ble ikke sendt: ${(error as Error).message}`));
    }
    return page(c, thanksPage(lang, { receiptUrl, email: context.mailer ? email : null }), 201);
  };

  app.get('/horing/:version', (c) => show(c, undefined));
  app.post('/horing/:version', (c) => post(c, undefined));
  app.get('/horing/:version/:path{.+}', (c) => show(c, c.req.param('path')));
  app.post('/horing/:version/:path{.+}', (c) => post(c, c.req.param('path')));

  return app;
}
