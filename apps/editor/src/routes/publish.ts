/**
 * Releasing a version of the working draft (the model's `releaseVersion`, as `strategi release`) and building the
 * preview in the background; the page shows the preview build's state and last lines.
 */
import { releaseVersion, today } from '@strategi/model';
import { Hono } from 'hono';
import { contextOf, type EditorContext, type EditorRequest, type Env, respond } from '../context.ts';
import { firstOf, readForm } from '../form-request.ts';
import { type Html, html } from '../html.ts';
import { PreviewBuild, type PreviewCommand } from '../preview-build.ts';
import { notice } from '../views/layout.ts';
import { publishView } from '../views/publish.ts';

/** The release form's fields, as `releaseVersion` names them. */
const RELEASE_FIELDS = ['id', 'status', 'label', 'date', 'change', 'changeNote', 'notes'];

export function publishRoutes({ workspace, access }: EditorContext, previewCommand: PreviewCommand | undefined) {
  const preview = new PreviewBuild();

  const showPublish = (c: EditorRequest, notices: Html[], values?: Record<string, string>, status: 200 | 422 = 200) =>
    respond(
      c,
      contextOf(c).t.editor.publish,
      'publish',
      publishView(contextOf(c), preview, { notices, today: today(), ...(values ? { values } : {}) }),
      status,
    );

  const routes = new Hono<Env>();

  routes.get('/frigi', (c) => showPublish(c, []));

  routes.post('/frigi', async (c) => {
    const form = await readForm(c, access);
    if (form instanceof Response) return form;
    const t = contextOf(c).t;
    const values = Object.fromEntries(RELEASE_FIELDS.map((name) => [name, (firstOf(form, name) ?? '').trim()]));
    const result = await releaseVersion(
      workspace.contentFolder,
      {
        id: values['id']!,
        status: values['status'] as 'utkast',
        label: values['label']!,
        date: values['date']!,
        ...(values['change'] ? { change: values['change'] as 'vesentlig' } : {}),
        ...(values['changeNote'] ? { changeNote: values['changeNote'] } : {}),
      },
      { displayBase: workspace.displayBase, notes: values['notes']! },
    );
    if (result.ok) return showPublish(c, [notice('success', t.editor.released(result.version.id, result.files))]);
    // No confirmation is asked here (the form is the confirmation), so a release is never cancelled.
    if (result.reason === 'cancelled') return showPublish(c, [], values, 422);
    const problems =
      result.reason === 'version-exists'
        ? html`<p class="ds-paragraph">${t.editor.releaseExists(values['id']!)}</p>`
        : html`<ul>${result.problems.map((problem) => html`<li>${problem.file ? `${problem.file}:${problem.line}:${problem.column}: ` : ''}${problem.message} <span class="hint">${problem.hint}</span></li>`)}</ul>`;
    return showPublish(c, [notice('danger', problems)], values, 422);
  });

  routes.post('/forhandsvis', async (c) => {
    const form = await readForm(c, access);
    if (form instanceof Response) return form;
    if (previewCommand) preview.start(previewCommand);
    return c.redirect('/frigi', 303);
  });

  return routes;
}
