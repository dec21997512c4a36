/**
 * A conflict shown inside the form: for each field both sides changed, what the editor typed beside what the file
 * says now, and a choice of which one to save (the form's field, typed or merged by hand, or the file's value); the
 * body paragraph by paragraph with the model's word diff.
 */
import { diffParagraphs, type ParagraphChange } from '@strategi/model/diff';
import { type Conflicts, choiceName, TAKE_FILE } from './drafts-conflict.ts';
import type { FieldConfig, KindConfig } from './form-config.ts';
import { type Html, html } from './html.ts';
import { BODY_FIELD } from './submission.ts';
import type { PageContext } from './views/layout.ts';

export interface ConflictInput {
  config: KindConfig;
  conflicts: Conflicts;
  typed: { data: Readonly<Record<string, unknown>>; body: string };
  current: { data: Readonly<Record<string, unknown>>; body: string };
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A value as a line of text: lists joined, an object's fields named. */
function valueText(field: FieldConfig, value: unknown, lang: PageContext['lang']): string {
  if (Array.isArray(value)) return value.map((item) => valueText(field, item, lang)).join(field.widget === 'rows' ? ' · ' : ', ');
  if (typeof value === 'object' && value !== null)
    return Object.entries(value)
      .map(([key, inner]) => `${field.fields?.find((child) => child.name === key)?.label[lang] ?? key}: ${valueText(field, inner, lang)}`)
      .join('; ');
  const option = field.options?.find((candidate) => candidate.value === String(value));
  return option ? option.label[lang] : String(value);
}

function shown(context: PageContext, field: FieldConfig, value: unknown): Html {
  return isEmpty(value) ? html`<em>${context.t.editor.conflictEmpty}</em>` : html`${valueText(field, value, context.lang)}`;
}

/** The two choices for one field (or the body), the form's value first and chosen. */
function choices(context: PageContext, name: string): Html {
  const id = `konflikt-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;
  return html`<div class="ds-field avkrysning"><input class="ds-input" type="radio" id="${id}-skjema" name="${choiceName(name)}" value="skjema" checked><label class="ds-label" for="${id}-skjema">${context.t.editor.conflictKeep}</label></div>
<div class="ds-field avkrysning"><input class="ds-input" type="radio" id="${id}-fil" name="${choiceName(name)}" value="${TAKE_FILE}"><label class="ds-label" for="${id}-fil">${context.t.editor.conflictTake}</label></div>`;
}

function paragraph(change: ParagraphChange): Html {
  switch (change.type) {
    case 'added':
      return html`<li><ins>${change.text}</ins></li>`;
    case 'removed':
      return html`<li><del>${change.text}</del></li>`;
    case 'marked':
      return html`<li>${change.text}</li>`;
    case 'changed':
      return html`<li>${change.words.map((part) => (part.added ? html`<ins>${part.value}</ins>` : part.removed ? html`<del>${part.value}</del>` : part.value))}</li>`;
  }
}

export function conflictSection(context: PageContext, input: ConflictInput): Html {
  const { t, lang } = context;
  const fields = input.conflicts.fields
    .map((name) => input.config.fields.find((field) => field.name === name))
    .filter((field): field is FieldConfig => field !== undefined);
  if (!fields.length && !input.conflicts.body) return html``;
  const label = (field: FieldConfig) => `${field.label[lang].charAt(0).toUpperCase()}${field.label[lang].slice(1)}`;
  return html`<section class="konflikt" aria-labelledby="konflikt-felt-overskrift" data-konflikt="felt"><h2 class="ds-heading" data-size="sm" id="konflikt-felt-overskrift">${t.editor.conflictHeading}</h2>
<p class="ds-paragraph">${t.editor.conflictIntro}</p>
${fields.map(
  (field) => html`<fieldset class="ds-fieldset konflikt-felt" data-konflikt-felt="${field.name}"><legend class="ds-label">${label(field)}</legend>
<dl class="konflikt-sider"><div><dt>${t.editor.conflictTyped}</dt><dd data-side="skrevet">${shown(context, field, input.typed.data[field.name])}</dd></div><div><dt>${t.editor.conflictOnDisk}</dt><dd data-side="fil">${shown(context, field, input.current.data[field.name])}</dd></div></dl>
${choices(context, field.name)}</fieldset>`,
)}
${
  input.conflicts.body
    ? html`<fieldset class="ds-fieldset konflikt-felt" data-konflikt-felt="${BODY_FIELD}"><legend class="ds-label">${t.editor.conflictBody}</legend>
<ul class="konflikt-avsnitt">${diffParagraphs(input.current.body, input.typed.body).map(paragraph)}</ul>
${choices(context, BODY_FIELD)}</fieldset>`
    : ''
}</section>`;
}
