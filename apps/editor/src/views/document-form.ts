/**
 * The form of one document, drawn from the kind's generated configuration: references as pickers over the
 * documents that exist, closed lists as selects and checkboxes, lists of objects as rows, and each problem the
 * model finds shown on the field it concerns, with the catalogue's message and hint.
 */
import { type AnyDoc, type Corpus, documentHref, type ParsedFile, titleOf } from '@strategi/model';
import type { Problem } from '@strategi/problems';
import { type DocumentKind, documentKindNames, documentKinds } from '@strategi/schema';
import type { FieldConfig, KindConfig } from '../form-config.ts';
import { type Html, html } from '../html.ts';
import { fieldFor, placeOf } from '../problem-places.ts';
import { BODY_FIELD, inputName } from '../submission.ts';
import { withLabels } from './field-names.ts';
import { csrfField, type PageContext } from './layout.ts';
import { pickerList } from './pickers.ts';
import { previewPane } from './preview-pane.ts';
import { imageUpload, markdownToolbar } from './text-tools.ts';
import { webHint } from './web-hints.ts';

/** A document others can point at, as pickers show it. */
interface Choice {
  id: string;
  title: string;
  /** The title of its parent (a goal's focus area), which pickers list it under. */
  group?: string;
}
export type Choices = Readonly<Record<DocumentKind, readonly Choice[]>>;

/** The title of a document's parent, for kinds the registry places under one (a goal under its focus area). */
function parentTitle(corpus: Corpus, kind: DocumentKind, doc: AnyDoc): string | undefined {
  const parent = documentKinds[kind].trailParent;
  if (!parent || !('relation' in parent)) return undefined;
  const parentId = (doc.data as Record<string, unknown>)[parent.relation];
  const found = Object.values(corpus.working.index.byKind)
    .flat()
    .find((other) => (other as AnyDoc).id === parentId) as AnyDoc | undefined;
  return found ? choiceLabel({ id: found.id, title: titleOf(found) }) : undefined;
}

/** The documents of the working draft of every kind, for the pickers. */
export const choicesOf = (corpus: Corpus): Choices =>
  Object.fromEntries(
    documentKindNames.map((kind) => [
      kind,
      (corpus.working.index.byKind[kind] as AnyDoc[]).map((doc) => {
        const group = parentTitle(corpus, kind, doc);
        return { id: doc.id, title: titleOf(doc), ...(group ? { group } : {}) };
      }),
    ]),
  ) as unknown as Choices;

export interface DocumentFormInput {
  config: KindConfig;
  mode: 'edit' | 'new' | 'read-only';
  /** Where the form is sent. */
  action: string;
  id: string | undefined;
  /** The file, as problems name it. */
  display: string;
  /** The path inside the version folder, for body links (`tiltak/T-3.md`). */
  relative: string;
  hash: string | undefined;
  data: Readonly<Record<string, unknown>>;
  body: string;
  choices: Choices;
  problems: readonly Problem[];
  /** Where the problems' lines are: the text that was checked. */
  checked: Pick<ParsedFile, 'keys' | 'values' | 'bodyLine'> | undefined;
  notices: Html[];
  /** After a conflict: what was typed beside the file now, with a choice per field, inside the form. */
  conflict?: Html;
  /** The form shows what is not on disk (refused, in conflict, a link inserted): leaving it loses work. */
  unsaved?: boolean;
  /** The key of a browser draft that a save just made obsolete (a new document's, once created). */
  clearDraft?: string;
}

