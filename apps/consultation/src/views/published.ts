/** The published responses of a version, for everyone: built only from `publicResponses`, never from the store's rows. */
import type { Outcome, PublicResponse } from '@strategi/consultation';
import { formatDate, type UiLang, ui } from '@strategi/i18n';
import { inputDispositionVocabulary } from '@strategi/schema';
import { html } from 'hono/html';
import { localPath } from '../lang.ts';
import { type Html, layout } from './layout.ts';
import { documentUrl } from './pages.ts';

const publishedPath = (version: string) => `/horing/${encodeURIComponent(version)}/svar`;

export interface PublishedPageOptions {
  lang: UiLang;
  version: string;
  label: string;
  responses: readonly PublicResponse[];
  /** The titles of the version's documents by path, while it is on consultation. */
  titles: ReadonlyMap<string, string>;
  /** What became of each response that became an input, once an adopted version names it, by response id. */
  outcomes?: ReadonlyMap<string, Outcome>;
}

/** «Hva skjedde med innspillet»: the decision, the ministry's reason, where the input is used and the change. */
function outcomeSection(lang: UiLang, response: PublicResponse, outcome: Outcome): Html {
  const p = ui(lang).consultation.published;
  const t = ui(lang);
  const id = `utfall-${response.id}`;
  return html`<section class="outcome" aria-labelledby="${id}">
<h3 id="${id}">${p.outcomeHeading}</h3>
<p>${p.outcomeIntro(response.inputId ?? '', outcome.label)}</p>
${
  outcome.decision
    ? html`<p class="decision"><strong>${inputDispositionVocabulary.labels[outcome.decision][lang]}.</strong>${
        outcome.reason ? html` ${p.outcomeReason}: ${outcome.reason}` : ''
      }</p>`
    : html`<p>${p.outcomeNoDecision}</p>`
}
${
  outcome.shaped.length > 0
    ? html`<p>${p.outcomeShaped}:</p><ul>${outcome.shaped.map(
        (doc) => html`<li><a href="${outcome.changes}#${doc.id}">${t.kinds[doc.kind].one} ${doc.id}: ${doc.title}</a></li>`,
      )}</ul>`
    : ''
}
<p><a href="${outcome.changes}">${p.outcomeChanges}</a></p>
</section>`;
}

function item(lang: UiLang, options: PublishedPageOptions, response: PublicResponse): Html {
  const p = ui(lang).consultation.published;
  const title = response.document ? (options.titles.get(response.document) ?? response.document) : undefined;
  return html`<article class="published" id="svar-${response.id}" aria-labelledby="svar-${response.id}-h">
<h2 id="svar-${response.id}-h">${response.name ?? p.withoutName}${response.organisation ? html`, ${response.organisation}` : ''}</h2>
<p class="meta">${p.sent(formatDate(lang, response.date))} ${
    title && response.document
      ? html`${p.onDocument}: ${options.titles.has(response.document) ? html`<a href="${localPath(documentUrl(response.version, response.document), lang)}">${title}</a>` : title}.`
      : p.whole
  }</p>
${response.quote ? html`<blockquote class="quote">${response.quote}</blockquote>` : ''}
<div class="response-text" lang="nb">${response.text}</div>
${options.outcomes?.has(response.id) ? outcomeSection(lang, response, options.outcomes.get(response.id)!) : ''}
</article>`;
}

export function publishedPage(options: PublishedPageOptions): Html {
  const { lang } = options;
  const p = ui(lang).consultation.published;
  const base = publishedPath(options.version);
  const body = html`<p class="version">${options.label}</p>
<h1>${p.heading}</h1>
<p>${p.intro}</p>
${options.responses.length === 0 ? html`<p>${p.none}</p>` : options.responses.map((response) => item(lang, options, response))}
<section aria-labelledby="apne-data"><h2 id="apne-data">${p.openData}</h2>
<p>${p.licence}</p>
<ul><li><a href="${base}.json">${p.json}</a></li><li><a href="${base}.csv">${p.csv}</a></li></ul>
</section>
<p><a href="${localPath('/', lang)}">${ui(lang).consultation.service.back}</a></p>`;
  return layout({ lang, title: `${p.heading}: ${options.label}`, path: base, body });
}
