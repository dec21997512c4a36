/** A copy of a corpus in a git repository of its own, and the editor app over it, for tests. */
import { execFileSync } from 'node:child_process';
import { type BigIntStats, cpSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { localOrigins } from '@strategi/hosting';
import { ParseCache } from '@strategi/model';
import { ReviewStore, signShareToken } from '@strategi/review';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { afterAll, beforeEach, inject } from 'vitest';
import { createEditorApp, type EditorAppOptions } from '../src/app.ts';
import { editorConfig } from '../src/form-config.ts';
import { ContentRepository } from '../src/git.ts';
import { Workspace } from '../src/workspace.ts';
import { type CorpusName, gitIdentity } from './corpus-template.ts';

export { demoCorpus } from './corpus-template.ts';

export interface TestRepository {
  root: string;
  content: string;
  git(...args: string[]): string;
  /** Puts a fresh copy of the template in place of whatever the last test left, at the same path. */
  reset(): void;
  /** Done with the copy: the worker's next file asking for the corpus gets it, reset. */
  remove(): void;
}

/** A copy keeps the template's modification time to the millisecond (a JavaScript date), not to the nanosecond. */
const sameTime = (a: bigint, b: bigint) => (a > b ? a - b : b - a) < 2_000_000n;

/** What a copied entry must still be for reset() to leave it: its kind, and a file's size, time and mode. */
const sameEntry = (copy: BigIntStats, original: BigIntStats) =>
  copy.isDirectory()
    ? original.isDirectory() && copy.mode === original.mode
    : copy.isFile() && original.isFile() && copy.size === original.size && sameTime(copy.mtimeNs, original.mtimeNs) && copy.mode === original.mode;

/**
 * Puts `copy` back as `template` is, touching only what differs: an entry the template lacks is removed, one it has
 * that is missing or changed is copied again. The copies keep the template's modification times, and every write
 * sets a file's time to now, long after the template was made: a file written in place, even to the same size, is
 * told by its time.
 */
function restore(template: string, copy: string): void {
  const originals = new Map(readdirSync(template).map((name) => [name, lstatSync(path.join(template, name), { bigint: true })]));
  for (const name of readdirSync(copy)) {
    const original = originals.get(name);
    const at = path.join(copy, name);
    if (!original) rmSync(at, { recursive: true, force: true });
    else if (!sameEntry(lstatSync(at, { bigint: true }), original)) {
      rmSync(at, { recursive: true, force: true });
      cpSync(path.join(template, name), at, { recursive: true, preserveTimestamps: true });
    } else if (original.isDirectory()) restore(path.join(template, name), at);
    originals.delete(name);
  }
  for (const name of originals.keys()) cpSync(path.join(template, name), path.join(copy, name), { recursive: true, preserveTimestamps: true });
}

/** Copies test files have given back (remove()), by corpus: the next file of the worker resets one instead of copying. */
const spareCopies: Partial<Record<CorpusName, string[]>> = {};

/**
 * A copy of a corpus's template repository: `<tmp>/repo/content` in a git repository with one commit on `main`.
 * `reset()` before each test gives every test a repository of its own at the same path, so that one editor app can
 * serve the whole file: its only state is a parse cache keyed by the files' bytes. A reset copies again only what
 * the last test changed (a test that saves one document rewrites that file and git's index, not a hundred files).
 * `remove()` gives the copy back to the worker (a worker runs its files one after another, `isolate: false`): the
 * next file to ask for the corpus gets it reset, and the run's folder (`@strategi/testing/run-tmpdir`) goes at the end.
 */
export function contentRepository(corpus: CorpusName): TestRepository {
  // The repository sits one folder down in a scratch folder of its own, so that what a test finds beside it (a
  // file a traversal wrote one level up) is this test's doing, not another test file's running at the same time.
  const spare = spareCopies[corpus]?.pop();
  const scratch = spare ?? mkdtempSync(path.join(tmpdir(), 'strategi-editor-'));
  const root = path.join(scratch, 'repo');
  const content = path.join(root, 'content');
  const template = inject('corpusTemplates')[corpus];
  const copyAgain = () => {
    rmSync(root, { recursive: true, force: true });
    cpSync(template, root, { recursive: true, preserveTimestamps: true });
  };
  const reset = () => {
    for (const name of readdirSync(scratch)) if (name !== 'repo') rmSync(path.join(scratch, name), { recursive: true, force: true });
    // A repository a test replaced, or left in a state that cannot be walked: the whole copy again.
    if (!lstatSync(root, { throwIfNoEntry: false })?.isDirectory()) return copyAgain();
    try {
      restore(template, root);
    } catch {
      copyAgain();
    }
  };
  if (spare) reset();
  else copyAgain();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...gitIdentity } });
  let given = false;
  const remove = () => {
    if (given) return;
    given = true;
    spareCopies[corpus] = [...(spareCopies[corpus] ?? []), scratch];
  };
  return { root, content, git, reset, remove };
}

