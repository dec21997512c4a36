/**
 * The live preview beside a document's form: the body as readers will see it, rendered by the model's pipeline on
 * the server (POST /forhandsvisning) as the editor types. The pane is hidden until preview.js runs, so a page
 * without JavaScript shows no empty box. It goes inside the form, after the body's field: `preview.css` puts it
 * beside the fields on a wide screen and below the text on a narrow one.
 */
import { type Html, html } from '../html.ts';
import { previewScript, previewStyles } from '../public-files.ts';
import type { PageContext } from './layout.ts';

/** Where preview.js sends the text. */
export const PREVIEW_ROUTE = '/forhandsvisning';

/** `path`: the document's file inside its version folder (`tiltak/T-1.md`), for its relative links and heading ids. */
export function previewPane(context: PageContext, document: { path: string | undefined }): Html {
  const { t } = context;
  return html`<link rel="stylesheet" href="${previewStyles.url}"><script type="module" src="${previewScript.url}"></script>
<section class="forhandsvisning" data-forhandsvisning="${PREVIEW_ROUTE}"${document.path ? html` data-sti="${document.path}"` : ''} hidden>
<h2 class="ds-heading" data-size="xs" id="forhandsvisning-tittel">${t.editor.previewPane}</h2>
<p class="ds-paragraph" data-size="sm" id="forhandsvisning-hjelp">${t.editor.previewPaneHelp}</p>
<p class="ds-paragraph forhandsvisning-feil" data-size="sm" role="status" data-feilmelding="${t.editor.previewPaneFailed}"></p>
<div class="forhandsvisning-ramme body" tabindex="0" role="region" aria-labelledby="forhandsvisning-tittel" aria-describedby="forhandsvisning-hjelp"></div>
</section>`;
}