const domId = (path: string) => `felt-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
const asText = (value: unknown) => (value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

interface Render {
  context: PageContext;
  input: DocumentFormInput;
  /** Problems by the field path the form shows them on. */
  byField: Map<string, Problem[]>;
  disabled: boolean;
}

/** Every field path the form has an element for: top-level fields, group children, and each row's fields. */
function shownPaths(config: KindConfig, data: Readonly<Record<string, unknown>>): Set<string> {
  const paths = new Set<string>([BODY_FIELD]);
  for (const field of config.fields) {
    paths.add(field.name);
    if (field.widget === 'group') for (const child of field.fields ?? []) paths.add(`${field.name}.${child.name}`);
    if (field.widget === 'rows') {
      asList(data[field.name]).forEach((_, i) => {
        paths.add(`${field.name}.${i}`);
        for (const child of field.fields ?? []) paths.add(`${field.name}.${i}.${child.name}`);
      });
    }
  }
  return paths;
}

function problemMessages(problems: readonly Problem[] | undefined, id: string): Html {
  if (!problems?.length) return html``;
  return html`<div class="ds-validation-message" data-field="validation" id="${id}-feil">${problems.map(
    (problem) =>
      html`<p class="problem" data-rule="${problem.ruleId}" data-severity="${problem.severity}">${problem.message} <span class="hint">${problem.hint}</span></p>`,
  )}</div>`;
}

function describedBy(path: string, field: FieldConfig, problems: readonly Problem[] | undefined): string | undefined {
  const ids = [field.help ? `${domId(path)}-hjelp` : '', problems?.length ? `${domId(path)}-feil` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function labelText(render: Render, field: FieldConfig): Html {
  const { t, lang } = render.context;
  const label = field.label[lang];
  return html`${label.charAt(0).toUpperCase()}${label.slice(1)}${field.required ? html` <span class="pakrevd">${t.editor.requiredMark}</span>` : ''}`;
}

function help(field: FieldConfig, path: string): Html {
  return field.help ? html`<p class="ds-paragraph" data-field="description" id="${domId(path)}-hjelp">${field.help}</p>` : html``;
}

function choiceLabel(choice: Choice) {
  return choice.title === choice.id ? choice.id : `${choice.title} (${choice.id})`;
}

/** One field and its problems. */
function fieldHtml(render: Render, field: FieldConfig, path: string, value: unknown): Html {
  const name = inputName(path);
  const id = domId(path);
  const problems = render.byField.get(path);
  const invalid = problems?.some((problem) => problem.severity === 'error') ? html` aria-invalid="true"` : '';
  const described = describedBy(path, field, problems);
  const aria = html`${described ? html` aria-describedby="${described}"` : ''}${invalid}`;
  // Read-only forms: text can be read and copied, closed lists keep their look (the server refuses a save anyway).
  const readOnlyText = render.disabled ? html` readonly` : '';
  const disabled = render.disabled ? html` aria-readonly="true"` : '';
  const { t, lang } = render.context;
  // Short values (a number, a choice, a date) sit side by side where there is room.
  const narrow = ['number', 'select', 'reference', 'partial-date', 'day'].includes(field.widget) ? ' smalt' : '';
  const wrap = (control: Html) =>
    html`<div class="ds-field${narrow}" data-felt="${path}">${html`<label class="ds-label" for="${id}">${labelText(render, field)}</label>`}${help(field, path)}${control}${problemMessages(problems, id)}</div>`;
  const fieldset = (content: Html, extraClass?: string) =>
    html`<fieldset class="${['ds-fieldset', extraClass].filter(Boolean).join(' ')}" id="${id}" data-felt="${path}"${described ? html` aria-describedby="${described}"` : ''}><legend class="ds-label">${labelText(render, field)}</legend>${help(field, path)}${content}${problemMessages(problems, id)}</fieldset>`;

  switch (field.widget) {
    case 'id':
      if (render.input.mode === 'new' && render.input.config.idPrefix === undefined) {
        return html`<div class="ds-field" data-felt="${path}"><label class="ds-label" for="${id}">${labelText(render, field)}</label><p class="ds-paragraph" data-field="description" id="${id}-hjelp">${t.editor.idTyped} ${field.help}</p><input class="ds-input" type="text" id="${id}" name="nytt-id" value="${asText(value)}" placeholder="${render.input.config.idExample}" aria-describedby="${id}-hjelp${problems?.length ? ` ${id}-feil` : ''}"${invalid}>${problemMessages(problems, id)}</div>`;
      }
      return html`<div class="ds-field id-felt" data-felt="${path}"><p class="ds-label" id="${id}">${labelText(render, { ...field, required: false })}</p><p class="ds-paragraph id-verdi">${asText(value) || (render.input.config.idPrefix ? t.editor.idGiven : '')}</p></div>`;
    case 'text':
    case 'url':
    case 'number':
    case 'partial-date':
    case 'day': {
      const type = field.widget === 'url' ? 'url' : 'text';
      const date = field.widget === 'partial-date' || field.widget === 'day';
      const mode = field.widget === 'number' ? html` inputmode="decimal"` : date ? html` inputmode="numeric"` : '';
      // A grey year in an empty date field looks filled in: dates and numbers say their form in a hint instead.
      const placeholder = field.example && !date && field.widget !== 'number' ? html` placeholder="${field.example}"` : '';
      if (!date)
        return wrap(
          html`<input class="ds-input" type="${type}" id="${id}" name="${name}" value="${asText(value)}"${mode}${placeholder}${aria}${readOnlyText}>`,
        );
      const format = `${id}-format`;
      const pattern = field.widget === 'day' ? '[0-9]{4}-[0-9]{2}-[0-9]{2}' : '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?';
      // The schema's help says the form already where it has one; otherwise the editor's hint does.
      const hint = field.help
        ? help(field, path)
        : html`<p class="ds-paragraph" data-field="description" id="${format}">${field.widget === 'day' ? t.editor.forms.dayHelp : t.editor.forms.partialDateHelp}</p>`;
      return html`<div class="ds-field${narrow}" data-felt="${path}"><label class="ds-label" for="${id}">${labelText(render, field)}</label>${hint}<input class="ds-input dato" type="text" id="${id}" name="${name}" value="${asText(value)}" inputmode="numeric" pattern="${pattern}" autocomplete="off" aria-describedby="${field.help ? (described ?? '') : [format, described ?? ''].join(' ').trim()}"${invalid}${readOnlyText}>${problemMessages(problems, id)}</div>`;
    }
    case 'textarea':
      return wrap(html`<textarea class="ds-input" id="${id}" name="${name}" rows="3"${aria}${readOnlyText}>\n${asText(value)}</textarea>`);
    case 'boolean':
      return html`<div class="ds-field avkrysning" data-felt="${path}"><input class="ds-input" type="checkbox" id="${id}" name="${name}" value="true"${value === true ? html` checked` : ''}${aria}${disabled}><label class="ds-label" for="${id}">${labelText(render, field)}</label>${help(field, path)}${problemMessages(problems, id)}</div>`;
    case 'select': {
      const current = asText(value);
      const known = field.options?.some((option) => option.value === current);
      return wrap(
        html`<select class="ds-input" id="${id}" name="${name}"${aria}${disabled}>${field.required && known ? '' : html`<option value="">${t.editor.none}</option>`}${
          current && !known ? html`<option value="${current}" selected>${current}</option>` : ''
        }${(field.options ?? []).map((option) => html`<option value="${option.value}"${option.value === current ? html` selected` : ''}>${option.label[lang]}</option>`)}</select>`,
      );
    }
    case 'reference': {
      const current = asText(value);
      const choices = render.input.choices[field.target!];
      const known = choices.some((choice) => choice.id === current);
      return wrap(
        html`<select class="ds-input" id="${id}" name="${name}"${aria}${disabled}><option value="">${t.editor.none}</option>${
          current && !known ? html`<option value="${current}" selected>${current}</option>` : ''
        }${choices.map((choice) => html`<option value="${choice.id}"${choice.id === current ? html` selected` : ''}>${choiceLabel(choice)}</option>`)}</select>`,
      );
    }
    case 'example': {
      const selected = value === true ? ['true'] : asList(value).map(asText);
      const options = (field.options ?? []).map((option) => ({ value: option.value, label: option.label[lang] }));
      return fieldset(
        html`<div class="valg">${options.map(
          (option, i) =>
            html`<div class="ds-field avkrysning"><input class="ds-input" type="checkbox" id="${id}-${i}" name="${name}" value="${option.value}"${selected.includes(option.value) ? html` checked` : ''}${disabled}><label class="ds-label" for="${id}-${i}">${option.label}</label></div>`,
        )}</div>`,
      );
    }
    case 'references': {
      const selected = asList(value).map(asText);
      const choices = render.input.choices[field.target!].map((choice) => ({
        value: choice.id,
        label: choiceLabel(choice),
        ...(choice.group ? { group: choice.group } : {}),
      }));
      const unknown = selected.filter((value) => !choices.some((choice) => choice.value === value)).map((value) => ({ value, label: value }));
      const label = field.label[lang];
      const words = t.editor.forms;
      return fieldset(
        pickerList({
          id,
          name,
          choices: [...unknown, ...choices],
          selected,
          disabled: render.disabled,
          words: {
            search: words.pickerSearch(label),
            chosen: words.pickerChosen(label),
            matches: [words.pickerMatches(0), words.pickerMatches(1), words.pickerMatches(1000).replace('1000', '{n}')],
            remove: words.pickerRemove('{navn}'),
          },
        }),
      );
    }
    case 'checkboxes': {
      const selected = asList(value).map(asText);
      const options = (field.options ?? []).map((option) => ({ value: option.value, label: option.label[lang] }));
      const unknown = selected.filter((value) => !options.some((option) => option.value === value)).map((value) => ({ value, label: value }));
      return fieldset(
        html`<div class="valg">${[...unknown, ...options].map(
          (option, i) =>
            html`<div class="ds-field avkrysning"><input class="ds-input" type="checkbox" id="${id}-${i}" name="${name}" value="${option.value}"${selected.includes(option.value) ? html` checked` : ''}${disabled}><label class="ds-label" for="${id}-${i}">${option.label}</label></div>`,
        )}</div>`,
      );
    }
    case 'list':
      return wrap(
        html`<textarea class="ds-input" id="${id}" name="${name}" rows="2"${aria}${readOnlyText}>\n${asList(value).map(asText).join('\n')}</textarea><p class="ds-paragraph" data-field="description">${t.editor.listHelp}</p>`,
      );
    case 'group': {
      const data = asRecord(value);
      return fieldset(html`${(field.fields ?? []).map((child) => fieldHtml(render, child, `${path}.${child.name}`, data[child.name]))}`, 'gruppe');
    }
    case 'rows': {
      const rows = asList(value);
      const count = rows.length + (render.disabled ? 0 : 1);
      const rowHtml = (row: unknown, i: number) => {
        const data = asRecord(row);
        const isNew = i === rows.length;
        const rowPath = `${path}.${i}`;
        return html`<fieldset class="ds-fieldset rad" data-felt="${rowPath}" id="${domId(rowPath)}"><legend class="ds-label">${isNew ? t.editor.newRow : t.editor.row(i + 1)}</legend>${(
          field.fields ?? []
        ).map((child) =>
          fieldHtml(render, child, `${rowPath}.${child.name}`, data[child.name]),
        )}${problemMessages(render.byField.get(rowPath), domId(rowPath))}${
          isNew || render.disabled
            ? ''
            : html`<div class="ds-field avkrysning"><input class="ds-input" type="checkbox" id="${domId(rowPath)}-fjern" name="${name}.${i}.remove" value="true"><label class="ds-label" for="${domId(rowPath)}-fjern">${t.editor.removeRow}</label></div>`
        }</fieldset>`;
      };
      return fieldset(
        html`<input type="hidden" name="${name}.count" value="${count}">${Array.from({ length: count }, (_, i) => rowHtml(rows[i], i))}`,
        'rader',
      );
    }
  }
}

/** The document picker for links in the body: every document of the working draft, by kind, in the canonical link form. */
function linkPicker(render: Render): Html {
  const { t, lang } = render.context;
  const from = render.input.relative;
  return html`<fieldset class="ds-fieldset lenkevelger" data-lenke-til="${domId(BODY_FIELD)}"><legend class="ds-label">${t.editor.linkLegend}</legend>