/**
 * One parse cache for every test workspace of this process (a worker runs many test files, `isolate: false`): the
 * tests' repositories are copies of the same few corpora, and a parse depends on a file's bytes alone, so each file
 * is parsed once per worker instead of once per editor app.
 */
export const testParseCache = ParseCache.open(undefined);

/** The origin the test apps answer for, as `pnpm editor` on its default port. */
export const TEST_ORIGIN = 'http://127.0.0.1:4323';

/** What a test may give the editor app beyond its repository: share links, a comment store, a preview command, a limiter. */
export type EditorAppExtras = Pick<EditorAppOptions, 'hosted' | 'limiter' | 'reviews' | 'preview'>;

/**
 * The git repository of a test copy, found once for the file that holds it (two git processes): the editor apps of a
 * file (locally and hosted, or one per test) share it. Not across files: a copy lent again may have been copied
 * whole since, and a git kept running for the last file's lookups would be in the folder that was removed.
 */
const foundRepositories = new WeakMap<TestRepository, Promise<ContentRepository | undefined>>();
const repositoryOf = (repository: TestRepository) => {
  const found = foundRepositories.get(repository) ?? ContentRepository.find(repository.content, 'redigering');
  foundRepositories.set(repository, found);
  return found;
};

/** The editor app over a test repository; `request('/path')` goes to TEST_ORIGIN, the one Host it answers. */
export async function editorApp(repository: TestRepository, extras: EditorAppExtras = {}) {
  const app = createEditorApp({
    allowed: localOrigins(4323),
    workspace: new Workspace(repository.content, { parseCache: testParseCache }),
    config: editorConfig(),
    repository: await repositoryOf(repository),
    ...extras,
  });
  const request: typeof app.request = (input, ...rest) =>
    app.request(typeof input === 'string' && input.startsWith('/') ? `${TEST_ORIGIN}${input}` : input, ...rest);
  return { fetch: app.fetch, request };
}

/**
 * One editor app over a copy of `corpus` for the whole test file (await it at the top of the file), removed when the
 * file ends. With `reset`, each test gets a fresh copy at the same path: the app's only state is a parse cache keyed
 * by the files' bytes.
 */
export async function editorForFile(corpus: CorpusName, { reset = false, ...extras }: EditorAppExtras & { reset?: boolean } = {}) {
  const repository = contentRepository(corpus);
  afterAll(() => repository.remove());
  if (reset) beforeEach(() => repository.reset());
  return { repository, app: await editorApp(repository, extras) };
}

/** A comment and share-link store in a scratch folder of its own, closed and removed when the test file ends. */
export async function reviewStoreForFile(label: string): Promise<ReviewStore> {
  const data = mkdtempSync(path.join(tmpdir(), `strategi-editor-${label}-`));
  const store = await ReviewStore.open({ sqliteFile: path.join(data, 'kommentarer.sqlite') });
  afterAll(async () => {
    await store.close();
    rmSync(data, { recursive: true, force: true });
  });
  return store;
}

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const textOf = (node: Node): string =>
  'value' in node && node.nodeName === '#text'
    ? (node as DefaultTreeAdapterMap['textNode']).value
    : 'childNodes' in node
      ? node.childNodes.map(textOf).join('')
      : '';

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node as Element;
  const children = node.nodeName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child as Node);
}

