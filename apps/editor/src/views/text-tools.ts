/**
 * The tools around a document's text: the Markdown toolbar (shown by `public/redigering.js`, which does its work)
 * and the image upload, a form of its own that works without JavaScript and with it inserts the image at the cursor.
 */
import { type Html, html } from '../html.ts';
import { csrfField, type PageContext } from './layout.ts';

/** The toolbar's buttons: what each does to the text, and its shortcut (with Ctrl, or ⌘ on a Mac). */
const BUTTONS = [
  { action: 'heading', key: 'Alt+H', word: 'heading' },
  { action: 'bold', key: 'Control+B', word: 'bold' },
  { action: 'italic', key: 'Control+I', word: 'italic' },
  { action: 'bullets', key: 'Alt+U', word: 'bullets' },
  { action: 'numbered', key: 'Alt+O', word: 'numbered' },
  { action: 'link', key: 'Control+K', word: 'link' },
  { action: 'table', key: 'Alt+T', word: 'table' },
] as const;

/** The toolbar above the text; hidden until the script that makes it work has run. */
export function markdownToolbar(context: PageContext, textareaId: string): Html {
  const words = context.t.editor.forms;
  return html`<div class="verktoylinje" role="toolbar" aria-label="${words.toolbar}" aria-controls="${textareaId}" data-verktoy-for="${textareaId}" data-tabell="${words.tableTemplate.join('|')}" hidden>${BUTTONS.map(
    (button, i) =>
      html`<button class="ds-button" data-variant="tertiary" data-size="sm" type="button" data-format="${button.action}" aria-keyshortcuts="${button.key}" title="${words.shortcut(button.key.replace('Control', 'Ctrl'))}" tabindex="${i === 0 ? '0' : '-1'}">${words[button.word]}</button>`,
  )}</div>`;
}

/** The upload of an image into the text of the document at `relative` (`tiltak/T-3.md`), back to `returnTo`. */
export function imageUpload(context: PageContext, relative: string, returnTo: string, textareaId: string): Html {
  const words = context.t.editor.forms;
  // Folded away until wanted: most texts have no image.
  return html`<details class="ds-details bildeopplasting"><summary>${words.imageLegend}</summary><form method="post" action="/bilder" enctype="multipart/form-data" data-bilde-til="${textareaId}" novalidate>${csrfField(context)}<input type="hidden" name="dokument" value="${relative}"><input type="hidden" name="tilbake" value="${returnTo}">

<div class="ds-field"><label class="ds-label" for="bilde-fil">${words.imageFile}</label><p class="ds-paragraph" data-field="description" id="bilde-fil-hjelp">${words.imageFileHelp}</p><input class="ds-input" type="file" id="bilde-fil" name="bilde" accept="image/png,image/jpeg,image/webp" aria-describedby="bilde-fil-hjelp"></div>
<div class="ds-field"><label class="ds-label" for="bilde-tekst">${words.imageAlt}</label><p class="ds-paragraph" data-field="description" id="bilde-tekst-hjelp">${words.imageAltHelp}</p><input class="ds-input" type="text" id="bilde-tekst" name="alt" aria-describedby="bilde-tekst-hjelp" required></div>
<p class="ds-paragraph bilde-status" role="status"></p>
<button class="ds-button" data-variant="secondary" type="submit">${words.imageButton}</button></form></details>`;
}
