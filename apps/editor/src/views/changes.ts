/** What has changed since the last commit on the editor's branch, and the form that commits it. */
import type { Problem } from '@strategi/problems';
import type { ContentChanges } from '../git.ts';
import { type Html, html } from '../html.ts';
import { csrfField, type PageContext } from './layout.ts';

/** The unified diff with each line marked as added, removed or context, for the stylesheet and screen readers. */
function diffHtml(diff: string): Html {
  const lines = diff.split('\n');
  return html`<pre class="diff"><code>${lines.map((line) => {
    if (line.startsWith('+++') || line.startsWith('---') || line.startsWith('diff ') || line.startsWith('index '))
      return html`<span class="meta">${line}</span>\n`;
    if (line.startsWith('+')) return html`<ins>${line}</ins>\n`;
    if (line.startsWith('-')) return html`<del>${line}</del>\n`;
    if (line.startsWith('@@')) return html`<span class="hunk">${line}</span>\n`;
    return html`${line}\n`;
  })}</code></pre>`;
}

export function changesView(
  context: PageContext,
  changes: ContentChanges | undefined,
  options: { notices: Html[]; message?: string; messageProblem?: string; contentErrors?: readonly Problem[] },
): Html {
  const { t } = context;
  if (!changes)
    return html`<h1 class="ds-heading" data-size="lg">${t.editor.changesHeading}</h1>${options.notices}<p class="ds-paragraph">${t.editor.noGit}</p>`;
  const statusWord = { added: t.editor.added, modified: t.editor.modified, deleted: t.editor.deleted };
  const errors = options.contentErrors ?? [];
  return html`<h1 class="ds-heading" data-size="lg">${t.editor.changesHeading}</h1>
${options.notices}
<p class="ds-paragraph">${t.editor.changesIntro(changes.branch)}</p>
${
  changes.files.length === 0
    ? html`<p class="ds-paragraph" id="ingen-endringer">${t.editor.noChanges}</p>`
    : html`<ul class="endringsliste">${changes.files.map((file) => html`<li><span class="ds-tag" data-color="${file.status === 'deleted' ? 'danger' : file.status === 'added' ? 'success' : 'info'}">${statusWord[file.status]}</span> <code>${file.path}</code></li>`)}</ul>
${diffHtml(changes.diff)}
${
  errors.length
    ? html`<div class="ds-alert" data-color="danger"><p class="ds-paragraph">${t.editor.contentHasErrors}</p><ul>${errors.map((problem) => html`<li>${problem.file}:${problem.line}:${problem.column}: ${problem.message} <span class="hint">${problem.hint}</span></li>`)}</ul></div>`
    : ''
}
${
  context.canEdit
    ? html`<form method="post" action="/endringer" novalidate>${csrfField(context)}
<div class="ds-field"><label class="ds-label" for="melding">${t.editor.message}</label><p class="ds-paragraph" data-field="description" id="melding-hjelp">${t.editor.messageHelp}</p>
<input class="ds-input" type="text" id="melding" name="melding" value="${options.message ?? ''}" aria-describedby="melding-hjelp${options.messageProblem ? ' melding-feil' : ''}"${options.messageProblem ? html` aria-invalid="true"` : ''}>
${options.messageProblem ? html`<div class="ds-validation-message" data-field="validation" id="melding-feil"><p>${options.messageProblem}</p></div>` : ''}</div>
<button class="ds-button" data-variant="primary" type="submit">${t.editor.commit}</button></form>`
    : ''
}`
}`;
}
