/** A document whose frontmatter cannot be read is edited as the whole file, with the problems the model found. */
import type { Problem } from '@strategi/problems';
import { type Html, html } from '../html.ts';
import type { OpenDocument } from '../workspace.ts';
import type { PageContext } from './layout.ts';
import { documentUrl } from './overview.ts';

export function textForm(context: PageContext, document: OpenDocument, problems: readonly Problem[], notices: Html[]): Html {
  const { t } = context;
  return html`<h1 class="ds-heading" data-size="lg">${document.display}</h1>${notices}
<div class="ds-alert" data-color="warning"><p class="ds-paragraph">${t.editor.unreadable}</p><ul>${problems.map(
    (problem) => html`<li data-rule="${problem.ruleId}">${problem.line}:${problem.column}: ${problem.message} <span class="hint">${problem.hint}</span></li>`,
  )}</ul></div>
<form method="post" action="${documentUrl(document)}" novalidate>
<input type="hidden" name="csrf" value="${context.csrf}"><input type="hidden" name="hash" value="${document.hash}">
<div class="ds-field"><label class="ds-label" for="tekst">${t.editor.wholeFile}</label><textarea class="ds-input tekst" id="tekst" name="tekst" rows="24"${context.canEdit ? '' : html` readonly`}>\n${document.text}</textarea></div>
${context.canEdit ? html`<button class="ds-button" data-variant="primary" type="submit" name="handling" value="lagre">${t.editor.save}</button>` : ''}
</form>`;
}