<div class="ds-field"><label class="ds-label" for="lenke-dokument">${t.editor.linkDocument}</label><select class="ds-input" id="lenke-dokument" name="lenke-dokument">${documentKindNames.map(
    (kind) =>
      html`<optgroup label="${documentKinds[kind].words[lang].plural}">${render.input.choices[kind].map(
        (choice) =>
          html`<option value="${kind}:${choice.id}" data-href="${documentHref(from, kind, choice.id)}" data-title="${choice.title}">${choiceLabel(choice)}</option>`,
      )}</optgroup>`,
  )}</select></div>
<div class="ds-field"><label class="ds-label" for="lenke-tekst">${t.editor.linkText}</label><p class="ds-paragraph" data-field="description" id="lenke-tekst-hjelp">${t.editor.linkTextHelp}</p><input class="ds-input" type="text" id="lenke-tekst" name="lenke-tekst" aria-describedby="lenke-tekst-hjelp"></div>
<button class="ds-button" data-variant="secondary" type="submit" name="handling" value="lenke" id="sett-inn-lenke">${t.editor.linkButton}</button>
</fieldset>`;
}

export function documentForm(context: PageContext, given: DocumentFormInput): Html {
  const { t } = context;
  // The form's own problems name its fields by their labels, as the form does; no hint sends the editor to a terminal.
  const say = (text: string) => withLabels(text, given.config.fields, context.lang);
  const input = {
    ...given,
    problems: given.problems.map((problem) =>
      problem.file === given.display
        ? { ...problem, message: say(problem.message), hint: webHint(say(problem.hint)) }
        : { ...problem, hint: webHint(problem.hint) },
    ),
  };
  const shown = shownPaths(input.config, input.data);
  const byField = new Map<string, Problem[]>();
  const general: Problem[] = [];
  const elsewhere: Problem[] = [];
  for (const problem of input.problems) {
    if (problem.file !== input.display) {
      elsewhere.push(problem);
      continue;
    }
    const place = input.checked ? placeOf(problem, input.checked) : undefined;
    const field = place ? fieldFor(place, shown) : undefined;
    if (field) byField.set(field, [...(byField.get(field) ?? []), problem]);
    else general.push(problem);
  }
  const disabled = input.mode === 'read-only' || !context.canEdit;
  const render: Render = { context, input, byField, disabled };
  const errors = input.problems.filter((problem) => problem.severity === 'error');
  const summaryItem = (problem: Problem) => {
    const place = problem.file === input.display && input.checked ? placeOf(problem, input.checked) : undefined;
    const field = place ? fieldFor(place, shown) : undefined;
    const where = problem.file === input.display ? '' : `${problem.file}:${problem.line}:${problem.column}: `;
    return html`<li>${field ? html`<a class="ds-link" href="#${domId(field)}">${problem.message}</a>` : html`${where}${problem.message} <span class="hint">${problem.hint}</span>`}</li>`;
  };
  const summary = errors.length
    ? html`<div class="ds-error-summary" id="feiloversikt" tabindex="-1" aria-labelledby="feiloversikt-tittel"><h2 class="ds-heading" data-size="xs" id="feiloversikt-tittel">${t.editor.problemsHeading}</h2><ul>${errors.map(summaryItem)}</ul></div>`
    : html``;
  const warnings = input.problems.filter((problem) => problem.severity === 'warning' && (problem.file !== input.display || !byField.size));
  const bodyId = domId(BODY_FIELD);
  // The browser checks the spelling in the document's own language, not the editor's.
  const textLang = typeof input.data['lang'] === 'string' ? input.data['lang'] : 'nb';
  const body = input.config.fields.length
    ? html`<div class="ds-field" data-felt="${BODY_FIELD}"><label class="ds-label" for="${bodyId}">${t.editor.body}</label><p class="ds-paragraph" data-field="description" id="${bodyId}-hjelp">${t.editor.bodyHelp}</p>${
        disabled ? '' : markdownToolbar(context, bodyId)
      }<textarea class="ds-input tekst" id="${bodyId}" name="${BODY_FIELD}" rows="8" lang="${textLang}" spellcheck="true" aria-describedby="${bodyId}-hjelp${byField.has(BODY_FIELD) ? ` ${bodyId}-feil` : ''}"${disabled ? html` readonly` : ''}>\n${input.body}</textarea>${problemMessages(byField.get(BODY_FIELD), bodyId)}</div>`
    : html``;
  return html`${input.notices}${summary}${
    general.length || elsewhere.length || warnings.length
      ? html`<div class="ds-alert" data-color="${general.some((p) => p.severity === 'error') || elsewhere.some((p) => p.severity === 'error') ? 'danger' : 'warning'}"><ul class="problemliste">${[
          ...general,
          ...elsewhere,
          ...warnings.filter((problem) => !general.includes(problem) && !elsewhere.includes(problem)),
        ].map(
          (problem) =>
            html`<li data-rule="${problem.ruleId}">${problem.file === input.display ? '' : `${problem.file}:${problem.line}:${problem.column}: `}${problem.message} <span class="hint">${problem.hint}</span></li>`,
        )}</ul></div>`
      : ''
  }
