/**
 * What has changed since the last commit on the editor's branch, and the form that commits it. The changes read as
 * the site's diff page reads them: a summary on top, then each document in a closed <details> with its fields by
 * their labels and its paragraphs with the words that changed. Files that are no document are named; git's own
 * line diff is there only behind its own toggle.
 */
import { formatList, formatNumber } from '@strategi/i18n';
import type { Edition } from '@strategi/model';
import { condenseWords, type DocChange, type DocRef, type EditionDiff, type FieldChange, type ParagraphChange, summariseDiff } from '@strategi/model/diff';
import type { Problem } from '@strategi/problems';
import { declaredFields } from '@strategi/schema';
import type { ContentChanges, FileChange } from '../git.ts';
import { type Html, html } from '../html.ts';
import { csrfField, type PageContext } from './layout.ts';

/** The page's data: the model's diff of the working draft, the other files by name, and git's diff of them all. */
export interface DraftChanges {
  raw: ContentChanges;
  diff: EditionDiff;
  /** Changed files that are no document of the working draft (a released version's files, a file that does not parse). */
  otherFiles: FileChange[];
  /** The file of each document of the working draft by id, relative to the repository, as the form page names it. */
  files: ReadonlyMap<string, string>;
  /** The files «Send inn» takes: those this editor wrote (see edited-files.ts), relative to the repository. */
  mine: ReadonlySet<string>;
  /** The lists the strategy declares (sectors, actor kinds, sender kinds), whose labels name their codes. */
  vocabularies?: Edition['vocabularies'];
}

/** Unchanged words kept on each side of a change in a paragraph, as on the site. */
const WORD_CONTEXT = 8;

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

/** Words of the page, and how a document, a field and a value are named in the interface language. */
function wording({ t, lang }: PageContext, vocabularies: Edition['vocabularies']) {
  const fieldName = (field: string) => (field === 'history' ? t.history.heading : ((t.fields as Record<string, string>)[field] ?? field));
  const show = (value: unknown, field: string): string => {
    if (value === undefined || value === null || value === '') return '–';
    if (Array.isArray(value)) return value.length === 0 ? '–' : value.map((item) => show(item, field)).join(', ');
    if (typeof value === 'boolean') return value ? '✓' : '–';
    if (typeof value === 'object') {
      const entry = value as { date?: string; status?: string; note?: string; title?: string; start?: number; end?: number };
      if (entry.date && entry.status) return `${entry.date}: ${show(entry.status, 'status')}${entry.note ? ` (${entry.note})` : ''}`;
      if (entry.title) return entry.title;
      if (entry.start !== undefined && entry.end !== undefined) return `${entry.start}–${entry.end}`;
      return JSON.stringify(value);
    }
    const text = String(value);
    const declared = declaredFields.get(field);
    if (declared) return vocabularies?.[declared].labels[text]?.[lang] ?? text;
    return field === 'status' ? ((t.measureStatus as Record<string, string>)[text] ?? text) : text;
  };
  const docName = (ref: DocRef) => `${t.kinds[ref.kind].one} ${ref.kind === 'strategy' ? '' : `${ref.id}: `}${ref.title}`;
  const n = (value: number) => formatNumber(lang, value);
  return { t, lang, fieldName, show, docName, n, mine: undefined as ReadonlySet<string> | undefined };
}
type Wording = ReturnType<typeof wording>;

/** Whether «Send inn» takes a file: this editor's own, or a change someone else made on the machine. Unmarked for one who cannot send in. */
function submissionTag(w: Wording, file: string | undefined): Html {
  if (!w.mine || file === undefined) return html``;
  const mine = w.mine.has(file);
  return html` <span class="ds-tag" data-color="${mine ? 'success' : 'neutral'}" data-innsending="${mine ? 'egen' : 'andres'}">${mine ? w.t.editor.submission.mine : w.t.editor.submission.others}</span>`;
}

const inserted = (w: Wording, text: string) => html`<ins><span class="ds-sr-only">${w.t.changes.inserted} </span>${text}</ins>`;
const deleted = (w: Wording, text: string) => html`<del><span class="ds-sr-only">${w.t.changes.deleted} </span>${text}</del>`;

