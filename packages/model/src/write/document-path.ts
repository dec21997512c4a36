import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { createProblem, type Problem } from '@strategi/problems';
import { type DocumentKind, documentKinds, documentPath, MAX_ID_LENGTH, VERSIONS_FOLDER } from '@strategi/schema';

export interface DocumentPathOptions {
  /** Problems name files relative to this folder; by default the content folder's parent (`content/aktorer`). */
  displayBase?: string;
}

export type ResolvedDocumentPath = { relative: string; absolute: string } | { problem: Problem };

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * The one way from a kind and an id to the file of a working-draft document, for every writer (`strategi new`,
 * `import`, the web editor): the id is checked against the kind's pattern before it becomes a path, and the path
 * is refused when it would lie outside the content folder or under `versjoner/`, or pass through a symbolic link
 * (a link could lead a write anywhere, and the readers never follow one). `relative` is inside the content folder
 * (`aktorer/KD.md`), `absolute` is that file under the folder as given.
 */
export async function resolveDocumentPath(
  contentFolder: string,
  kind: DocumentKind,
  id: string,
  options: DocumentPathOptions = {},
): Promise<ResolvedDocumentPath> {
  const root = path.resolve(contentFolder);
  const displayBase = options.displayBase ?? path.dirname(root);
  const { idPattern, idExample, folder, words } = documentKinds[kind];
  const shown = (absolute: string) => path.relative(displayBase, absolute).split(path.sep).join('/');
  const refuse = (problem: Problem) => ({ problem });

  if (id.length > MAX_ID_LENGTH || !idPattern.test(id))
    return refuse(createProblem('id/invalid-typed', { id, kind: words.nb.indefinite, example: idExample }, shown(path.join(root, folder))));

  const relative = documentPath(kind, id);
  const absolute = path.join(root, relative);
  const display = shown(absolute);
  const inside = path.relative(root, absolute);
  const first = inside.split(path.sep)[0] ?? '';
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside) || first.toLowerCase() === VERSIONS_FOLDER)
    return refuse(createProblem('id/path-outside', { id, name: display }, display));

  // Every existing step below the content folder must be a real folder (the file itself a real file): a link in the
  // way is refused, not followed. Steps that do not exist yet are made by the writer.
  const steps = inside.split(path.sep);
  for (let i = 1; i <= steps.length; i++) {
    const step = path.join(root, ...steps.slice(0, i));
    const stat = await lstat(step).catch((error: unknown) => {
      if (isMissing(error)) return undefined;
      throw error;
    });
    if (!stat) break;
    if (stat.isSymbolicLink()) return refuse(createProblem('id/path-symlink', { id, name: shown(step) }, display));
  }

  // The content folder itself may be reached through a link (a checkout under a linked home folder); what lies
  // below it, resolved for real, must still be inside it.
  const realRoot = await realpath(root).catch(() => root);
  const parent = await deepestExisting(path.dirname(absolute), root);
  const realParent = await realpath(parent).catch(() => parent);
  const fromRoot = path.relative(realRoot, realParent);
  if (fromRoot.startsWith('..') || path.isAbsolute(fromRoot) || (fromRoot.split(path.sep)[0] ?? '').toLowerCase() === VERSIONS_FOLDER)
    return refuse(createProblem('id/path-outside', { id, name: display }, display));

  return { relative, absolute };
}

/** The folder itself, or the nearest of its parents that exists, going no higher than `root`. */
async function deepestExisting(folder: string, root: string): Promise<string> {
  let current = folder;
  while (current !== root && current !== path.dirname(current)) {
    const exists = await lstat(current).then(
      () => true,
      () => false,
    );
    if (exists) return current;
    current = path.dirname(current);
  }
  return current;
}
