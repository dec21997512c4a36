/**
 * The release page: what a release would freeze, the draft's warnings, the form, the confirmation that repeats what
 * will happen, the releases that can still be undone, and the preview build with a link to the built preview.
 */
import type { Problem } from '@strategi/problems';
import { documentKinds, fieldLabel, vocabularies } from '@strategi/schema';
import { type Html, html } from '../html.ts';
import { type Freezing, RELEASE_FIELDS, type ReleaseIssue, type ReleaseValues, releasableStatuses } from '../release-flow.ts';
import { csrfField, type PageContext } from './layout.ts';

export interface PreviewState {
  state: 'idle' | 'running' | 'done' | 'failed';
  output: string;
  durationMs?: number | undefined;
  /** The folder of a finished build; the link to the built preview is shown only then. */
  folder?: string | undefined;
}

/** The path the editor serves the built preview under (routes/built-preview.ts). */
export const BUILT_PREVIEW_PATH = '/forhandsvisning/';

/** A problem, with a link to the document it is in when that document is in the working draft. */
export interface PlacedProblem {
  problem: Problem;
  href: string | undefined;
}

export interface PublishPage {
  notices: Html[];
  today: string;
  freezing: Freezing;
  warnings: PlacedProblem[];
  undoable: { id: string; label: string }[];
  values?: ReleaseValues | undefined;
  issues?: ReleaseIssue[];
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export const problemList = (problems: readonly PlacedProblem[]) =>
  html`<ul class="problemliste">${problems.map(({ problem, href }) => {
    const place = problem.file ? `${problem.file}:${problem.line}:${problem.column}` : '';
    return html`<li>${place ? (href ? html`<a class="ds-link" href="${href}">${place}</a>: ` : `${place}: `) : ''}${problem.message} <span class="hint">${problem.hint}</span></li>`;
  })}</ul>`;

export function publishView(context: PageContext, preview: PreviewState, options: PublishPage): Html {
  const { t } = context;
  return html`<h1 class="ds-heading" data-size="lg">${t.editor.publish}</h1>
${options.notices}
${freezingSection(context, options)}
${undoSection(context, options.undoable)}
${releaseForm(context, options)}
${previewSection(context, preview)}`;
}

function freezingSection(context: PageContext, { freezing, warnings }: PublishPage): Html {
  const { t, lang } = context;
  const flow = t.editor.releaseFlow;
  return html`<section aria-labelledby="fryses"><h2 class="ds-heading" data-size="sm" id="fryses">${flow.freezingHeading}</h2>
<p class="ds-paragraph">${flow.freezingIntro(freezing.files)}</p>
<table class="ds-table" data-size="sm"><thead><tr><th scope="col">${flow.kind}</th><th scope="col">${flow.count}</th></tr></thead>
<tbody>${freezing.byKind.map(({ kind, count }) => html`<tr><td>${capitalised(documentKinds[kind].words[lang].plural)}</td><td>${count}</td></tr>`)}</tbody></table>
<h3 class="ds-heading" data-size="xs" id="advarsler">${flow.warningsHeading} (${freezing.warnings.length})</h3>
${
  freezing.warnings.length === 0
    ? html`<p class="ds-paragraph">${flow.noWarnings}</p>`
    : html`<p class="ds-paragraph">${flow.warningsIntro}</p>${problemList(warnings)}`
}</section>`;
}

function undoSection(context: PageContext, undoable: PublishPage['undoable']): Html {
  if (undoable.length === 0) return html``;
  const flow = context.t.editor.releaseFlow;
  const disabled = context.canEdit ? '' : html` disabled`;
  return html`<section aria-labelledby="angre"><h2 class="ds-heading" data-size="sm" id="angre">${flow.undoHeading}</h2>
<p class="ds-paragraph">${flow.undoIntro}</p>
<ul class="dokumentliste">${undoable.map(
    ({ id, label }) =>
      html`<li><form method="post" action="/frigi/angre">${csrfField(context)}<input type="hidden" name="id" value="${id}"><span>${label} (${id})</span> <button class="ds-button" data-variant="secondary" data-size="sm" type="submit"${disabled}>${flow.undoButton(id)}</button></form></li>`,
  )}</ul></section>`;
}

const field = (id: string, label: string, helpText: string | undefined, control: Html) =>
  html`<div class="ds-field"><label class="ds-label" for="${id}">${label}</label>${helpText ? html`<p class="ds-paragraph" data-field="description" id="${id}-hjelp">${helpText}</p>` : ''}${control}</div>`;

const described = (id: string, helpText: string | undefined) => (helpText ? html` aria-describedby="${id}-hjelp"` : '');

function releaseForm(context: PageContext, options: PublishPage): Html {
  const { t, lang } = context;
  const flow = t.editor.releaseFlow;
  const values: Partial<ReleaseValues> = options.values ?? {};
  const text = (id: string, name: keyof ReleaseValues, label: string, helpText: string | undefined, extra: Html | string = '') =>
    field(
      id,
      label,
      helpText,
      html`<input class="ds-input" type="text" id="${id}" name="${name}" value="${values[name] ?? ''}"${described(id, helpText)}${extra}>`,
    );
  const select = (id: string, name: keyof ReleaseValues, label: string, helpText: string | undefined, choices: readonly { value: string; label: string }[]) =>
    field(
      id,
      label,
      helpText,
      html`<select class="ds-input" id="${id}" name="${name}"${described(id, helpText)}>${choices.map(
        (choice) => html`<option value="${choice.value}"${values[name] === choice.value ? html` selected` : ''}>${choice.label}</option>`,
      )}</select>`,
    );
  const disabled = context.canEdit ? '' : html` disabled`;
  const issues = options.issues ?? [];
  return html`<section aria-labelledby="frigi"><h2 class="ds-heading" data-size="sm" id="frigi">${t.editor.releaseHeading}</h2>
<p class="ds-paragraph">${t.editor.releaseIntro}</p>
${issues.length > 0 ? html`<div class="ds-alert" data-color="danger" role="alert"><p class="ds-paragraph">${flow.refused}</p><ul>${issues.map((issue) => html`<li>${flow[issue]}</li>`)}</ul></div>` : ''}
<form method="post" action="/frigi" novalidate>${csrfField(context)}<fieldset class="ds-fieldset"${disabled}><legend class="ds-sr-only">${t.editor.releaseHeading}</legend>
${text('versjon-id', 'id', t.editor.releaseId, t.editor.releaseIdHelp)}
${select(
  'versjon-status',
  'status',
  t.editor.releaseStatus,
  undefined,
  releasableStatuses.map((status) => ({ value: status, label: vocabularies.versionStatus.labels[status][lang] })),
)}
${text('versjon-navn', 'label', t.editor.releaseLabel, t.editor.releaseLabelHelp)}
${field('versjon-dato', t.editor.releaseDate, flow.dateHelp, html`<input class="ds-input" type="text" inputmode="numeric" id="versjon-dato" name="date" value="${values.date ?? options.today}" aria-describedby="versjon-dato-hjelp">`)}
${select(
  'versjon-endring',
  'change',
  flow.changeKind,
  flow.changeKindHelp,
  vocabularies.changeKind.values.map((change) => ({ value: change, label: capitalised(vocabularies.changeKind.labels[change][lang]) })),
)}
${field('versjon-endringsnotat', capitalised(fieldLabel('changeNote', lang) ?? flow.changeNote), `${flow.changeNote} ${flow.changeNoteHelp}`, html`<textarea class="ds-input" id="versjon-endringsnotat" name="changeNote" rows="2" aria-describedby="versjon-endringsnotat-hjelp">\n${values.changeNote ?? ''}</textarea>`)}
<fieldset class="ds-fieldset"><legend class="ds-label">${flow.consultationLegend}</legend><p class="ds-paragraph" data-field="description">${flow.consultationHelp}</p>
${field('versjon-horingsfrist', flow.consultationDeadline, undefined, html`<input class="ds-input" type="text" inputmode="numeric" id="versjon-horingsfrist" name="consultationDeadline" value="${values.consultationDeadline ?? ''}">`)}
${text('versjon-horingsadresse', 'consultationUrl', flow.consultationUrl, flow.consultationUrlHelp, html` inputmode="url"`)}
${text('versjon-horingsbegrunnelse', 'consultationReason', flow.consultationReason, flow.consultationReasonHelp)}
</fieldset>
${field('versjon-publiseres', flow.publishAt, flow.publishAtHelp, html`<input class="ds-input" type="datetime-local" id="versjon-publiseres" name="publishAt" value="${values.publishAt ?? ''}" aria-describedby="versjon-publiseres-hjelp">`)}
${field('versjon-notat', flow.notes, flow.notesHelp, html`<textarea class="ds-input" id="versjon-notat" name="notes" rows="4" aria-describedby="versjon-notat-hjelp">\n${values.notes ?? ''}</textarea>`)}
<button class="ds-button" data-variant="primary" type="submit">${flow.continue}</button></fieldset></form></section>`;
}

/** The confirmation: what will happen, in words, and the form's values carried on as hidden fields. */
export function confirmView(context: PageContext, values: ReleaseValues, freezing: { files: number; warnings: PlacedProblem[] }): Html {
  const { t, lang } = context;
  const flow = t.editor.releaseFlow;
  const hidden = RELEASE_FIELDS.map((name) => html`<input type="hidden" name="${name}" value="${values[name]}">`);
  const row = (label: string, value: string) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : '');
  const status = (releasableStatuses as readonly string[]).includes(values.status)
    ? vocabularies.versionStatus.labels[values.status as 'utkast'][lang]
    : values.status;
  const change = values.change === 'vesentlig' || values.change === 'mindre' ? vocabularies.changeKind.labels[values.change][lang] : values.change;
  return html`<h1 class="ds-heading" data-size="lg">${flow.confirmHeading}</h1>
<div class="ds-alert" data-color="warning" role="alert"><p class="ds-paragraph">${flow.confirmFreezes(freezing.files, values.id)} ${
    freezing.warnings.length > 0 ? flow.confirmWarnings(freezing.warnings.length) : flow.noWarnings
  }</p><p class="ds-paragraph">${flow.confirmFinal}</p></div>
<dl class="sammendrag">${row(t.editor.releaseId, values.id)}${row(t.editor.releaseStatus, status)}${row(t.editor.releaseLabel, values.label || values.id)}${row(t.editor.releaseDate, values.date)}${row(
    flow.changeKind,
    change,
  )}${row(capitalised(fieldLabel('changeNote', lang) ?? flow.changeNote), values.changeNote)}${row(flow.consultationDeadline, values.consultationDeadline)}${row(flow.consultationUrl, values.consultationUrl)}${row(flow.consultationReason, values.consultationReason)}${row(
    flow.publishAt,
    values.publishAt,
  )}${row(flow.notes, values.notes)}</dl>
${freezing.warnings.length > 0 ? html`<h2 class="ds-heading" data-size="sm">${flow.warningsHeading} (${freezing.warnings.length})</h2>${problemList(freezing.warnings)}` : ''}
<form method="post" action="/frigi">${csrfField(context)}${hidden}<input type="hidden" name="filer" value="${freezing.files}">
<div class="knapper"><button class="ds-button" data-variant="primary" type="submit" name="steg" value="frigi">${t.editor.releaseButton}</button>
<button class="ds-button" data-variant="secondary" type="submit" name="steg" value="tilbake">${flow.back}</button></div></form>`;
}