function summaryHtml(w: Wording, diff: EditionDiff): Html {
  const summary = summariseDiff(diff);
  return html`<section aria-labelledby="oppsummering" data-diff-summary>
<h2 id="oppsummering" class="ds-heading" data-size="md">${w.t.diff.summary}</h2>
<div class="tabellramme" tabindex="0" role="region" aria-labelledby="oppsummering-tabell"><table class="endringstabell"><caption id="oppsummering-tabell">${w.t.diff.summaryCaption}</caption>
<thead><tr><th scope="col">${w.t.diff.kind}</th><th scope="col">${w.t.changes.added}</th><th scope="col">${w.t.changes.removed}</th><th scope="col">${w.t.diff.moved}</th><th scope="col">${w.t.changes.changed}</th></tr></thead>
<tbody>${summary.kinds.map(
    (counts) =>
      html`<tr data-kind="${counts.kind}"><th scope="row">${w.t.kinds[counts.kind].plural}</th><td>${w.n(counts.added)}</td><td>${w.n(counts.removed)}</td><td>${w.n(counts.moved)}</td><td>${w.n(counts.changed)}</td></tr>`,
  )}</tbody></table></div>
${
  summary.fields.length
    ? html`<p class="ds-paragraph" data-fields-changed><strong>${w.t.diff.fieldsChanged}:</strong> ${formatList(
        w.lang,
        summary.fields.map((field) => `${w.fieldName(field.field).toLowerCase()} (${w.n(field.count)})`),
      )}</p>`
    : ''
}${summary.textChanged ? html`<p class="ds-paragraph"><strong>${w.t.diff.textChanged}:</strong> ${w.n(summary.textChanged)}</p>` : ''}
</section>`;
}

