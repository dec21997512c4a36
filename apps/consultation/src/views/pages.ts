/** The service's pages: the list of consultations, a document with its form, the thank-you and receipt pages. */
import type { ConsultationResponse } from '@strategi/consultation';
import { formatDate, formatMoment, type UiLang, ui } from '@strategi/i18n';
import { html, raw } from 'hono/html';
import type { Consultation, ConsultationDocument } from '../consultations.ts';
import { localPath } from '../lang.ts';
import { EMPTY_FORM, type FormOptions, type FormValues, responseForm } from './form.ts';
import { type Html, layout } from './layout.ts';

const versionUrl = (version: string) => `/horing/${encodeURIComponent(version)}`;
export const documentUrl = (version: string, path: string) => `${versionUrl(version)}/${path}`;
export const receiptPath = (token: string) => `/kvittering/${token}`;

export function indexPage(lang: UiLang, consultations: Consultation[]): Html {
  const t = ui(lang);
  const s = t.consultation.service;
  const body = html`<h1>${s.title}</h1>
<p>${s.intro}</p>
${consultations.length === 0 ? html`<p>${s.noneOpen}</p>` : ''}
${consultations.map(
  (consultation) => html`<section aria-labelledby="v-${consultation.version}">
<h2 id="v-${consultation.version}"><a href="${localPath(versionUrl(consultation.version), lang)}">${consultation.label}</a></h2>
<p>${s.deadline(formatDate(lang, consultation.deadline))}</p>
<p><a href="${localPath(versionUrl(consultation.version), lang)}#svar">${s.respondWhole}</a></p>
<h3>${s.documents}</h3>
<ul class="documents">${consultation.documents.map(
    (doc) => html`<li><a href="${localPath(documentUrl(consultation.version, doc.path), lang)}">${t.kinds[doc.kind].one}: ${doc.title}</a></li>`,
  )}</ul>
</section>`,
)}`;
  return layout({ lang, title: s.title, path: '/', body });
}

export interface DocumentPageOptions {
  lang: UiLang;
  consultation: Consultation;
  /** The document responded to; none for the version's own page, whose form is for the whole draft. */
  doc?: ConsultationDocument | undefined;
  open: boolean;
  token?: string | undefined;
  values?: FormValues;
  errors?: FormOptions['errors'];
  /** A message above the form (too fast, too old). */
  notice?: string | undefined;
}

/** The form while the consultation is open, the closing message after it. */
function respondSection(options: DocumentPageOptions, action: string): Html {
  const s = ui(options.lang).consultation.service;
  const whole = !options.doc;
  return html`<section class="respond" aria-labelledby="svar">
<h2 id="svar">${whole ? s.respondWhole : s.respondHeading}</h2>
${
  options.open
    ? html`<p>${whole ? s.respondWholeIntro : s.respondIntro}</p>
${whole ? '' : html`<p class="js-only hint">${s.choosePassage}</p>`}
${options.notice ? html`<p class="notice" role="status">${options.notice}</p>` : ''}
${responseForm({
  lang: options.lang,
  action,
  token: options.token,
  values: options.values ?? EMPTY_FORM,
  errors: options.errors ?? [],
  whole,
  submitLabel: s.submit,
  senderKinds: options.consultation.senderKinds,
})}`
    : html`<p class="closed">${s.closed(formatDate(options.lang, options.consultation.deadline))}</p>`
}
</section>`;
}

export function documentPage(options: DocumentPageOptions): Html {
  const { lang, consultation, doc } = options;
  if (!doc) return versionPage(options);
  const t = ui(lang);
  const s = t.consultation.service;
  const path = documentUrl(consultation.version, doc.path);
  const body = html`<p class="version"><a href="${localPath(versionUrl(consultation.version), lang)}">${consultation.label}</a></p>
<h1>${t.kinds[doc.kind].one}: ${doc.title}</h1>
<p class="deadline">${options.open ? s.deadline(formatDate(lang, consultation.deadline)) : ''}</p>
<article class="document" id="dokument" lang="nb">${raw(doc.body.html)}</article>
${respondSection(options, path)}
<p><a href="${localPath(versionUrl(consultation.version), lang)}#svar">${s.respondWhole}</a></p>
<p><a href="${localPath('/', lang)}">${s.back}</a></p>`;
  return layout({ lang, title: doc.title, path, body });
}

