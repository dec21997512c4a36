/**
 * The reviewers' open comments on a document, beside its form: each with the line of the text field its passage is
 * on and the passage itself, a button that puts the cursor there (shown by the page script), a suggested edit as a
 * word-level change, and «Merk som løst». A suggestion's «Godta» and «Avvis» belong in the same row of buttons.
 */
import { diffParagraphs, type ParagraphChange } from '@strategi/model/diff';
import { type Html, html } from '../html.ts';
import { csrfField, type PageContext } from './layout.ts';

/** The script that moves the cursor to a comment's passage. */
export const COMMENTS_SCRIPT = '/ressurser/kommentarer.js';

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
}

/** The suggestion as the change it makes to the quoted passage, word by word. */
function suggestedChange(quote: string, suggestion: string): Html {
  const changes: readonly ParagraphChange[] = diffParagraphs(quote, suggestion);
  return html`${changes.map((change) => {
    if (change.type === 'changed')
      return html`<p class="ds-paragraph forslag">${change.words.map((part) => (part.added ? html`<ins>${part.value}</ins>` : part.removed ? html`<del>${part.value}</del>` : part.value))}</p>`;
    if (change.type === 'added') return html`<p class="ds-paragraph forslag"><ins>${change.text}</ins></p>`;
    if (change.type === 'removed') return html`<p class="ds-paragraph forslag"><del>${change.text}</del></p>`;
    return html`<p class="ds-paragraph forslag">${change.text}</p>`;
  })}`;
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
    ? html`<form method="post" action="/kommentarer/${comment.id}/lost">${csrfField(context)}<button class="ds-button" data-variant="secondary" data-size="sm" type="submit">${t.resolve}</button></form>`
    : '';
  return html`<li class="kommentar" id="kommentar-${comment.id}">${where}
${comment.suggestion !== undefined && comment.quote ? html`<p class="ds-paragraph" data-size="sm">${t.suggestion}:</p>${suggestedChange(comment.quote, comment.suggestion)}` : ''}
<p class="ds-paragraph">${comment.text}</p>
<p class="ds-paragraph" data-size="sm">${t.by(comment.author)}, <time datetime="${comment.created}">${comment.created.slice(0, 10)}</time></p>
<div class="kommentar-knapper">${goTo}${resolve}</div></li>`;
}

export function commentsPanel(context: PageContext, panel: CommentsPanel): Html {
  const t = context.t.editor.reviewComments;
  return html`<section class="kommentarer" id="kommentarer" aria-labelledby="kommentarer-overskrift">
<h2 class="ds-heading" data-size="sm" id="kommentarer-overskrift">${t.title}</h2>
${panel.resolved !== undefined ? html`<div class="ds-alert" data-color="success" role="status">${t.resolved}</div>` : ''}
${panel.comments.length === 0 ? html`<p class="ds-paragraph">${t.none}</p>` : html`<ol class="kommentarliste">${panel.comments.map((comment) => commentItem(context, panel, comment))}</ol>`}
<script type="module" src="${COMMENTS_SCRIPT}"></script>
</section>`;
}
