/** The editors' moderation page: each response with what the screens found marked in its text, and the decisions. */
import { type ConsultationResponse, type ScreenHit, screenFlags, screenText } from '@strategi/consultation';
import { formatMoment, type UiLang, ui } from '@strategi/i18n';
import { html } from 'hono/html';
import type { Editor } from '../editor-access.ts';
import { localPath } from '../lang.ts';
import { type Html, layout } from './layout.ts';
import { documentUrl } from './pages.ts';

export const MODERATION_PATH = '/redaksjon';
const decisionPath = (id: string) => `${MODERATION_PATH}/svar/${encodeURIComponent(id)}`;
export const INPUT_PATH = `${MODERATION_PATH}/innspill`;

/** An input round editors can choose: id and title. */
interface RoundChoice {
  id: string;
  title: string;
}

/** The text in pieces, each hit in a `<mark>` that says what it is (every piece escaped by `html`). */
function markedText(lang: UiLang, text: string, hits: readonly ScreenHit[]): Html {
  const m = ui(lang).consultation.moderation;
  const parts: Html[] = [];
  let at = 0;
  for (const hit of hits) {
    parts.push(html`${text.slice(at, hit.start)}`);
    parts.push(html`<mark class="flag" title="${m.screens[hit.screen]}">${hit.text}</mark><span class="visually-hidden"> (${m.screens[hit.screen]})</span>`);
    at = hit.end;
  }
  parts.push(html`${text.slice(at)}`);
  return html`${parts}`;
}

function responseItem(lang: UiLang, editor: Editor, response: ConsultationResponse, error: string | undefined, rounds: readonly RoundChoice[]): Html {
  const t = ui(lang);
  const m = t.consultation.moderation;
  const hits = screenText(response.text);
  const flags = screenFlags(hits);
  const id = `svar-${response.id}`;
  return html`<article class="moderated" id="${id}" aria-labelledby="${id}-h">
<h3 id="${id}-h">${response.name}${response.organisation ? html`, ${response.organisation}` : ''}</h3>
<p class="meta">${m.state[response.state]} · ${m.publication[response.publication]} · ${formatMoment(lang, response.createdAt)}${
    response.document
      ? html` · <a href="${localPath(documentUrl(response.version, response.document), lang)}">${response.document}</a>`
      : html` · ${t.consultation.service.wholeDraftTitle}`
  }</p>
${response.quote ? html`<blockquote class="quote">${response.quote.exact}</blockquote>` : ''}
${flags.length > 0 ? html`<p class="flags" role="note"><strong>${m.flagged}</strong> ${flags.map((flag) => m.screens[flag]).join(', ')}</p>` : ''}
<div class="response-text">${markedText(lang, response.text, hits)}</div>
${response.state === 'withheld' && response.withheldReason ? html`<p>${m.withheldBecause(response.withheldReason)}</p>` : ''}
${response.moderatedBy && response.moderatedAt ? html`<p class="meta">${m.decidedBy(response.moderatedBy, formatMoment(lang, response.moderatedAt))}</p>` : ''}
${response.publication === 'none' ? html`<p class="notice">${m.notPublicByChoice}</p>` : ''}
<form method="post" action="${decisionPath(response.id)}" class="decision">
<input type="hidden" name="_csrf" value="${editor.csrf}"><input type="hidden" name="lang" value="${lang}">
${error ? html`<p class="error" id="${id}-error" role="alert">${error}</p>` : ''}
<label for="${id}-reason">${m.reason}</label>
<textarea id="${id}-reason" name="begrunnelse" rows="2"${error ? html` aria-describedby="${id}-error" aria-invalid="true"` : ''}></textarea>
<div class="actions">
<button type="submit" name="handling" value="publish">${m.publish}</button>
<button type="submit" name="handling" value="publish-anonymised">${m.publishAnonymised}</button>
<button type="submit" name="handling" value="withhold" class="danger">${m.withhold}</button>
</div>
</form>
${
  response.inputId
    ? html`<p class="input">${m.becameInput(response.inputId)}</p>`
    : rounds.length > 0
      ? html`<form method="post" action="${INPUT_PATH}" class="to-input">
<input type="hidden" name="_csrf" value="${editor.csrf}"><input type="hidden" name="lang" value="${lang}"><input type="hidden" name="svar" value="${response.id}">
<label for="${id}-round">${m.round}</label>
<select id="${id}-round" name="runde">${rounds.map((round) => html`<option value="${round.id}">${round.id}: ${round.title}</option>`)}</select>
<button type="submit">${m.toInput}</button>
</form>`
      : ''
}
</article>`;
}

export interface ModerationPageOptions {
  lang: UiLang;
  editor: Editor;
  responses: readonly ConsultationResponse[];
  /** A decision that could not be made: the response and why. */
  error?: { id: string; message: string } | undefined;
  /** The content's input rounds, for turning a response into an input; none when the service has no content folder. */
  rounds?: readonly RoundChoice[];
  /** Responses withdrawn after they became inputs: the inputs still carry what they said. */
  withdrawnInputs?: readonly ConsultationResponse[];
}

/** The inputs whose responses were withdrawn, by id and withdrawal only: the withdrawn text is not shown again. */
function withdrawnSection(lang: UiLang, withdrawn: readonly ConsultationResponse[]): Html | '' {
  if (withdrawn.length === 0) return '';
  const m = ui(lang).consultation.moderation;
  return html`<section aria-labelledby="trukket" class="withdrawn-inputs"><h2 id="trukket">${m.withdrawnInputs(withdrawn.length)}</h2>
<p>${m.withdrawnInputsIntro}</p>
<ul>${withdrawn.map((response) => html`<li>${m.withdrawnInput(response.inputId ?? '', formatMoment(lang, response.withdrawnAt ?? response.updatedAt))}</li>`)}</ul>
</section>`;
}

export function moderationPage(options: ModerationPageOptions): Html {
  const { lang, editor } = options;
  const m = ui(lang).consultation.moderation;
  const waiting = options.responses.filter((response) => response.state === 'new');
  const decided = options.responses.filter((response) => response.state !== 'new');
  const list = (responses: readonly ConsultationResponse[]) =>
    responses.map((response) =>
      responseItem(lang, editor, response, options.error?.id === response.id ? options.error.message : undefined, options.rounds ?? []),
    );
  const body = html`<h1>${m.title}</h1>
<p>${m.intro(editor.name)}</p>
${withdrawnSection(lang, options.withdrawnInputs ?? [])}
<section aria-labelledby="nye"><h2 id="nye">${m.waiting(waiting.length)}</h2>${waiting.length === 0 ? html`<p>${m.noneWaiting}</p>` : list(waiting)}</section>
<section aria-labelledby="behandlet"><h2 id="behandlet">${m.decided(decided.length)}</h2>${list(decided)}</section>`;
  return layout({ lang, title: m.title, path: MODERATION_PATH, body });
}
