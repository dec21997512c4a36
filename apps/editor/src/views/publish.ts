/** Releasing a version and building the preview, through the model's release function and the site's preview build. */
import { vocabularies } from '@strategi/schema';
import { type Html, html } from '../html.ts';
import { csrfField, type PageContext } from './layout.ts';

export interface PreviewState {
  state: 'idle' | 'running' | 'done' | 'failed';
  output: string;
}

export function publishView(context: PageContext, preview: PreviewState, options: { notices: Html[]; today: string; values?: Record<string, string> }): Html {
  const { t, lang } = context;
  const values = options.values ?? {};
  const statuses = vocabularies.versionStatus.values.filter((status) => status !== 'erstattet');
  const field = (id: string, label: string, helpText: string | undefined, control: Html) =>
    html`<div class="ds-field"><label class="ds-label" for="${id}">${label}</label>${helpText ? html`<p class="ds-paragraph" data-field="description" id="${id}-hjelp">${helpText}</p>` : ''}${control}</div>`;
  const previewNotice =
    preview.state === 'running'
      ? html`<div class="ds-alert" data-color="info" role="status">${t.editor.previewRunning}</div>`
      : preview.state === 'done'
        ? html`<div class="ds-alert" data-color="success" role="status">${t.editor.previewDone}</div>`
        : preview.state === 'failed'
          ? html`<div class="ds-alert" data-color="danger"><p class="ds-paragraph">${t.editor.previewFailed}</p><pre>${preview.output}</pre></div>`
          : html``;
  const disabled = context.canEdit ? '' : html` disabled`;
  return html`<h1 class="ds-heading" data-size="lg">${t.editor.publish}</h1>
${options.notices}
<section aria-labelledby="frigi"><h2 class="ds-heading" data-size="sm" id="frigi">${t.editor.releaseHeading}</h2>
<p class="ds-paragraph">${t.editor.releaseIntro}</p>
<form method="post" action="/frigi" novalidate>${csrfField(context)}<fieldset class="ds-fieldset"${disabled}><legend class="ds-sr-only">${t.editor.releaseHeading}</legend>
${field('versjon-id', t.editor.releaseId, t.editor.releaseIdHelp, html`<input class="ds-input" type="text" id="versjon-id" name="id" value="${values['id'] ?? ''}" aria-describedby="versjon-id-hjelp">`)}
${field(
  'versjon-status',
  t.editor.releaseStatus,
  undefined,
  html`<select class="ds-input" id="versjon-status" name="status">${statuses.map(
    (status) =>
      html`<option value="${status}"${values['status'] === status ? html` selected` : ''}>${vocabularies.versionStatus.labels[status][lang]}</option>`,
  )}</select>`,
)}
${field('versjon-navn', t.editor.releaseLabel, t.editor.releaseLabelHelp, html`<input class="ds-input" type="text" id="versjon-navn" name="label" value="${values['label'] ?? ''}" aria-describedby="versjon-navn-hjelp">`)}
${field('versjon-dato', t.editor.releaseDate, undefined, html`<input class="ds-input" type="text" inputmode="numeric" id="versjon-dato" name="date" value="${values['date'] ?? options.today}">`)}
${field('versjon-notat', t.editor.releaseNotes, undefined, html`<textarea class="ds-input" id="versjon-notat" name="notes" rows="4">\n${values['notes'] ?? ''}</textarea>`)}
<button class="ds-button" data-variant="primary" type="submit">${t.editor.releaseButton}</button></fieldset></form></section>
<section aria-labelledby="forhandsvis"><h2 class="ds-heading" data-size="sm" id="forhandsvis">${t.editor.previewHeading}</h2>
<p class="ds-paragraph">${t.editor.previewIntro}</p>${previewNotice}
<form method="post" action="/forhandsvis">${csrfField(context)}<button class="ds-button" data-variant="secondary" type="submit"${disabled}${preview.state === 'running' ? html` disabled` : ''}>${t.editor.previewButton}</button></form></section>`;
}
