/**
 * The content folder as the editor sees it, through the model only: documents are read and parsed by the model's
 * one parser, checked with the whole edition before anything is written (`checkPlannedFiles`), given ids by the
 * one allocator, and written with the model's frontmatter writer and atomic file writers.
 */
import { createHash } from 'node:crypto';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  allocateIds,
  type Corpus,
  checkPlannedFiles,
  documentHref,
  documentText,
  inSchemaOrder,
  type LoadOptions,
  limits,
  loadCorpus,
  ParseCache,
  type ParsedFile,
  parseFile,
  replaceBody,
  replaceFile,
  resolveDocumentPath,
  updateFrontmatter,
  withFileLock,
  writeNewFile,
} from '@strategi/model';
import { createProblem, type Problem } from '@strategi/problems';
import { type DocumentKind, documentKinds, documentPath, VERSIONS_FOLDER } from '@strategi/schema';
import { type Conflicts, mergeBody, mergeTyped, takesFileBody, withChoices } from './drafts-conflict.ts';
import type { KindConfig } from './form-config.ts';
import { BODY_FIELD, changesOf, type FormFields, readSubmission, submittedBody, withoutDefaults } from './submission.ts';

export interface OpenDocument {
  kind: DocumentKind;
  id: string;
  /** Inside the version folder: `tiltak/T-1.md`. */
  relative: string;
  absolute: string;
  /** As problems name it (relative to the display base). */
  display: string;
  text: string;
  /** `sha256` of the text as read: a save is refused when the file has changed since. */
  hash: string;
  parsed: ParsedFile;
  /** The frontmatter as written; undefined when it cannot be read. */
  data: Record<string, unknown> | undefined;
}

export type SaveOutcome =
  | { type: 'unchanged'; document: OpenDocument }
  | { type: 'saved'; document: OpenDocument; warnings: Problem[] }
  | { type: 'refused'; problems: Problem[]; planned: PlannedDocument }
  /**
   * The file changed since the form was opened: nothing is written; what the editor typed, laid over the current
   * file, and which fields both sides changed (for a form; a file saved as text has none).
   */
  | {
      type: 'conflict';
      current: OpenDocument | undefined;
      planned: PlannedDocument;
      conflicts?: Conflicts;
      typed?: { data: Record<string, unknown>; body: string };
    };

/** What a refused save would have written, so that the form can be shown again as the editor left it. */
export interface PlannedDocument {
  text: string;
  display: string;
  data: Record<string, unknown>;
  body: string;
  parsed: ParsedFile;
}

export type CreateOutcome =
  | { type: 'created'; id: string; display: string; warnings: Problem[] }
  | { type: 'refused'; problems: Problem[]; planned: PlannedDocument };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** How many opened texts are kept, so a conflict can tell the editor's changes from the other writer's. */
const OPENED_TEXTS = 500;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface WorkspaceOptions {
  /** Problem paths are relative to this folder; default: the content folder's parent, so they read `content/tiltak/T-1.md`. */
  displayBase?: string;
  /**
   * Parsed files by the hash of their bytes; default: a cache of the workspace's own, in memory. A parse depends on
   * the bytes alone, so workspaces over copies of one corpus (the tests') may share one.
   */
  parseCache?: Promise<ParseCache>;
}

export class Workspace {
  readonly contentFolder: string;
  readonly displayBase: string;
  readonly #cache: Promise<ParseCache>;
  /** Texts forms were opened with, by hash, newest last: the common ancestor of a conflict. */
  readonly #opened = new Map<string, string>();

  constructor(contentFolder: string, { displayBase, parseCache }: WorkspaceOptions = {}) {
    this.contentFolder = path.resolve(contentFolder);
    this.displayBase = displayBase ?? path.dirname(this.contentFolder);
    this.#cache = parseCache ?? ParseCache.open(undefined);
  }

