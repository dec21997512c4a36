/**
 * The live preview of a document's text: POST /forhandsvisning takes the text as typed and answers with the HTML
 * the site would show, rendered and sanitised by the model (`renderBody`, with the site's options: headings under
 * the page's title, each `:::eksempel` passage labelled, footnotes in the interface language). It writes nothing,
 * yet it is a POST carrying a whole text, so it passes the checks every changing request passes: the Host and
 * origin middleware, the body size limit, the form token and the role (`readForm`). Links to other documents go to
 * their forms in the editor.
 */
import { bodySizeLimit } from '@strategi/hosting';
import { headingId, renderBody } from '@strategi/model/render';
import { Hono } from 'hono';
import { contextOf, type EditorContext, type Env, plainPage } from '../context.ts';
import { firstOf, readForm } from '../form-request.ts';
import { BODY_FIELD } from '../submission.ts';
import { PREVIEW_ROUTE } from '../views/preview-pane.ts';

/** A preview carries one body, as a save does: no more than the largest form the editor takes. */
const MAX_PREVIEW_BYTES = 1024 * 1024;

/** A document's file inside the version folder, as the form names it: `tiltak/T-1.md`, never a way out of it. */
const DOCUMENT_PATH = /^(?:[a-z0-9-]+\/)*[A-Za-z0-9ÆØÅæøå._-]+\.md$/;

export function previewPaneRoutes({ workspace, access }: EditorContext) {
  const routes = new Hono<Env>();

  routes.post(
    PREVIEW_ROUTE,
    bodySizeLimit(MAX_PREVIEW_BYTES, (c, refusal) => plainPage(c, refusal.status as 413, refusal.message)),
    async (c) => {
      const form = await readForm(c, access);
      if (form instanceof Response) return form;
      const { t } = contextOf(c);
      const text = firstOf(form, BODY_FIELD) ?? '';
      const given = firstOf(form, 'sti');
      const fromPath = given !== undefined && DOCUMENT_PATH.test(given) && !given.split('/').includes('..') ? given : undefined;
      const edition = (await workspace.corpus()).working;
      const body = await renderBody(text, {
        resolveLink: (target) => {
          const doc = target.kind === 'strategy' && target.form === 'path' ? edition.index.strategy : edition.index.resolve(target.id);
          if (!doc) return undefined;
          const fragment = target.fragment === undefined ? '' : `#${headingId(doc.path, target.fragment)}`;
          return { href: `/dokument/${doc.kind}/${encodeURIComponent(doc.id)}${fragment}` };
        },
        headingOffset: 1,
        ...(fromPath ? { fromPath } : {}),
        exampleLabel: { tag: t.example.label, text: t.example.passage },
        footnotes: t.footnotes,
      });
      return c.html(body);
    },
  );

  return routes;
}
