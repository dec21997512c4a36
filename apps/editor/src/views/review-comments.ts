/**
 * The reviewers' open comments on a document, beside its form: each with the line of the text field its passage is
 * on and the passage itself, a button that puts the cursor there (shown by the page script), a suggested edit as a
 * word-level change, and «Merk som løst». A suggestion's «Godta» and «Avvis» belong in the same row of buttons.
 */
import { DISPOSITIONS, suggestionChange } from '@strategi/review';
import { type Html, html } from '../html.ts';
import { commentsScript } from '../public-files.ts';
import { csrfField, type PageContext } from './layout.ts';

export interface PanelComment {
  id: number;
  author: string;
  text: string;
  /** ISO 8601. */
  created: string;
  quote: string | undefined;
  /** Where the passage is in the text field (line 1 is its first), or undefined when it is not found there. */
  place: { line: number; column: number } | undefined;
  /** The passage is in the document still (in the text field or another field, such as the title). */
  found: boolean;
  /** Replacement text suggested for the passage, while it is open. */
  suggestion: string | undefined;
}

export interface CommentsPanel {
  /** The id of the text field the lines count in. */
  field: string;
  comments: PanelComment[];
  /** The id of a comment just marked as resolved. */
  resolved?: number | undefined;
  /** A suggestion just answered: accepted (with the commit, when one was made) or rejected. */
  answered?: { kind: 'accepted'; commit: string | undefined } | { kind: 'rejected' } | undefined;
}

/** The suggestion as the change it makes to the quoted passage, word by word, as the review server shows it. */
function suggestedChange(quote: string, suggestion: string): Html {
  const parts = suggestionChange({ quote: { exact: quote, prefix: '', suffix: '' }, replacement: suggestion });
  return html`<p class="ds-paragraph forslag">${parts.map((part) => (part.added ? html`<ins>${part.value}</ins>` : part.removed ? html`<del>${part.value}</del>` : part.value))}</p>`;
}

/** «Godta» and «Avvis» (with the reason the reviewer reads) for an open suggestion. */
function answerForms(context: PageContext, comment: PanelComment): Html {
  const t = context.t.editor.reviewComments;
  return html`<form method="post" action="/kommentarer/${comment.id}/godta">${csrfField(context)}<button class="ds-button" data-variant="primary" data-size="sm" type="submit">${t.accept}</button></form>
<details class="ds-details kommentar-avvis"><summary>${t.reject}</summary><form method="post" action="/kommentarer/${comment.id}/avvis">${csrfField(context)}<label class="ds-label" for="avvis-${comment.id}">${t.rejectReason}</label><textarea class="ds-input" id="avvis-${comment.id}" name="begrunnelse" rows="2" required></textarea><button class="ds-button" data-variant="secondary" data-size="sm" type="submit">${t.reject}</button></form></details>`;
}

/**
 * The page «Merk som løst» opens: what became of the comment, as the review page asks it — a disposition, and the
 * reason the reviewer reads (needed when it is not taken into account). A page of its own, so the panel's row of
 * buttons stays one row, and it works without a script.
 */
export function resolvePage(context: PageContext, comment: { id: number; quote: string | undefined; text: string; author: string }, back: string): Html {
  const t = context.t.editor.reviewComments;
  const words = context.t.reviewServer;
  const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  return html`<h1 class="ds-heading" data-size="md">${t.resolve}</h1>
${comment.quote ? html`<p class="ds-paragraph">«${comment.quote}»</p>` : ''}<p class="ds-paragraph">${comment.text}</p><p class="ds-paragraph" data-size="sm">${t.by(comment.author)}</p>
<form method="post" action="/kommentarer/${comment.id}/lost">${csrfField(context)}<fieldset class="ds-fieldset"><legend class="ds-label">${words.thread.outcome}</legend>${DISPOSITIONS.map(
    (kind, index) =>
      html`<div class="ds-field"><input class="ds-input" type="radio" id="utfall-${index}" name="utfall" value="${kind}" required><label class="ds-label" for="utfall-${index}">${capital(words.dispositions[kind])}</label></div>`,
  )}</fieldset><div class="ds-field"><label class="ds-label" for="begrunnelse">${words.thread.resolveReason}</label><textarea class="ds-input" id="begrunnelse" name="begrunnelse" rows="3"></textarea></div><button class="ds-button" data-variant="primary" type="submit">${t.resolve}</button></form>
<p class="ds-paragraph"><a class="ds-link" href="${back}">${t.backToDocument}</a></p>`;
}

function commentItem(context: PageContext, panel: CommentsPanel, comment: PanelComment): Html {
  const t = context.t.editor.reviewComments;
  const where = comment.place
    ? html`<p class="ds-paragraph"><strong>${t.line(comment.place.line)}</strong>${comment.quote ? html`: «${comment.quote}»` : ''}</p>`
    : comment.quote
      ? html`<p class="ds-paragraph">«${comment.quote}»</p>${comment.found ? '' : html`<p class="ds-paragraph" data-size="sm">${t.notFound}</p>`}`
      : '';
  const goTo = comment.place
    ? html`<button class="ds-button" data-variant="secondary" data-size="sm" type="button" hidden aria-controls="${panel.field}" data-kommentar-felt="${panel.field}" data-kommentar-linje="${comment.place.line}" data-kommentar-kolonne="${comment.place.column}" data-kommentar-lengde="${comment.quote?.length ?? 0}">${t.goTo}</button>`
    : '';
  const resolve = context.canEdit
    ? html`<form method="get" action="/kommentarer/${comment.id}/utfall"><button class="ds-button" data-variant="secondary" data-size="sm" type="submit">${t.resolve}</button></form>`
    : '';
  return html`<li class="kommentar" id="kommentar-${comment.id}">${where}
${comment.suggestion !== undefined && comment.quote ? html`<p class="ds-paragraph" data-size="sm">${t.suggestion}:</p>${suggestedChange(comment.quote, comment.suggestion)}` : ''}
<p class="ds-paragraph">${comment.text}</p>
<p class="ds-paragraph" data-size="sm">${t.by(comment.author)}, <time datetime="${comment.created}">${comment.created.slice(0, 10)}</time></p>
<div class="kommentar-knapper">${goTo}${context.canEdit && comment.suggestion !== undefined && comment.quote ? answerForms(context, comment) : ''}${resolve}</div></li>`;
}

export function commentsPanel(context: PageContext, panel: CommentsPanel): Html {
  const t = context.t.editor.reviewComments;
  return html`<section class="kommentarer" id="kommentarer" aria-labelledby="kommentarer-overskrift">
<h2 class="ds-heading" data-size="sm" id="kommentarer-overskrift">${t.title}</h2>
${panel.resolved !== undefined ? html`<div class="ds-alert" data-color="success" role="status">${t.resolved}</div>` : ''}
${panel.answered ? html`<div class="ds-alert" data-color="success" role="status">${panel.answered.kind === 'accepted' ? t.accepted(panel.answered.commit) : t.rejected}</div>` : ''}
${panel.comments.length === 0 ? html`<p class="ds-paragraph">${t.none}</p>` : html`<ol class="kommentarliste">${panel.comments.map((comment) => commentItem(context, panel, comment))}</ol>`}
<script type="module" src="${commentsScript.url}"></script>
</section>`;
}