/**
 * The first form in a page as a browser submits it when `button` (name=value) is pressed: successful controls
 * only, textareas with the browser's CRLF line breaks.
 */
export function submitForm(
  page: string,
  button: { name: string; value: string } = { name: 'handling', value: 'lagre' },
  action?: string,
): { action: string; body: URLSearchParams } {
  const document = parse(page);
  const form = [...elements(document)].find(
    (element) => element.tagName === 'form' && (action === undefined || attr(element, 'action') === action) && attr(element, 'method') === 'post',
  );
  if (!form) throw new Error('No form in the page');
  const body = new URLSearchParams();
  for (const element of elements(form)) {
    const name = attr(element, 'name');
    if (!name || attr(element, 'disabled') !== undefined) continue;
    if (element.tagName === 'input') {
      const type = attr(element, 'type') ?? 'text';
      if (type === 'checkbox' || type === 'radio') {
        if (attr(element, 'checked') !== undefined) body.append(name, attr(element, 'value') ?? 'on');
      } else body.append(name, attr(element, 'value') ?? '');
    } else if (element.tagName === 'textarea') {
      body.append(name, textOf(element).replace(/\r?\n/g, '\r\n'));
    } else if (element.tagName === 'select') {
      const options = [...elements(element)].filter((child) => child.tagName === 'option');
      const selected = options.find((option) => attr(option, 'selected') !== undefined) ?? options[0];
      if (selected) body.append(name, attr(selected, 'value') ?? textOf(selected));
    } else if (element.tagName === 'button' && name === button.name && attr(element, 'value') === button.value) {
      body.append(name, button.value);
    }
  }
  return { action: attr(form, 'action')!, body };
}

/** Sets a field of a submitted form (replacing every value it had). */
export function setField(body: URLSearchParams, name: string, ...values: string[]): void {
  body.delete(name);
  for (const value of values) body.append(name, value);
}

export const post = (app: { request(url: string, init?: RequestInit): Response | Promise<Response> }, url: string, body: URLSearchParams) =>
  app.request(url, {
    method: 'POST',
    body: body.toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
  });

/** Sets each of a submitted form's fields named in `fields`, as setField does. */
export function setFields(body: URLSearchParams, fields: Record<string, string>): void {
  for (const [name, value] of Object.entries(fields)) setField(body, name, value);
}

/**
 * What the tests of the hosted editor share: the editor over one test repository twice — locally, and hosted behind
 * share links signed with `secret` and stored in `store` — with the repository put back before each test unless
 * `reset` is false. Await it at the top of the test file.
 */
export async function localAndHostedEditor(label: string, { reset = true }: { reset?: boolean } = {}) {
  const secret = new TextEncoder().encode('en hemmelig nøkkel på minst trettito tegn for testene');
  const store = await reviewStoreForFile(label);
  const { repository, app: local } = await editorForFile('draft', { reset });
  const hosted = await editorApp(repository, { hosted: { store, secret } });

  /** What the hosted editor answers to a new share link of `role` (by default an editor link named «Lenke»). */
  const signInResponse = async (
    role: 'editor' | 'reviewer',
    { name = 'Lenke', audience = 'editor' }: { name?: string; audience?: 'editor' | 'review' } = {},
  ) => {
    const link = await store.createLink({ name, role, audience, expiresAt: new Date(Date.now() + 86_400_000) });
    return hosted.request(`/tilgang?token=${await signShareToken(link, secret)}`);
  };
  /** Signs in with a new share link and returns the session cookie. */
  const signIn = async (role: 'editor' | 'reviewer', link: { name?: string } = {}) => {
    const response = await signInResponse(role, link);
    const cookie = /strategi_redigering=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
    if (response.status !== 303 || !cookie) throw new Error(`The share link gave ${response.status} and no session`);
    return cookie;
  };
  /** A form posted to the hosted editor in a session; by default as the browser sends it from the editor's own page. */
  const postAs = (cookie: string, url: string, body: URLSearchParams, headers: Record<string, string> = { 'Sec-Fetch-Site': 'same-origin' }) =>
    hosted.request(url, {
      method: 'POST',
      body: body.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie, ...headers },
    });
  return { secret, store, repository, local, hosted, signInResponse, signIn, postAs };
}