  /**
   * How the model reads this folder: problems named from the display base, and one parse cache kept for the
   * editor's life, so that a file is parsed again only when its bytes change. Every reading of the folder (the
   * pages, a save's check, the changes page's committed side, a release) goes through it.
   */
  async loadOptions(): Promise<LoadOptions & { displayBase: string; cache: ParseCache }> {
    return { displayBase: this.displayBase, cache: await this.#cache };
  }

  /** The working draft and every released version, read fresh (the parse cache makes this cheap). */
  async corpus(): Promise<Corpus> {
    return loadCorpus(this.contentFolder, await this.loadOptions());
  }

  displayOf(absolute: string): string {
    return path.relative(this.displayBase, absolute).split(path.sep).join('/');
  }

  /** The folder of an edition: the working draft at the top, a released version under `versjoner/`. */
  editionFolder(edition: string | undefined): string {
    return edition ? path.join(this.contentFolder, VERSIONS_FOLDER, edition) : this.contentFolder;
  }

  /** A document of the working draft (or, read-only, of a released version); undefined when there is no such file. */
  async open(kind: DocumentKind, id: string, edition?: string): Promise<OpenDocument | undefined> {
    if (!documentKinds[kind].idPattern.test(id)) return undefined;
    if (edition !== undefined && !/^[a-z0-9][a-z0-9-]{0,59}$/.test(edition)) return undefined;
    // Every file comes through the one resolver, which follows no symbolic link: a link in a released version
    // could show any file on the server as if it were frozen content.
    const place = edition === undefined ? await this.resolve(this.contentFolder, kind, id) : await this.releasedPath(kind, id, edition);
    if (!place) return undefined;
    const { relative, absolute } = place;
    let text: string;
    try {
      text = await readFile(absolute, 'utf8');
    } catch {
      return undefined;
    }
    const parsed = parseFile(text, limits);
    if (edition === undefined) this.remember(text);
    return {
      kind,
      id,
      relative,
      absolute,
      display: this.displayOf(absolute),
      text,
      hash: sha256(text),
      parsed,
      data: isRecord(parsed.data) ? parsed.data : undefined,
    };
  }

  private remember(text: string): void {
    const hash = sha256(text);
    this.#opened.delete(hash);
    this.#opened.set(hash, text);
    if (this.#opened.size > OPENED_TEXTS) this.#opened.delete(this.#opened.keys().next().value!);
  }

  private async resolve(folder: string, kind: DocumentKind, id: string) {
    const place = await resolveDocumentPath(folder, kind, id, { displayBase: this.displayBase });
    return 'problem' in place ? undefined : place;
  }

  /**
   * A document's file in a released version, or undefined: `versjoner/` and the version's folder must be real
   * folders (the resolver allows the folder it starts from to be a link), and below them the resolver refuses links.
   */
  private async releasedPath(kind: DocumentKind, id: string, edition: string) {
    const versions = path.join(this.contentFolder, VERSIONS_FOLDER);
    for (const folder of [versions, path.join(versions, edition)]) {
      const stat = await lstat(folder).catch(() => undefined);
      if (!stat?.isDirectory()) return undefined;
    }
    return this.resolve(this.editionFolder(edition), kind, id);
  }

  /** Checks planned text with the whole working draft; the problems in the file and those it brings elsewhere. */
  private async check(relative: string, text: string, display: string): Promise<Problem[]> {
    const { problems, edition } = await checkPlannedFiles(this.contentFolder, [{ relative, text }], await this.loadOptions());
    const here = edition.problems.filter((problem) => problem.file === display);
    const elsewhere = problems.filter((problem) => problem.file !== display);
    return [...here, ...elsewhere];
  }

  private planned(text: string, display: string): PlannedDocument {
    const parsed = parseFile(text, limits);
    return { text, display, parsed, data: isRecord(parsed.data) ? parsed.data : {}, body: parsed.body };
  }

  /** The text a submitted form gives for a document, or undefined when it changes nothing. */
  private plannedText(config: KindConfig, document: OpenDocument, form: FormFields): string | undefined {
    // After a conflict, a field the editor chose to take from the file is left as the file has it.
    return this.textWith(config, document, withChoices(form, readSubmission(config, form)), takesFileBody(form, BODY_FIELD) ? undefined : submittedBody(form));
  }

  /** The document's text with submitted fields and body, or undefined when they change nothing. */
  private textWith(config: KindConfig, document: OpenDocument, submitted: Record<string, unknown>, body: string | undefined): string | undefined {
    if (!document.data) throw new Error('A document without readable frontmatter is saved as text.');
    const changes = changesOf(document.kind, config, document.data, submitted);
    const bodyChanged = body !== undefined && body.replace(/\n+$/, '') !== document.parsed.body.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
    if (Object.keys(changes).length === 0 && !bodyChanged) return undefined;
    let text = document.text;
    if (Object.keys(changes).length > 0) text = updateFrontmatter(text, changes) ?? text;
    if (bodyChanged) text = replaceBody(text, body) ?? text;
    return text;
  }

  /** The document as the form would leave it, without checking or writing anything (to show the form again). */
  preview(config: KindConfig, document: OpenDocument, form: FormFields): PlannedDocument {
    return this.planned(this.plannedText(config, document, form) ?? document.text, document.display);
  }

  /**
   * Saves a submitted form over a document of the working draft; nothing is written when it would give an error.
   * The file is read again and compared with the hash the form was opened with under a lock on the file, so of
   * several saves made from one form, exactly one is written and every other is a conflict.
   */
  async save(config: KindConfig, document: OpenDocument, form: FormFields, expectedHash: string | undefined): Promise<SaveOutcome> {
    return withFileLock(document.absolute, async () => {
      const current = await this.open(document.kind, document.id);
      if (current?.data && expectedHash !== current.hash) return this.formConflict(config, { ...current, data: current.data }, form, expectedHash);
      if (!current?.data) return this.conflict(current, this.plannedText(config, document, form) ?? document.text);
      const text = this.plannedText(config, current, form);
      if (text === undefined) return { type: 'unchanged', document: current };
      return this.write(current, text);
    });
  }

  /** Saves a whole file typed as text (for a document whose frontmatter the form cannot read), as `save` does. */
  async saveText(document: OpenDocument, text: string, expectedHash: string | undefined): Promise<SaveOutcome> {
    return withFileLock(document.absolute, async () => {
      const current = await this.open(document.kind, document.id);
      const base = current ?? document;
      const newline = base.text.includes('\r\n') ? '\r\n' : '\n';
      const typed = text.replace(/\r\n?/g, '\n').replace(/\n*$/, '\n');
      const normalised = newline === '\n' ? typed : typed.replace(/\n/g, '\r\n');
      if (!current || expectedHash !== current.hash) return this.conflict(current, normalised);
      if (normalised === current.text) return { type: 'unchanged', document: current };
      return this.write(current, normalised);
    });
  }

  /**
   * A form saved over a file that changed since it was opened: the fields the editor changed laid over the file
   * now, the rest as the file has them, and the fields (and body) both sides changed differently named.
   */
  private formConflict(
    config: KindConfig,
    current: OpenDocument & { data: Record<string, unknown> },
    form: FormFields,
    expectedHash: string | undefined,
  ): SaveOutcome {
    const openedText = expectedHash ? this.#opened.get(expectedHash) : undefined;
    const opened = openedText === undefined ? undefined : parseFile(openedText, limits);
    const openedData = opened && isRecord(opened.data) ? opened.data : undefined;
    const typed = readSubmission(config, form);
    const typedBody = submittedBody(form);
    const fields = mergeTyped(current.kind, config, typed, current.data, openedData);
    const body = mergeBody(typedBody, current.parsed.body, openedData ? opened?.body : undefined);
    const text = this.textWith(config, current, fields.submitted, body.body === current.parsed.body ? undefined : body.body) ?? current.text;
    return {
      type: 'conflict',
      current,
      planned: this.planned(text, current.display),
      conflicts: { fields: fields.fields, body: body.conflict },
      typed: { data: typed, body: typedBody ?? current.parsed.body },
    };
  }

  /**
   * Writes a whole text over a document (its committed version, or one from its history), checked with the whole
   * draft like any save; refused as a conflict when the file changed since the page offering it was opened.
   */
  async restore(document: OpenDocument, text: string, expectedHash: string | undefined): Promise<SaveOutcome> {
    return withFileLock(document.absolute, async () => {
      const current = await this.open(document.kind, document.id);
      if (!current || expectedHash !== current.hash) return this.conflict(current, current?.text ?? document.text);
      if (text === current.text) return { type: 'unchanged', document: current };
      return this.write(current, text);
    });
  }

  private conflict(current: OpenDocument | undefined, typed: string): SaveOutcome {
    return { type: 'conflict', current, planned: this.planned(typed, current?.display ?? '') };
  }

  /** Checks the text with the whole draft and writes it; called under the file's lock. */
  private async write(document: OpenDocument, text: string): Promise<SaveOutcome> {
    const problems = await this.check(document.relative, text, document.display);
    if (problems.some((problem) => problem.severity === 'error')) return { type: 'refused', problems, planned: this.planned(text, document.display) };
    // Another program (VS Code, git) may have changed the file while the edition was checked: compare again.
    const current = await readFile(document.absolute, 'utf8').catch(() => undefined);
    if (current !== document.text) return this.conflict(await this.open(document.kind, document.id), text);
    await replaceFile(document.absolute, text);
    const saved = await this.open(document.kind, document.id);
    return { type: 'saved', document: saved!, warnings: problems };
  }

  /** The text of a new document from a submitted form. */
  private newText(config: KindConfig, form: FormFields, id: string | undefined): string {
    const data = withoutDefaults(config.kind, readSubmission(config, form));
    return documentText(inSchemaOrder(documentKinds[config.kind].schema.shape, { id, ...data }), submittedBody(form) ?? '');
  }

  /** A new document as the form would write it, without an id yet (to show the form again). */
  previewNew(config: KindConfig, form: FormFields, typedId: string | undefined): PlannedDocument {
    const id = config.idPrefix === undefined ? typedId : undefined;
    return this.planned(this.newText(config, form, id), '');
  }

  /** The canonical link from the document at `from` to another document: a relative path to its file. */
  linkHref(from: string, kind: DocumentKind, id: string): string {
    return documentHref(from, kind, id);
  }

  /** Creates a document from a submitted form, with its id from the model's allocator (or the typed one for actors). */
  async create(config: KindConfig, form: FormFields, typedId: string | undefined): Promise<CreateOutcome> {
    const kind = config.kind;
    const corpus = await this.corpus();
    const id = config.idPrefix === undefined ? (typedId ?? '').trim().normalize('NFC') : (await allocateIds(kind, corpus))?.[0];
    const text = this.newText(config, form, id || undefined);
    // The typed id becomes a file name: the model checks it against the kind's pattern and keeps the file inside
    // the working draft before anything else is done with it.
    const place = id ? await resolveDocumentPath(this.contentFolder, kind, id, { displayBase: this.displayBase }) : undefined;
    if (place && 'problem' in place) {
      // Shown on the id field: the planned text has the id on its second line.
      const problem = { ...place.problem, line: 2, column: 1 };
      return { type: 'refused', problems: [problem], planned: this.planned(text, problem.file) };
    }
    const relative = place?.relative ?? documentPath(kind, documentKinds[kind].idExample);
    const absolute = path.join(this.contentFolder, relative);
    const display = this.displayOf(absolute);
    const taken =
      !!id &&
      [corpus.working, ...corpus.versions].some((edition) =>
        [...edition.byId.keys(), ...edition.aliases.keys()].some((other) => other.toLowerCase() === id.toLowerCase()),
      );
    const problems = await this.check(relative, text, display);
    if (taken) problems.unshift(createProblem('id/already-used', { id }, display, { line: 2, column: 1 }));
    if (!id || problems.some((problem) => problem.severity === 'error')) return { type: 'refused', problems, planned: this.planned(text, display) };
    await writeNewFile(absolute, text);
    return { type: 'created', id, display, warnings: problems };
  }
}
