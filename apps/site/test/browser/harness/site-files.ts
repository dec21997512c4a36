/**
 * What a built site folder holds, read from the files alone: its pages, its editions, and the ids of
 * the documents each edition has. Tests pick their examples from here instead of hard-coding content,
 * so they follow the strategy as editors change it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** Every `.html` file under `root`, as paths relative to it with `/` separators, sorted. */
export function htmlFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

/** The URL path a built file is served at: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/**
 * The file a URL path resolves to, as the static server would serve it, or undefined.
 * `pathname` is decoded and has no query or fragment.
 */
export function fileForPath(root: string, pathname: string): string | undefined {
  const clean = posix.normalize(pathname);
  if (clean.startsWith('/..')) return undefined;
  const target = join(root, ...clean.split('/').filter(Boolean));
  const isFile = (p: string): boolean => existsSync(p) && statSync(p).isFile();
  if (clean.endsWith('/')) return isFile(join(target, 'index.html')) ? join(target, 'index.html') : undefined;
  if (isFile(target)) return target;
  // `/dir` without the slash: the server redirects it to `/dir/`.
  if (isFile(join(target, 'index.html'))) return join(target, 'index.html');
  return undefined;
}

/** The sub-folders of a folder (empty when it does not exist). */
export function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort(compareIds);
}

/** Sorts `T-2` before `T-10`. */
export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'nb', { numeric: true });
}

/** The edition ids of a build: the folders under `versjoner/` that have a front page. */
export function editionsOf(root: string): string[] {
  return subfolders(join(root, 'versjoner')).filter((id) => existsSync(join(root, 'versjoner', id, 'index.html')));
}

/** Document kinds and their URL segment. */
const kinds = {
  focusArea: 'innsatsomrader',
  goal: 'mal',
  measure: 'tiltak',
  actionPlan: 'handlingsplaner',
  actor: 'aktorer',
  inputRound: 'innspillsrunder',
  input: 'innspill',
} as const;
export type Kind = keyof typeof kinds;

/** Segments under `tiltak/` that are filter pages, not measures. */
const measureFilterSegments = new Set(['sektor', 'status', 'ansvarlig']);

/** The ids of one kind of document in an edition, from the folders that have a page. */
export function idsOf(root: string, edition: string, kind: Kind): string[] {
  const dir = join(root, 'versjoner', edition, kinds[kind]);
  return subfolders(dir).filter((id) => existsSync(join(dir, id, 'index.html')) && !(kind === 'measure' && measureFilterSegments.has(id)));
}

/** The first id of a kind, or a clear error naming what is missing. */
export function firstIdOf(root: string, edition: string, kind: Kind): string {
  const id = idsOf(root, edition, kind)[0];
  if (id === undefined) throw new Error(`${root} has no ${kinds[kind]} page in edition ${edition}`);
  return id;
}

/** The HTML of a built page, by URL path. */
export function readPage(root: string, pathname: string): string {
  const file = fileForPath(root, pathname);
  if (file === undefined) throw new Error(`${root} has no page at ${pathname}`);
  return readFileSync(file, 'utf8');
}

/** Where a document's page is: `/versjoner/<E>/<segment>/<id>/`. */
export function documentPath(edition: string, kind: Kind, id: string): string {
  return `/versjoner/${edition}/${kinds[kind]}/${encodeURIComponent(id)}/`;
}
