/**
 * The response form, the same with and without JavaScript: the passage is a plain text field («Hvilken del») that
 * the page script fills from a selection in the document (with the text around it, for anchoring). Each field has
 * a visible label, a hint tied to it with `aria-describedby`, and its error beside it; the error summary links to
 * the fields. The honeypot sits outside the visible page, hidden from screen readers and the tab order.
 */
import { type UiLang, ui } from '@strategi/i18n';
import { type DeclaredVocabulary, declaredVocabulary } from '@strategi/model';
import { html } from 'hono/html';
import type { Html } from './layout.ts';

export interface FormValues {
  name: string;
  organisation: string;
  senderKind: string;
  email: string;
  publication: string;
  text: string;
  quote: string;
  quotePrefix: string;
  quoteSuffix: string;
}

export const EMPTY_FORM: FormValues = {
  name: '',
  organisation: '',
  senderKind: '',
  email: '',
  publication: '',
  text: '',
  quote: '',
  quotePrefix: '',
  quoteSuffix: '',
};

/** The form's field names, which the route reads back. */
export const FIELD = {
  name: 'navn',
  organisation: 'organisasjon',
  senderKind: 'avsender',
  email: 'epost',
  publication: 'publisering',
  text: 'tekst',
  quote: 'sitat',
  quotePrefix: 'sitat-for',
  quoteSuffix: 'sitat-etter',
  honeypot: 'nettside',
  token: 'skjema',
  lang: 'lang',
} as const;

type ErrorField = keyof ReturnType<typeof ui>['consultation']['service']['fieldError'];

/** The fields in the order the form shows them, so the error summary reads top to bottom like the form. */
const FORM_ORDER: ErrorField[] = ['quote', 'text', 'name', 'organisation', 'senderKind', 'email', 'publication', 'other'];

/** The store's field names (`name`, `quote` …) as the form's, for errors, in the form's order; an unknown one is `other`. */
export const errorFields = (fields: readonly string[]): ErrorField[] => {
  const found = new Set(fields.map((field) => (FORM_ORDER.includes(field as ErrorField) ? (field as ErrorField) : 'other')));
  return FORM_ORDER.filter((field) => found.has(field));
};

const PUBLICATION_LABEL = { named: 'publicationNamed', anonymous: 'publicationAnonymous', none: 'publicationNone' } as const;

export interface FormOptions {
  lang: UiLang;
  action: string;
  token?: string | undefined;
  values: FormValues;
  errors: ErrorField[];
  /** A correction: no passage, no e-mail, no token. */
  correction?: boolean;
  /** A response to the whole version: no passage. */
  whole?: boolean;
  submitLabel: string;
  /** The kinds of senders the strategy declares (default: the tool's list). */
  senderKinds?: DeclaredVocabulary | undefined;
}

export function responseForm(options: FormOptions): Html {
  const t = ui(options.lang).consultation.service;
  const { values, errors } = options;
  const senderKinds = options.senderKinds ?? declaredVocabulary(undefined, 'senderKind');
  const invalid = (field: ErrorField) => errors.includes(field);
  const describedBy = (field: ErrorField, hint?: string) =>
    [hint, invalid(field) ? `${FIELD[field as keyof typeof FIELD] ?? field}-feil` : undefined].filter(Boolean).join(' ') || undefined;
  const error = (field: ErrorField) =>
    invalid(field) ? html`<p class="error" id="${FIELD[field as keyof typeof FIELD] ?? field}-feil">${t.fieldError[field]}</p>` : '';
  const attrs = (field: ErrorField, hint?: string) => {
    const ids = describedBy(field, hint);
    return html`${ids ? html` aria-describedby="${ids}"` : ''}${invalid(field) ? html` aria-invalid="true"` : ''}`;
  };
  return html`<form method="post" action="${options.action}" class="response" novalidate>
${
  errors.length > 0
    ? html`<div class="summary" role="alert" tabindex="-1" id="feil"><h3>${t.errorsHeading}</h3><ul>${errors.map(
        (field) => html`<li><a href="#${FIELD[field as keyof typeof FIELD] ?? FIELD.text}">${t.fieldError[field]}</a></li>`,
      )}</ul></div>`
    : ''
}
<input type="hidden" name="${FIELD.lang}" value="${options.lang}">
${options.token ? html`<input type="hidden" name="${FIELD.token}" value="${options.token}">` : ''}
${
  options.correction || options.whole
    ? ''
    : html`<div class="field">
<label for="${FIELD.quote}">${t.passage}</label>
<p class="hint" id="sitat-hint">${t.passageHint}</p>
${error('quote')}
<textarea id="${FIELD.quote}" name="${FIELD.quote}" rows="3" maxlength="2000"${attrs('quote', 'sitat-hint')}>${values.quote}</textarea>
<input type="hidden" name="${FIELD.quotePrefix}" value="${values.quotePrefix}">
<input type="hidden" name="${FIELD.quoteSuffix}" value="${values.quoteSuffix}">
</div>`
}
<div class="field">
<label for="${FIELD.text}">${t.text}</label>
${error('text')}
<textarea id="${FIELD.text}" name="${FIELD.text}" rows="10" required${attrs('text')}>${values.text}</textarea>
</div>
<div class="field">
<label for="${FIELD.name}">${t.name}</label>
${error('name')}
<input id="${FIELD.name}" name="${FIELD.name}" type="text" autocomplete="name" maxlength="200" required value="${values.name}"${attrs('name')}>
</div>
<div class="field">
<label for="${FIELD.organisation}">${t.organisation}</label>
${error('organisation')}
<input id="${FIELD.organisation}" name="${FIELD.organisation}" type="text" autocomplete="organization" maxlength="200" value="${values.organisation}"${attrs('organisation')}>
</div>
<div class="field">
<label for="${FIELD.senderKind}">${t.senderKind}</label>
${error('senderKind')}
<select id="${FIELD.senderKind}" name="${FIELD.senderKind}" required${attrs('senderKind')}>
<option value=""></option>
${senderKinds.values.map((kind) => html`<option value="${kind}"${values.senderKind === kind ? html` selected` : ''}>${senderKinds.labels[kind]?.[options.lang] ?? kind}</option>`)}
</select>
</div>
${
  options.correction
    ? ''
    : html`<div class="field">
<label for="${FIELD.email}">${t.email}</label>
<p class="hint" id="epost-hint">${t.emailHint}</p>
${error('email')}
<input id="${FIELD.email}" name="${FIELD.email}" type="email" autocomplete="email" maxlength="254" value="${values.email}"${attrs('email', 'epost-hint')}>
</div>`
}
<fieldset class="field" id="${FIELD.publication}"${attrs('publication', 'publisering-hint')}>
<legend>${t.publication}</legend>
<p class="hint" id="publisering-hint">${t.publicationHint}</p>
${error('publication')}
${(['named', 'anonymous', 'none'] as const).map(
  (value) =>
    html`<div class="choice"><input type="radio" id="publisering-${value}" name="${FIELD.publication}" value="${value}"${
      values.publication === value ? html` checked` : ''
    }><label for="publisering-${value}">${t[PUBLICATION_LABEL[value]]}</label></div>`,
)}
</fieldset>
<div class="trap" aria-hidden="true">
<label for="${FIELD.honeypot}">${t.honeypot}</label>
<input id="${FIELD.honeypot}" name="${FIELD.honeypot}" type="text" tabindex="-1" autocomplete="off" value="">
</div>
<button type="submit">${options.submitLabel}</button>
</form>`;
}
