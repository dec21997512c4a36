/**
 * `POST /bilder`: an image uploaded into a document's text, with its alternative text. The same checks as every
 * form (the session's token, the editor role, no control characters), then the image's type from its bytes and
 * its size; it is written beside the content's other images and answered with the Markdown to insert — as JSON to
 * the script, which puts it at the cursor, or as a page to copy it from without JavaScript.
 */
import path from 'node:path';
import { textRefusal } from '@strategi/hosting';
import { documentKindNames, documentKinds } from '@strategi/schema';
import { Hono } from 'hono';
import { contextOf, type EditorContext, type EditorRequest, type Env, plainPage, respond } from '../context.ts';
import { html } from '../html.ts';
import { ImageFolderRefused, imageExtension, imageMarkdown, MAX_IMAGE_BYTES, storeImage } from '../image-upload.ts';
import { notice } from '../views/layout.ts';

/** The folders a document may lie in, so the image's path is written relative to a real document's folder. */
const DOCUMENT_FOLDERS = new Set(['.', ...documentKindNames.map((kind) => documentKinds[kind].folder)]);
const MAX_TEXT_LENGTH = 1_000;

/** The form's page to go back to: a document's or a new document's, on this server, or the overview. */
const backTo = (value: string) => (/^\/(dokument|ny)\/[A-Za-z0-9%._/-]+$/.test(value) && !value.includes('//') && !value.includes('..') ? value : '/');

const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

export function uploadRoutes({ workspace, access }: EditorContext) {
  const routes = new Hono<Env>();

  routes.post('/bilder', async (c) => {
    const t = contextOf(c).t;
    const words = t.editor.forms;
    const form = await c.req.parseBody().catch(() => undefined);
    if (!form) return plainPage(c, 400, words.imageNoFile);
    const alt = textOf(form['alt']).trim();
    const documentPath = path.posix.normalize(textOf(form['dokument']));
    const back = backTo(textOf(form['tilbake']));
    for (const value of [alt, documentPath, textOf(form['tilbake'])]) {
      const refusal = textRefusal(value, MAX_TEXT_LENGTH);
      if (refusal) return plainPage(c, refusal.status as 400 | 413, refusal.message);
    }
    if (!access.validCsrfToken(c.get('session'), textOf(form['csrf']))) return plainPage(c, 403, t.editor.forgedForm);
    if (!c.get('session').canEdit) return plainPage(c, 403, t.editor.readOnlyRole);
    if (!DOCUMENT_FOLDERS.has(path.posix.dirname(documentPath)) || !documentPath.endsWith('.md')) return plainPage(c, 400, t.editor.notFound);

    const file = form['bilde'];
    const refuse = (status: 413 | 422, message: string) => refusal(c, status, message, back);
    if (!(file instanceof File) || file.size === 0) return refuse(422, words.imageNoFile);
    if (file.size > MAX_IMAGE_BYTES) return refuse(413, words.imageTooLarge);
    if (!alt) return refuse(422, words.imageNoAlt);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const extension = imageExtension(bytes);
    if (!extension) return refuse(422, words.imageType);

    const stored = await storeImage(workspace.contentFolder, bytes, file.name, extension).catch((error: unknown) => {
      if (error instanceof ImageFolderRefused) return undefined;
      throw error;
    });
    if (!stored) return refuse(422, words.imageFolder);
    const markdown = imageMarkdown(alt, stored, documentPath);
    if (wantsJson(c)) return c.json({ markdown, message: words.imageInserted });
    return respond(
      c,
      words.imageLegend,
      'documents',
      html`<h1 class="ds-heading" data-size="lg">${words.imageLegend}</h1>${notice('success', words.imageUploaded)}<pre class="bilde-markdown" tabindex="0"><code>${markdown}</code></pre><p class="ds-paragraph"><a class="ds-link" href="${back}">${words.imageBack}</a></p>`,
    );
  });

  return routes;
}

const wantsJson = (c: EditorRequest) => (c.req.header('Accept') ?? '').includes('application/json');

/** A refused upload: the reason as JSON to the script, or as a page with the way back. */
function refusal(c: EditorRequest, status: 413 | 422, message: string, back: string) {
  const words = contextOf(c).t.editor.forms;
  if (wantsJson(c)) return c.json({ error: message }, status);
  if (status === 413) return plainPage(c, 413, message);
  return respond(
    c,
    words.imageLegend,
    'documents',
    html`<h1 class="ds-heading" data-size="lg">${words.imageLegend}</h1>${notice('danger', `${words.imageFailed} ${message}`)}<p class="ds-paragraph"><a class="ds-link" href="${back}">${words.imageBack}</a></p>`,
    422,
  );
}
