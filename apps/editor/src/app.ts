/**
 * The editor as a Hono app: server-rendered forms that work without JavaScript, saved through the content model.
 * Locally it needs no sign-in (it listens on 127.0.0.1 only); hosted, every request needs a session from a share
 * link of the review tools, and only links with the editor role may change anything.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  type AllowedOrigins,
  bodySizeLimit,
  clientAddress,
  FailureLimiter,
  hostGuard,
  originGuard,
  safeRedirectPath,
  securityHeaderSet,
  securityHeaders,
  textRefusal,
} from '@strategi/hosting';
import { type UiLang, ui } from '@strategi/i18n';
import { type AnyDoc, type Corpus, limits, listContentFiles, releaseVersion, titleOf, today } from '@strategi/model';
import type { Problem } from '@strategi/problems';
import { type DocumentKind, documentKindNames, documentKinds } from '@strategi/schema';
import { type Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { Access, type HostedAccess, LOCAL_SESSION, type Session } from './access.ts';
import type { KindConfig } from './form-config.ts';
import type { ContentRepository } from './git.ts';
import { type Html, html } from './html.ts';
import { PreviewBuild, type PreviewCommand } from './preview-build.ts';
import { type FormFields, submittedBody } from './submission.ts';
import { changesView } from './views/changes.ts';
import { type Choices, documentForm } from './views/document-form.ts';
import { notice, type PageContext, page, pageContext } from './views/layout.ts';
import { documentUrl, overview } from './views/overview.ts';
import { publishView } from './views/publish.ts';
import { textForm } from './views/text-form.ts';
import type { OpenDocument, PlannedDocument, Workspace } from './workspace.ts';

export const SESSION_COOKIE = 'strategi_redigering';
const LANGUAGE_COOKIE = 'strategi_redigering_sprak';
/** The largest form accepted: a document is at most 256 kB, and a form carries it with room for the fields. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** The fields that hold a whole text (the body, a file edited as text) may be as long as a file; others far less. */
const TEXT_FIELDS = new Set(['body', 'tekst', 'notes']);
const MAX_FIELD_LENGTH = 10_000;

export interface EditorAppOptions {
  /** The origins the editor answers for: locally the loopback names with its port, hosted its public address. */
  allowed: AllowedOrigins;
  workspace: Workspace;
  /** The editor's form configuration (editor-config.json). */
  config: Record<DocumentKind, KindConfig>;
  repository: ContentRepository | undefined;
  /** Share links and sessions when hosted; undefined for local use on 127.0.0.1. */
  hosted?: HostedAccess;
  /** The command that builds the preview, and where it runs. */
  preview?: PreviewCommand;
  /** Counts refused share-link tokens (per address when forged, per token when refused). */
  limiter?: FailureLimiter;
  /** Behind a reverse proxy: the client's address is the last `X-Forwarded-For` entry. */
  trustProxy?: boolean;
  now?: () => Date;
}

type Env = { Variables: { session: Session; lang: UiLang } };

const require = createRequire(import.meta.url);
const cssOf = (specifier: string) => readFileSync(require.resolve(specifier), 'utf8').replace(/^@charset[^;]*;/, '');
/** The Designsystemet files the editor uses, each in the layer the site puts it in. */
const baseFiles = ['base', 'heading', 'paragraph'];
const componentFiles = ['link', 'alert', 'button', 'field', 'input', 'label', 'fieldset', 'error-summary', 'details', 'tag', 'skip-link'];
/** Designsystemet (the site's design system) in its layers, then the editor's own layout. */
const stylesheet = [
  '@layer ds.theme, ds.base, ds.components;',
  cssOf('@digdir/designsystemet-theme'),
  ...baseFiles.map((name) => `@layer ds.base {\n${cssOf(`@digdir/designsystemet-css/${name}.css`)}\n}`),
  ...componentFiles.map((name) => `@layer ds.components {\n${cssOf(`@digdir/designsystemet-css/${name}.css`)}\n}`),
  readFileSync(new URL('../public/redigering.css', import.meta.url), 'utf8'),
].join('\n');
const script = readFileSync(new URL('../public/redigering.js', import.meta.url), 'utf8');