/** The version's own page: its documents, its published responses and a form for the whole draft. */
function versionPage(options: DocumentPageOptions): Html {
  const { lang, consultation } = options;
  const t = ui(lang);
  const s = t.consultation.service;
  const path = versionUrl(consultation.version);
  const body = html`<h1>${consultation.label}</h1>
<p class="deadline">${options.open ? s.deadline(formatDate(lang, consultation.deadline)) : ''}</p>
<h2>${s.documents}</h2>
<ul class="documents">${consultation.documents.map(
    (doc) => html`<li><a href="${localPath(documentUrl(consultation.version, doc.path), lang)}">${t.kinds[doc.kind].one}: ${doc.title}</a></li>`,
  )}</ul>
<p><a href="${localPath(`${path}/svar`, lang)}">${t.consultation.responses}</a></p>
${respondSection(options, path)}
<p><a href="${localPath('/', lang)}">${s.back}</a></p>`;
  return layout({ lang, title: consultation.label, path, body });
}

export function messagePage(lang: UiLang, title: string, message: string, path = '/'): Html {
  const s = ui(lang).consultation.service;
  return layout({ lang, title, path, body: html`<h1>${title}</h1><p>${message}</p><p><a href="${localPath('/', lang)}">${s.back}</a></p>` });
}

export function thanksPage(lang: UiLang, outcome: { receiptUrl?: string | undefined; email?: string | null | undefined; repeated?: boolean }): Html {
  const s = ui(lang).consultation.service;
  const body = html`<h1>${s.thanksTitle}</h1>
<p>${outcome.repeated ? s.already : s.thanks}</p>
${outcome.email && outcome.receiptUrl ? html`<p>${s.thanksMail(outcome.email)}</p>` : ''}
${outcome.receiptUrl ? html`<p>${s.keepLink}</p><p class="receipt-link"><a href="${outcome.receiptUrl}">${outcome.receiptUrl}</a></p>` : ''}
<p><a href="${localPath('/', lang)}">${s.back}</a></p>`;
  return layout({ lang, title: s.thanksTitle, path: '/', body });
}

export interface ReceiptPageOptions {
  lang: UiLang;
  token: string;
  response: ConsultationResponse;
  consultation: Consultation | undefined;
  open: boolean;
  notice?: string | undefined;
  values?: FormValues;
  errors?: FormOptions['errors'];
}

const valuesOf = (response: ConsultationResponse): FormValues => ({
  ...EMPTY_FORM,
  name: response.name,
  organisation: response.organisation ?? '',
  senderKind: response.senderKind,
  publication: response.publication,
  text: response.text,
});

export function receiptPage(options: ReceiptPageOptions): Html {
  const { lang, response } = options;
  const s = ui(lang).consultation.service;
  const path = receiptPath(options.token);
  const doc = options.consultation?.documents.find((d) => d.path === response.document);
  const deadline = options.consultation ? formatDate(lang, options.consultation.deadline) : '';
  const editable = options.open && response.withdrawnAt === null;
  const body = html`<h1>${s.receiptTitle}</h1>
${options.notice ? html`<p class="notice" role="status">${options.notice}</p>` : ''}
<p>${options.consultation?.label ?? response.version}${doc ? html` – ${doc.title}` : ''}</p>
<p>${s.sentAt(formatMoment(lang, response.createdAt))}${
    response.updatedAt !== response.createdAt && response.withdrawnAt === null ? html` ${s.correctedAt(formatMoment(lang, response.updatedAt))}` : ''
  }</p>
${
  response.quote
    ? html`<p>${s.passageChosen}:</p><blockquote class="quote">${response.quote.exact}</blockquote>`
    : html`<p>${response.document === null ? s.wholeDraft : s.wholeDocument}</p>`
}
${
  response.withdrawnAt !== null
    ? html`<p class="notice">${s.withdrawn}</p>`
    : editable
      ? html`<p>${s.receiptIntro(deadline)}</p>
${responseForm({
  lang,
  action: path,
  values: options.values ?? valuesOf(response),
  errors: options.errors ?? [],
  correction: true,
  submitLabel: s.correct,
  senderKinds: options.consultation?.senderKinds,
})}
<section aria-labelledby="trekk">
<h2 id="trekk">${s.withdrawHeading}</h2>
<p>${s.withdrawHint}</p>
<form method="post" action="${path}/trekk"><input type="hidden" name="lang" value="${lang}"><button type="submit" class="danger">${s.withdraw}</button></form>
</section>`
      : html`<p>${s.receiptClosed}</p><div class="response-text">${response.text}</div>`
}`;
  return layout({ lang, title: s.receiptTitle, path, body });
}