/** A field: a list field shows what left it and what came into it, any other field the old and the new value. */
function fieldHtml(w: Wording, change: FieldChange): Html {
  const label = html`<strong>${w.fieldName(change.field)}</strong>: `;
  if (change.added || change.removed) {
    const items = [
      ...(change.removed ?? []).map((item) => deleted(w, w.show(item, change.field))),
      ...(change.added ?? []).map((item) => inserted(w, w.show(item, change.field))),
    ];
    return html`<li data-field="${change.field}">${label}${items.length ? html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>` : w.show(change.after, change.field)}</li>`;
  }
  return html`<li data-field="${change.field}">${label}${deleted(w, w.show(change.before, change.field))} → ${inserted(w, w.show(change.after, change.field))}</li>`;
}

function paragraphHtml(w: Wording, change: ParagraphChange): Html {
  const { diff } = w.t;
  const label =
    change.type === 'added'
      ? diff.paragraphAdded
      : change.type === 'removed'
        ? diff.paragraphRemoved
        : change.type === 'marked'
          ? change.example
            ? diff.paragraphMarked
            : diff.paragraphUnmarked
          : diff.paragraphChanged;
  const text =
    change.type === 'added'
      ? inserted(w, change.text)
      : change.type === 'removed'
        ? deleted(w, change.text)
        : change.type === 'marked'
          ? change.text
          : condenseWords(change.words, WORD_CONTEXT).map((part) =>
              part.added ? inserted(w, part.value) : part.removed ? deleted(w, part.value) : part.value,
            );
  return html`<li data-paragraph="${change.type}"><span class="paragraph-label">${label}</span><p class="ds-paragraph">${text}</p></li>`;
}

const editHref = (ref: DocRef) => `/dokument/${ref.kind}/${encodeURIComponent(ref.id)}`;

/** One changed document, closed: its name and what changed in a few words; inside, the fields and the paragraphs. */
function documentHtml(w: Wording, change: DocChange, file: string | undefined): Html {
  const what = formatList(w.lang, [
    ...change.fields.map((field) => w.fieldName(field.field).toLowerCase()),
    ...(change.textChanged ? [w.t.changes.prose.toLowerCase()] : []),
  ]);
  const paragraphs = change.paragraphs;
  return html`<details class="ds-details" data-document="${change.id}"><summary><span class="oppsummering-tekst"><strong>${w.docName(change)}</strong>${what ? ` – ${what}` : ''}${submissionTag(w, file)}</span></summary>
<div>
<p class="ds-paragraph"><a class="ds-link" href="${editHref(change)}">${w.t.editor.openDocument(w.docName(change))}</a></p>
${file ? html`<p class="ds-paragraph fil">${w.t.editor.file}: <code>${file}</code></p>` : ''}
${change.previousId ? html`<p class="ds-paragraph">${w.t.changes.renamed(change.previousId)}</p>` : ''}
${change.fields.length ? html`<ul class="feltendringer">${change.fields.map((field) => fieldHtml(w, field))}</ul>` : ''}
${paragraphs.length ? html`<ul class="avsnittsendringer">${paragraphs.map((paragraph) => paragraphHtml(w, paragraph))}</ul>` : ''}
</div></details>`;
}

function documentsHtml(w: Wording, diff: EditionDiff, files: DraftChanges['files']): Html {
  const list = (id: string, heading: string, refs: readonly DocRef[], link: boolean) =>
    refs.length
      ? html`<section aria-labelledby="${id}"><h2 id="${id}" class="ds-heading" data-size="md">${heading} (${w.n(refs.length)})</h2>
<ul class="dokumentendringer">${refs.map((ref) => html`<li data-document="${ref.id}">${link ? html`<a class="ds-link" href="${editHref(ref)}">${w.docName(ref)}</a>` : w.docName(ref)}${submissionTag(w, files.get(ref.id))}</li>`)}</ul></section>`
      : '';
  return html`${list('lagt-til', w.t.changes.added, diff.added, true)}${list('fjernet', w.t.changes.removed, diff.removed, false)}${
    diff.changed.length
      ? html`<section aria-labelledby="endret"><h2 id="endret" class="ds-heading" data-size="md">${w.t.changes.changed} (${w.n(diff.changed.length)})</h2>
${diff.changed.map((change) => documentHtml(w, change, files.get(change.id)))}</section>`
      : ''
  }`;
}

function otherFilesHtml(w: Wording, files: readonly FileChange[]): Html {
  if (!files.length) return html``;
  const statusWord = { added: w.t.editor.added, modified: w.t.editor.modified, deleted: w.t.editor.deleted };
  return html`<section aria-labelledby="andre-filer"><h2 id="andre-filer" class="ds-heading" data-size="md">${w.t.editor.otherFiles} (${w.n(files.length)})</h2>
<p class="ds-paragraph">${w.t.editor.otherFilesIntro}</p>
<ul class="endringsliste">${files.map(
    (file) =>
      html`<li><span class="ds-tag" data-color="${file.status === 'deleted' ? 'danger' : file.status === 'added' ? 'success' : 'info'}">${statusWord[file.status]}</span> <code>${file.path}</code>${submissionTag(w, file.path)}</li>`,
  )}</ul></section>`;
}

export function changesView(
  context: PageContext,
  changes: DraftChanges | undefined,
  options: { notices: Html[]; message?: string; messageProblem?: string; contentErrors?: readonly Problem[] },
): Html {
  const { t } = context;
  if (!changes)
    return html`<h1 class="ds-heading" data-size="lg">${t.editor.changesHeading}</h1>${options.notices}<p class="ds-paragraph">${t.editor.noGit}</p>`;
  const w = { ...wording(context, changes.vocabularies), mine: context.canEdit ? changes.mine : undefined };
  const errors = options.contentErrors ?? [];
  const { diff, raw } = changes;
  const documentChanges = diff.added.length + diff.removed.length + diff.changed.length > 0;
  return html`<h1 class="ds-heading" data-size="lg">${t.editor.changesHeading}</h1>
${options.notices}
<p class="ds-paragraph">${t.editor.changesIntro(raw.branch)}</p>
${
  raw.files.length === 0
    ? html`<p class="ds-paragraph" id="ingen-endringer">${t.editor.noChanges}</p>`
    : html`${w.mine ? html`<p class="ds-paragraph" data-innsending-forklaring>${t.editor.submission.intro}</p>` : ''}
${documentChanges ? html`${summaryHtml(w, diff)}${documentsHtml(w, diff, changes.files)}` : ''}
${otherFilesHtml(w, changes.otherFiles)}
<details class="ds-details" data-raw-diff><summary>${t.editor.rawDiff}</summary><div>${diffHtml(raw.diff)}</div></details>
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
