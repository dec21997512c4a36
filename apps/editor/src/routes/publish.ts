/**
 * Releasing a version of the working draft as `strategi release` does (the model's `releaseVersion`): the page
 * shows what would be frozen and the draft's warnings; the form leads to a confirmation that repeats what will
 * happen; only a confirmed form releases; a release git does not hold yet can be undone (`undoRelease`). The
 * preview is built in the background, and once built it opens inside the editor (built-preview.ts).
 */
import type { Corpus } from '@strategi/model';
import { today } from '@strategi/model';
import type { Problem } from '@strategi/problems';
import { Hono } from 'hono';
import { contextOf, type EditorContext, type EditorRequest, type Env, respond } from '../context.ts';
import { firstOf, readForm } from '../form-request.ts';
import { type Html, html } from '../html.ts';
import { PreviewBuild, type PreviewCommand } from '../preview-build.ts';
import {
  confirmedRelease,
  dryRun,
  freezingOf,
  type ReleaseIssue,
  type ReleaseValues,
  releaseInput,
  releaseValues,
  undo,
  undoableVersions,
} from '../release-flow.ts';
import { notice } from '../views/layout.ts';
import { documentUrl } from '../views/overview.ts';
import { confirmView, type PlacedProblem, problemList, publishView } from '../views/publish.ts';
import { builtPreviewRoutes } from './built-preview.ts';

/** Each problem with a link to its document, when the document is one of the working draft's. */
const placed = (corpus: Corpus, problems: readonly Problem[]): PlacedProblem[] => {
  const byFile = new Map(corpus.working.documents.map((doc) => [doc.file, doc]));
  return problems.map((problem) => {
    const doc = byFile.get(problem.file);
    return { problem, href: doc ? documentUrl(doc) : undefined };
  });
};

export function publishRoutes({ workspace, repository, access }: EditorContext, previewCommand: PreviewCommand | undefined) {
  const preview = new PreviewBuild();

  const showPublish = async (
    c: EditorRequest,
    notices: Html[],
    form: { values?: ReleaseValues; issues?: ReleaseIssue[] } = {},
    status: 200 | 409 | 422 = 200,
  ) => {
    const corpus = await workspace.corpus();
    const freezing = freezingOf(corpus);
    const page = publishView(contextOf(c), preview, {
      notices,
      today: today(),
      freezing,
      warnings: placed(corpus, freezing.warnings),
      undoable: await undoableVersions(corpus, repository),
      values: form.values,
      ...(form.issues ? { issues: form.issues } : {}),
    });
    return respond(c, contextOf(c).t.editor.publish, 'publish', page, status);
  };

  const routes = new Hono<Env>();

  routes.get('/frigi', (c) => showPublish(c, []));

  routes.post('/frigi', async (c) => {
    const form = await readForm(c, access);
    if (form instanceof Response) return form;
    const t = contextOf(c).t;
    const values = releaseValues((name) => firstOf(form, name));
    const step = firstOf(form, 'steg');
    if (step === 'tilbake') return showPublish(c, [], { values });
    const read = releaseInput(values);
    if (!read.ok) return showPublish(c, [], { values, issues: read.issues }, 422);
    const run = {
      contentFolder: workspace.contentFolder,
      load: await workspace.loadOptions(),
      input: read.input,
      notes: values.notes,
      consultationReason: values.consultationReason,
    };
    // Only a form from the confirmation (with the number of files it showed) releases; anything else is asked first.
    const expected = step === 'frigi' ? Number(firstOf(form, 'filer')) : Number.NaN;
    const result = Number.isInteger(expected) ? await confirmedRelease(run, expected) : await dryRun(run);
    if (result.ok) {
      const scheduled = result.version.publishAt ? ` ${t.editor.releaseFlow.scheduled(result.version.publishAt)}` : '';
      return showPublish(c, [notice('success', `${t.editor.released(result.version.id, result.files)}${scheduled}`)]);
    }
    if (result.reason === 'cancelled') {
      const corpus = await workspace.corpus();
      return respond(
        c,
        t.editor.releaseFlow.confirmHeading,
        'publish',
        confirmView(contextOf(c), values, { files: result.files, warnings: placed(corpus, result.warnings) }),
      );
    }
    if (result.reason === 'version-exists') return showPublish(c, [notice('danger', t.editor.releaseExists(values.id))], { values }, 409);
    const corpus = await workspace.corpus();
    const heading = result.reason === 'invalid-content' ? t.editor.releaseFlow.hasErrors : t.editor.releaseFlow.refused;
    return showPublish(c, [notice('danger', html`<p class="ds-paragraph">${heading}</p>${problemList(placed(corpus, result.problems))}`)], { values }, 422);
  });

  routes.post('/frigi/angre', async (c) => {
    const form = await readForm(c, access);
    if (form instanceof Response) return form;
    const flow = contextOf(c).t.editor.releaseFlow;
    const id = firstOf(form, 'id') ?? '';
    const result = await undo(workspace.contentFolder, id, repository);
    if (result.ok) return showPublish(c, [notice('success', flow.undone(id))]);
    if (result.reason === 'not-found') return showPublish(c, [notice('danger', flow.undoNotFound(id))], {}, 422);
    if (result.reason === 'committed') return showPublish(c, [notice('danger', flow.undoCommitted(id))], {}, 409);
    return showPublish(
      c,
      [notice('danger', html`<p class="ds-paragraph">${flow.undoNotInDraft(id)}</p><ul>${result.files.map((file) => html`<li>${file}</li>`)}</ul>`)],
      {},
      409,
    );
  });

  routes.post('/forhandsvis', async (c) => {
    const form = await readForm(c, access);
    if (form instanceof Response) return form;
    if (previewCommand) preview.start(previewCommand);
    return c.redirect('/frigi', 303);
  });

  routes.route('/', builtPreviewRoutes(preview));
  return routes;
}