function previewSection(context: PageContext, preview: PreviewState): Html {
  const { t } = context;
  const flow = t.editor.releaseFlow;
  const took =
    preview.durationMs === undefined
      ? ''
      : ` ${flow.previewTook((preview.durationMs / 1000).toLocaleString(context.lang === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 }))}`;
  const previewNotice =
    preview.state === 'running'
      ? html`<div class="ds-alert" data-color="info" role="status">${t.editor.previewRunning}</div>`
      : preview.state === 'done'
        ? html`<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">${t.editor.previewDone}${took}</p>${
            preview.folder ? html`<p class="ds-paragraph"><a class="ds-link" href="${BUILT_PREVIEW_PATH}">${flow.openPreview}</a></p>` : ''
          }</div>`
        : preview.state === 'failed'
          ? html`<div class="ds-alert" data-color="danger"><p class="ds-paragraph">${t.editor.previewFailed}${took}</p><pre>${preview.output}</pre></div>`
          : html``;
  const disabled = context.canEdit ? '' : html` disabled`;
  return html`<section aria-labelledby="forhandsvis"><h2 class="ds-heading" data-size="sm" id="forhandsvis">${t.editor.previewHeading}</h2>
<p class="ds-paragraph">${t.editor.previewIntro}</p>${previewNotice}
<form method="post" action="/forhandsvis">${csrfField(context)}<button class="ds-button" data-variant="secondary" type="submit"${disabled}${preview.state === 'running' ? html` disabled` : ''}>${t.editor.previewButton}</button></form></section>`;
}