${input.display ? html`<p class="ds-paragraph fil">${t.editor.file}: <code>${input.display}</code></p>` : ''}
<form method="post" action="${input.action}" novalidate class="dokumentskjema"${disabled ? '' : draftAttributes(input)}>
${csrfField(context)}${input.hash ? html`<input type="hidden" name="hash" value="${input.hash}">` : ''}
${input.conflict ?? ''}
${fieldGroups(render)}
${body}
${disabled || !input.config.fields.length ? '' : previewPane(context, { path: input.relative })}
${disabled ? '' : linkPicker(render)}
${disabled ? '' : html`<div class="knapper"><button class="ds-button" data-variant="primary" type="submit" name="handling" value="lagre">${t.editor.save}</button></div>`}
</form>${disabled || !input.config.fields.length ? '' : imageUpload(context, input.relative, input.action, bodyId)}${disabled ? '' : draftTemplate(context)}`;
}

const filled = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/**
 * The fields in two groups: what must be filled in, and the rest in a `<details>` — folded away on a new document
 * until one of them has a value or a problem, so nothing written or wrong is ever hidden.
 */
function fieldGroups(render: Render): Html {
  const { t } = render.context;
  const { input } = render;
  const shown = input.config.fields.filter((field) => !field.deprecated);
  const main = shown.filter((field) => field.required || field.widget === 'id' || input.config.asked.includes(field.name));
  const optional = shown.filter((field) => !main.includes(field));
  const draw = (field: FieldConfig) => fieldHtml(render, field, field.name, input.data[field.name]);
  // A document being edited shows all its fields; a new one folds away what it need not state.
  const used =
    input.mode !== 'new' ||
    optional.some(
      (field) => filled(input.data[field.name]) || [...render.byField.keys()].some((path) => path === field.name || path.startsWith(`${field.name}.`)),
    );
  const words = t.editor.forms;
  return html`<fieldset class="ds-fieldset feltgruppe"><legend class="ds-heading" data-size="xs">${words.requiredGroup}</legend>${main.map(draw)}</fieldset>${
    optional.length
      ? html`<details class="ds-details feltgruppe"${used ? html` open` : ''}><summary>${used ? words.optionalGroupFilled : words.optionalGroup}</summary><div class="feltgruppe-innhold">${optional.map(draw)}</div></details>`
      : ''
  }`;
}

/**
 * What the browser's draft keeping needs (public/redigering.js): the draft's key (the document, or a new one of a
 * kind), the hash of the file the form was opened with, whether the form already holds unsaved work, and whether a
 * save just made a draft obsolete.
 */
function draftAttributes(input: DocumentFormInput): Html {
  const key = input.mode === 'new' ? `ny/${input.config.kind}` : `${input.config.kind}/${input.id}`;
  const unsaved = input.unsaved ?? (input.mode === 'new' && input.problems.some((problem) => problem.severity === 'error'));
  return html` data-utkast="${key}" data-utkast-hash="${input.hash ?? ''}"${unsaved ? html` data-ulagret` : ''}${input.conflict ? html` data-i-konflikt` : ''}${
    input.clearDraft ? html` data-utkast-ferdig="${input.clearDraft}"` : ''
  }`;
}

/** The offer to restore a draft kept in the browser, in the page's language; the script fills in the time. */
function draftTemplate(context: PageContext): Html {
  const { t } = context;
  return html`<template id="utkast-mal"><div class="ds-alert utkast" data-color="info" role="status"><p class="ds-paragraph">${t.editor.draftFound}</p><p class="ds-paragraph utkast-endret" hidden>${t.editor.draftFileChanged}</p><div class="knapper"><button class="ds-button" data-variant="primary" type="button" data-utkast-handling="gjenopprett">${t.editor.draftRestore} <time></time></button><button class="ds-button" data-variant="secondary" type="button" data-utkast-handling="forkast">${t.editor.draftDiscard}</button></div></div></template><template id="forlat-mal">${t.editor.leaveWarning}</template>`;
}
