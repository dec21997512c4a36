/** The front page: every document of the working draft by kind, with a way to create each kind, and the released versions. */
import type { AnyDoc, Corpus } from '@strategi/model';
import { titleOf } from '@strategi/model';
import { documentKindNames, documentKinds } from '@strategi/schema';
import { type Html, html } from '../html.ts';
import type { PageContext } from './layout.ts';

export const documentUrl = (doc: Pick<AnyDoc, 'kind' | 'id'>, edition?: string) =>
  `/dokument/${doc.kind}/${encodeURIComponent(doc.id)}${edition ? `?utgave=${encodeURIComponent(edition)}` : ''}`;

export function overview(context: PageContext, corpus: Corpus, brokenFiles: readonly { kind: string; id: string; display: string }[]): Html {
  const { t, lang } = context;
  const kinds = documentKindNames.map((kind) => {
    const docs = corpus.working.index.byKind[kind] as AnyDoc[];
    const words = documentKinds[kind].words[lang];
    const broken = brokenFiles.filter((file) => file.kind === kind);
    return html`<section class="art" aria-labelledby="art-${kind}">
<h2 class="ds-heading" data-size="sm" id="art-${kind}">${words.plural.charAt(0).toUpperCase()}${words.plural.slice(1)} (${docs.length})</h2>
${context.canEdit && kind !== 'strategy' ? html`<p class="ds-paragraph"><a class="ds-link" href="/ny/${kind}">${t.editor.create(words.indefinite)}</a></p>` : ''}
<ul class="dokumentliste">${docs.map((doc) => html`<li><a class="ds-link" href="${documentUrl(doc)}">${doc.id}: ${titleOf(doc)}</a></li>`)}${broken.map(
      (file) => html`<li><a class="ds-link" href="/dokument/${file.kind}/${encodeURIComponent(file.id)}">${file.display}</a> ⚠</li>`,
    )}</ul>
</section>`;
  });
  return html`<h1 class="ds-heading" data-size="lg">${t.editor.documentsHeading}</h1>
<p class="ds-paragraph">${t.editor.documentsIntro}</p>
${context.canEdit ? '' : html`<div class="ds-alert" data-color="info">${t.editor.viewerOnly}</div>`}
<div class="arter">${kinds}</div>
<section aria-labelledby="versjoner"><h2 class="ds-heading" data-size="sm" id="versjoner">${t.editor.versionsHeading}</h2>
<p class="ds-paragraph">${t.editor.versionsIntro}</p>
<ul class="dokumentliste">${corpus.versions.map(
    (edition) =>
      html`<li><details class="ds-details"><summary>${edition.version?.label ?? edition.id} (${t.versionStatus[edition.status]})</summary><ul>${edition.documents.map(
        (doc) => html`<li><a class="ds-link" href="${documentUrl(doc, edition.id)}">${doc.id}: ${titleOf(doc)}</a></li>`,
      )}</ul></details></li>`,
  )}</ul></section>`;
}