const languages = new Set<UiLang>(['nb', 'nn', 'en']);

/** A form as sent, every name with all its values in order. */
function formFields(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(text)) fields.set(name, [...(fields.get(name) ?? []), value]);
  return fields;
}

const firstOf = (form: FormFields, name: string) => form.get(name)?.[0];

export function createEditorApp(options: EditorAppOptions) {
  const { workspace, config, repository, hosted } = options;
  const access = new Access(hosted, options.now, options.limiter ?? new FailureLimiter());
  const preview = new PreviewBuild();

  const app = new Hono<Env>();

  const contextOf = (c: Context<Env>): PageContext =>
    pageContext(c.get('lang'), access.csrfToken(c.get('session')), c.get('session').canEdit, new URL(c.req.url).pathname);
  const respond = (c: Context<Env>, title: string, current: Parameters<typeof page>[2], main: Html, status: 200 | 400 | 403 | 404 | 409 | 422 = 200) =>
    c.html(page(contextOf(c), title, current, main), status);
  const plainPage = (c: Context<Env>, status: 400 | 401 | 403 | 404 | 413 | 429 | 500, message: string) =>
    c.html(page(pageContext(c.get('lang') ?? 'nb', '', false, '/'), message, undefined, html`<h1 class="ds-heading" data-size="md">${message}</h1>`), status);

  // Headers on every answer (refusals included), then the Host allow-list before anything else runs: a page on
  // another name that resolves to this machine (DNS rebinding) gets 421, whatever Origin it sends.
  app.use(
    '*',
    securityHeaders(
      securityHeaderSet({
        'Content-Security-Policy':
          "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        'Cache-Control': 'no-store',
        'X-Robots-Tag': 'noindex, nofollow',
      }),
    ),
  );
  app.use('*', hostGuard(options.allowed));

  app.use('*', async (c, next) => {
    const chosen = getCookie(c, LANGUAGE_COOKIE) as UiLang | undefined;
    c.set('lang', chosen && languages.has(chosen) ? chosen : 'nb');
    await next();
  });

  app.onError((error, c) => {
    console.error(error);
    return plainPage(c, 500, 'Noe gikk galt i nettredigeringen. Ingenting er skrevet halvveis; prøv igjen.');
  });

  app.get('/ressurser/redigering.css', (c) => c.body(stylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get('/ressurser/redigering.js', (c) => c.body(script, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));

  // The review tools' share links end in /_review/tilgang; the same link, made for this server's address, lets in here.
  app.get('/_review/tilgang', (c) => c.redirect(`/tilgang${new URL(c.req.url).search}`, 303));
  const addressOf = (c: Context<Env>) => {
    try {
      return clientAddress(c, { trustProxy: options.trustProxy ?? false });
    } catch {
      return 'ukjent';
    }
  };
  app.get('/tilgang', async (c) => {
    const token = c.req.query('token');
    const result = token ? await access.sessionOf(token, addressOf(c)) : undefined;
    if (result?.ok === false && result.reason === 'throttled') return plainPage(c, 429, ui(c.get('lang')).editor.tooManyAttempts);
    if (!result?.ok) return plainPage(c, 403, ui(c.get('lang')).editor.linkRefused);
    setCookie(c, SESSION_COOKIE, token!, { httpOnly: true, sameSite: 'Lax', secure: hosted?.secureCookie ?? false, path: '/', expires: result.expiresAt });
    return c.redirect('/', 303);
  });

  app.use('*', async (c, next) => {
    if (!hosted) {
      c.set('session', LOCAL_SESSION);
      return next();
    }
    const token = getCookie(c, SESSION_COOKIE);
    const result = token ? await access.sessionOf(token, addressOf(c)) : undefined;
    if (result?.ok === false && result.reason === 'throttled') return plainPage(c, 429, ui(c.get('lang')).editor.tooManyAttempts);
    if (!result?.ok) return plainPage(c, 401, ui(c.get('lang')).editor.noAccess);
    c.set('session', result.session);
    return next();
  });

  // Changing requests: from this origin, with the form's token, from a session that may edit.
  // Origin is compared with the allowed origins, never with the Host the client sent.
  app.use(
    '*',
    originGuard(options.allowed, (c) => plainPage(c as Context<Env>, 403, contextOf(c as Context<Env>).t.editor.forgedForm)),
  );
  app.use(
    '*',
    bodySizeLimit(MAX_BODY_BYTES, (c, refusal) => plainPage(c as Context<Env>, refusal.status as 413, refusal.message)),
  );

  const readForm = async (c: Context<Env>): Promise<FormFields | Response> => {
    const form = formFields(await c.req.text());
    // A NUL or another control character, or a field longer than any document, is refused before it reaches the
    // model (400 or 413), never a 500 further on.
    for (const [name, values] of form)
      for (const value of values) {
        const refusal = textRefusal(value, TEXT_FIELDS.has(name) ? limits.maxFileBytes : MAX_FIELD_LENGTH);
        if (refusal) return plainPage(c, refusal.status as 400 | 413, refusal.message);
      }
    if (!access.validCsrfToken(c.get('session'), firstOf(form, 'csrf'))) return plainPage(c, 403, contextOf(c).t.editor.forgedForm);
    if (!c.get('session').canEdit) return plainPage(c, 403, contextOf(c).t.editor.readOnlyRole);
    return form;
  };

  app.get('/sprak', (c) => {
    const lang = c.req.query('lang') as UiLang | undefined;
    if (lang && languages.has(lang)) setCookie(c, LANGUAGE_COOKIE, lang, { sameSite: 'Lax', path: '/', maxAge: 365 * 24 * 3600 });
    return c.redirect(safeRedirectPath(c.req.query('tilbake')) ?? '/', 303);
  });

  const choicesOf = (corpus: Corpus): Choices =>
    Object.fromEntries(
      documentKindNames.map((kind) => [kind, (corpus.working.index.byKind[kind] as AnyDoc[]).map((doc) => ({ id: doc.id, title: titleOf(doc) }))]),
    ) as unknown as Choices;

  /** Files of the working draft the graph could not read (broken frontmatter): listed so they can be fixed as text. */
  const brokenFiles = async (corpus: Corpus) => {
    const listed = await listContentFiles(workspace.contentFolder, { working: true });
    const read = new Set(corpus.working.documents.map((doc) => doc.path));
    return listed.documents
      .filter((file) => !read.has(file.entry.relative))
      .map((file) => ({
        kind: file.kind as string,
        id: file.entry.relative.replace(/^.*\//, '').replace(/\.md$/, ''),
        display: workspace.displayOf(file.entry.absolute),
      }));
  };

  app.get('/', async (c) => {
    const corpus = await workspace.corpus();
    return respond(c, contextOf(c).t.editor.documents, 'documents', overview(contextOf(c), corpus, await brokenFiles(corpus)));
  });

  const kindParam = (value: string): DocumentKind | undefined => (documentKindNames.includes(value as DocumentKind) ? (value as DocumentKind) : undefined);

  /** The form of an open document, with what a save or a link insertion left in it. */
  const showDocument = async (
    c: Context<Env>,
    document: OpenDocument,
    state: {
      edition?: string;
      planned?: PlannedDocument;
      problems?: Problem[];
      notices?: Html[];
      body?: string;
      status?: 200 | 409 | 422;
      /** Shown beside the form after a conflict: the file as it is now. */
      current?: OpenDocument;
    },
  ) => {
    const context = contextOf(c);
    const corpus = await workspace.corpus();
    const kindConfig = config[document.kind];
    const title = String(document.data?.[kindConfig.titleField] ?? document.id);
    const readOnly = state.edition !== undefined;
    const beside = state.current
      ? html`<section class="konflikt" aria-labelledby="konflikt-overskrift"><h2 class="ds-heading" data-size="sm" id="konflikt-overskrift">${context.t.editor.conflictCurrent}</h2><pre class="konflikt-tekst" data-konflikt="naa">${state.current.text}</pre></section>`
      : html``;
    const notices = [...(readOnly ? [notice('info', context.t.editor.readOnly)] : []), ...(state.notices ?? []), beside];
    if (!document.data) {
      const shown = state.planned ? { ...document, text: state.planned.text } : document;
      return respond(c, title, 'documents', textForm(context, shown, state.problems ?? problemsOf(corpus, document), notices), state.status ?? 200);
    }
    const form = documentForm(context, {
      config: kindConfig,
      mode: readOnly ? 'read-only' : 'edit',
      action: documentUrl(document),
      id: document.id,
      display: document.display,
      relative: document.relative,
      hash: document.hash,
      data: state.planned?.data ?? document.data ?? {},
      body: state.body ?? state.planned?.body ?? document.parsed.body,
      choices: choicesOf(corpus),
      problems: state.problems ?? (readOnly ? [] : problemsOf(corpus, document)),
      checked: state.planned?.parsed ?? document.parsed,
      notices,
    });
    return respond(c, title, 'documents', html`<h1 class="ds-heading" data-size="lg">${context.t.editor.editHeading(title)}</h1>${form}`, state.status ?? 200);
  };

  const problemsOf = (corpus: Corpus, document: OpenDocument) => corpus.working.problems.filter((problem) => problem.file === document.display);

  app.get('/dokument/:kind/:id', async (c) => {
    const kind = kindParam(c.req.param('kind'));
    const edition = c.req.query('utgave');
    const document = kind ? await workspace.open(kind, c.req.param('id'), edition) : undefined;
    if (!document) return plainPage(c, 404, contextOf(c).t.editor.notFound);
    const notices = c.req.query('opprettet') ? [notice('success', contextOf(c).t.editor.created(document.display))] : [];
    return showDocument(c, document, { ...(edition ? { edition } : {}), notices });
  });

  app.post('/dokument/:kind/:id', async (c) => {
    const form = await readForm(c);
    if (form instanceof Response) return form;
    if (c.req.query('utgave')) return plainPage(c, 403, contextOf(c).t.editor.readOnly);
    const kind = kindParam(c.req.param('kind'));
    const document = kind ? await workspace.open(kind, c.req.param('id')) : undefined;
    if (!document) return plainPage(c, 404, contextOf(c).t.editor.notFound);
    const t = contextOf(c).t;
    if (firstOf(form, 'handling') === 'lenke') {
      const planned = plannedFromForm(document, form);
      return showDocument(c, document, {
        planned,
        body: withLink(submittedBody(form) ?? '', form, document.relative),
        notices: [notice('info', t.editor.linkInserted)],
      });
    }
    const outcome = document.data
      ? await workspace.save(config[document.kind], document, form, firstOf(form, 'hash'))
      : await workspace.saveText(document, firstOf(form, 'tekst') ?? '', firstOf(form, 'hash'));
    switch (outcome.type) {
      case 'conflict':
        // What the editor typed stays in the form, the file as it is now beside it; the form now carries the
        // current file's hash, so saving again is a choice made with both in view.
        return showDocument(c, outcome.current ?? document, {
          planned: outcome.planned,
          notices: [notice('danger', t.editor.conflict)],
          status: 409,
          ...(outcome.current ? { current: outcome.current } : {}),
        });
      case 'unchanged':
        return showDocument(c, document, { notices: [notice('info', t.editor.unchanged)] });
      case 'saved':
        return showDocument(c, outcome.document, { notices: [notice('success', t.editor.saved)], problems: outcome.warnings });
      case 'refused':
        return showDocument(c, document, {
          planned: outcome.planned,
          problems: outcome.problems,
          notices: [notice('danger', t.editor.refused)],
          status: 422,
        });
    }
  });

  /** The form's values as a planned document, for showing it again after a link is inserted (nothing is saved). */
  const plannedFromForm = (document: OpenDocument, form: FormFields): PlannedDocument | undefined => {
    if (!document.data) return undefined;
    return workspace.preview(config[document.kind], document, form);
  };

  /** `[text](../tiltak/T-3.md)` added to the body, in the canonical relative link form. */
  const withLink = (body: string, form: FormFields, from: string) => {
    const chosen = firstOf(form, 'lenke-dokument') ?? '';
    const [kindName, id] = chosen.split(':');
    const kind = kindParam(kindName ?? '');
    if (!kind || !id) return body;
    const text = (firstOf(form, 'lenke-tekst') ?? '').trim() || id;
    return `${body.replace(/\s+$/, '')}${body.trim() ? ' ' : ''}[${text.replace(/[[\]]/g, '\\$&')}](${workspace.linkHref(from, kind, id)})\n`;
  };

  app.get('/ny/:kind', async (c) => {
    const kind = kindParam(c.req.param('kind'));
    if (!kind || kind === 'strategy') return plainPage(c, 404, contextOf(c).t.editor.notFound);
    if (!c.get('session').canEdit) return plainPage(c, 403, contextOf(c).t.editor.readOnlyRole);
    return showNew(c, kind, {});
  });

  const showNew = async (
    c: Context<Env>,
    kind: DocumentKind,
    state: { planned?: PlannedDocument; problems?: Problem[]; notices?: Html[]; body?: string; typedId?: string; status?: 200 | 422 },
  ) => {
    const context = contextOf(c);
    const corpus = await workspace.corpus();
    const words = documentKinds[kind].words[context.lang];
    const relative = `${documentKinds[kind].folder}/${documentKinds[kind].idExample}.md`;
    const form = documentForm(context, {
      config: config[kind],
      mode: 'new',
      action: `/ny/${kind}`,
      id: undefined,
      display: state.planned?.display ?? '',
      relative,
      hash: undefined,
      data: { ...(state.planned?.data ?? {}), ...(state.typedId !== undefined ? { id: state.typedId } : {}) },
      body: state.body ?? state.planned?.body ?? '',
      choices: choicesOf(corpus),
      problems: state.problems ?? [],
      checked: state.planned?.parsed,
      notices: state.notices ?? [],
    });
    return respond(
      c,
      context.t.editor.newHeading(words.singular),
      'documents',
      html`<h1 class="ds-heading" data-size="lg">${context.t.editor.newHeading(words.singular)}</h1>${form}`,
      state.status ?? 200,
    );
  };

  app.post('/ny/:kind', async (c) => {
    const form = await readForm(c);
    if (form instanceof Response) return form;
    const kind = kindParam(c.req.param('kind'));
    if (!kind || kind === 'strategy') return plainPage(c, 404, contextOf(c).t.editor.notFound);
    const t = contextOf(c).t;
    const typedId = firstOf(form, 'nytt-id');
    if (firstOf(form, 'handling') === 'lenke') {
      const planned = workspace.previewNew(config[kind], form, typedId);
      const relative = `${documentKinds[kind].folder}/${documentKinds[kind].idExample}.md`;
      return showNew(c, kind, {
        planned,
        body: withLink(submittedBody(form) ?? '', form, relative),
        notices: [notice('info', t.editor.linkInserted)],
        ...(typedId === undefined ? {} : { typedId }),
      });
    }
    const outcome = await workspace.create(config[kind], form, typedId);
    if (outcome.type === 'created') return c.redirect(`/dokument/${kind}/${encodeURIComponent(outcome.id)}?opprettet=1`, 303);
    return showNew(c, kind, {
      planned: outcome.planned,
      problems: outcome.problems,
      notices: [notice('danger', t.editor.refused)],
      status: 422,
      ...(typedId === undefined ? {} : { typedId }),
    });
  });

  app.get('/endringer', async (c) => {
    const changes = repository ? await repository.changes() : undefined;
    return respond(c, contextOf(c).t.editor.changes, 'changes', changesView(contextOf(c), changes, { notices: [] }));
  });

  app.post('/endringer', async (c) => {
    const form = await readForm(c);
    if (form instanceof Response) return form;
    const t = contextOf(c).t;
    if (!repository) return respond(c, t.editor.changes, 'changes', changesView(contextOf(c), undefined, { notices: [] }));
    const message = (firstOf(form, 'melding') ?? '').trim();
    if (!message) {
      const changes = await repository.changes();
      return respond(c, t.editor.changes, 'changes', changesView(contextOf(c), changes, { notices: [], messageProblem: t.editor.messageMissing }), 422);
    }
    const corpus = await workspace.corpus();
    const errors = corpus.problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) {
      const changes = await repository.changes();
      return respond(c, t.editor.changes, 'changes', changesView(contextOf(c), changes, { notices: [], message, contentErrors: errors }), 422);
    }
    const session = c.get('session');
    const author = session.name ? { name: session.name, email: 'nettredigering@localhost' } : undefined;
    const commit = await repository.commit(message, author);
    const changes = await repository.changes();
    return respond(
      c,
      t.editor.changes,
      'changes',
      changesView(contextOf(c), changes, { notices: [notice('success', t.editor.committed(repository.branch, commit))] }),
    );
  });

  const showPublish = (c: Context<Env>, notices: Html[], values?: Record<string, string>, status: 200 | 422 = 200) =>
    respond(
      c,
      contextOf(c).t.editor.publish,
      'publish',
      publishView(contextOf(c), preview, { notices, today: today(), ...(values ? { values } : {}) }),
      status,
    );

  app.get('/frigi', (c) => showPublish(c, []));

  app.post('/frigi', async (c) => {
    const form = await readForm(c);
    if (form instanceof Response) return form;
    const t = contextOf(c).t;
    const values = Object.fromEntries(
      ['id', 'status', 'label', 'date', 'change', 'changeNote', 'notes'].map((name) => [name, (firstOf(form, name) ?? '').trim()]),
    );
    const result = await releaseVersion(
      workspace.contentFolder,
      {
        id: values['id']!,
        status: values['status'] as 'utkast',
        label: values['label']!,
        date: values['date']!,
        ...(values['change'] ? { change: values['change'] as 'vesentlig' } : {}),
        ...(values['changeNote'] ? { changeNote: values['changeNote'] } : {}),
      },
      { displayBase: workspace.displayBase, notes: values['notes']! },
    );
    if (result.ok) return showPublish(c, [notice('success', t.editor.released(result.version.id, result.files))]);
    // No confirmation is asked here (the form is the confirmation), so a release is never cancelled.
    if (result.reason === 'cancelled') return showPublish(c, [], values, 422);
    const problems =
      result.reason === 'version-exists'
        ? html`<p class="ds-paragraph">${t.editor.releaseExists(values['id']!)}</p>`
        : html`<ul>${result.problems.map((problem) => html`<li>${problem.file ? `${problem.file}:${problem.line}:${problem.column}: ` : ''}${problem.message} <span class="hint">${problem.hint}</span></li>`)}</ul>`;
    return showPublish(c, [notice('danger', problems)], values, 422);
  });

  app.post('/forhandsvis', async (c) => {
    const form = await readForm(c);
    if (form instanceof Response) return form;
    if (options.preview) preview.start(options.preview);
    return c.redirect('/frigi', 303);
  });

  app.notFound((c) => plainPage(c, 404, contextOf(c).t.editor.notFound));

  return app;
}
