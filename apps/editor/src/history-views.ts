/**
 * A document's history (every submission that changed it, with «Gjenopprett denne versjonen») and the question
 * before «Forkast endringene». Both write only through a form with the session's token and the file's hash.
 */
import type { FileVersion } from './git.ts';
import { type Html, html } from './html.ts';
import { csrfField, type PageContext } from './views/layout.ts';

const locales = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;

/** A commit's time as the editor reads it: day, month, year and time of day. */
export const commitTime = (context: PageContext, iso: string) =>
  new Intl.DateTimeFormat(locales[context.lang], { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

/** The links under a document's heading: its history, and «Forkast endringene» when it differs from the last submission. */
export function documentTools(context: PageContext, url: string, changed: boolean): Html {
  const { t } = context;
  return html`<nav class="dokumentverktoy" aria-label="${t.editor.documentTools}"><ul><li><a class="ds-link" href="${url}/historikk">${t.editor.history}</a></li>${
    changed && context.canEdit ? html`<li><a class="ds-link" href="${url}/forkast">${t.editor.discard}</a></li>` : ''
  }</ul></nav>`;
}

export function historyPage(context: PageContext, title: string, url: string, hash: string, versions: readonly FileVersion[], notices: Html[]): Html {
  const { t } = context;
  return html`<h1 class="ds-heading" data-size="lg">${t.editor.historyHeading(title)}</h1>${notices}
<p class="ds-paragraph">${t.editor.historyIntro}</p>
<p class="ds-paragraph"><a class="ds-link" href="${url}">${t.editor.editHeading(title)}</a></p>
${
  versions.length
    ? html`<ol class="historikk">${versions.map(
        (
          version,
        ) => html`<li class="historikk-versjon" data-commit="${version.commit}"><p class="ds-paragraph" id="versjon-${version.commit}"><strong>${version.message}</strong></p>
<p class="ds-paragraph">${t.editor.historyEntry(version.author, commitTime(context, version.date))} · <code>${version.commit.slice(0, 7)}</code></p>${
          context.canEdit
            ? html`<form method="post" action="${url}/historikk">${csrfField(context)}<input type="hidden" name="hash" value="${hash}"><input type="hidden" name="commit" value="${version.commit}"><button class="ds-button" data-variant="secondary" type="submit" aria-describedby="versjon-${version.commit}">${t.editor.restoreVersion}</button></form>`
            : ''
        }</li>`,
      )}</ol>`
    : html`<p class="ds-paragraph">${t.editor.historyEmpty}</p>`
}`;
}

export function discardPage(context: PageContext, title: string, url: string, hash: string): Html {
  const { t } = context;
  return html`<h1 class="ds-heading" data-size="lg">${t.editor.discardHeading(title)}</h1>
<p class="ds-paragraph">${t.editor.discardIntro}</p>
${context.canEdit ? html`<form method="post" action="${url}/forkast" class="knapper">${csrfField(context)}<input type="hidden" name="hash" value="${hash}"><button class="ds-button" data-variant="primary" type="submit">${t.editor.discardConfirm}</button><a class="ds-button" data-variant="secondary" href="${url}">${t.editor.cancel}</a></form>` : ''}`;
}
