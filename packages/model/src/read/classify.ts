import { lstat, readlink } from 'node:fs/promises';
import path from 'node:path';
import { createProblem, type Problem } from '@strategi/problems';
import { type DocumentKind, documentKinds, kindForFolder, MANIFEST_FILE, SETTINGS_FILE, STRATEGY_FILE, VERSION_FILE, VERSIONS_FOLDER } from '@strategi/schema';
import { isImageFile } from '../links/image.ts';
import { type Entry, walk } from './walk.ts';

export interface DocumentFile {
  kind: DocumentKind;
  entry: Entry;
}

/** The document files of an edition folder, and the problems with every other entry in it. */
export interface ContentFiles {
  documents: DocumentFile[];
  /** The image files (PNG, JPEG, WebP, SVG) anywhere in the folder, which bodies may show; frozen with a release. */
  images: Entry[];
  problems: Problem[];
}

export interface ListOptions {
  /** True for the working draft (the content folder's top: `versjoner/` is left out); false for a released version's folder (its `versjon.md` is left out). */
  working: boolean;
  /** How a file is named in problems. Default: relative to the working directory, with forward slashes. */
  displayPath?: (absolute: string) => string;
  /** Where the entries come from: the disk (`walk`), or a snapshot or overlay of it (see source.ts). */
  list?: (root: string, skipTopLevel: readonly string[]) => Promise<Entry[]>;
}

/**
 * The one place that decides what a content file is, for every command: the files `validate` checks, `release`
 * freezes and the site builds are the `documents` of this list, and nothing else.
 *
 * A document is a regular file whose name ends in `.md` (small letters), in the folder of its kind (or
 * `strategi.md` at the top). Everything else is a problem, never skipped in silence: `T-50.MD` (an error, with a
 * rename hint: a pattern such as `*.md` in `.gitattributes` or an editor's settings does not match it), a symbolic
 * link (an error, never followed: it may point out of the repository), a FIFO, socket or device (an error, never
 * opened), a folder named like a document, a folder that cannot be listed, a file of another type (a warning), and
 * a document outside every kind's folder. An image (PNG, JPEG, WebP, SVG) is listed as one, anywhere in the folder.
 */
export async function listContentFiles(root: string, options: ListOptions): Promise<ContentFiles> {
  const displayPath = options.displayPath ?? ((absolute: string) => path.relative(process.cwd(), absolute).split(path.sep).join('/') || '.');
  const entries = await (options.list ?? walk)(root, options.working ? [VERSIONS_FOLDER] : []);
  return classifyEntries(entries, displayPath, options.working ? [SETTINGS_FILE] : [VERSION_FILE, MANIFEST_FILE]);
}

const kindFolders = Object.values(documentKinds)
  .map((kind) => kind.folder)
  .filter(Boolean);

const specialNames = { fifo: 'et navngitt rør (FIFO)', socket: 'en socket', device: 'en enhetsfil' } as const;

/**
 * Decides what each entry of an edition folder is: a document of some kind, or a problem.
 * `ignore` names files at the top that belong to the folder itself (a version's `versjon.md`).
 */
function classifyEntries(entries: readonly Entry[], displayPath: (absolute: string) => string, ignore: readonly string[] = []): ContentFiles {
  const documents: DocumentFile[] = [];
  const images: Entry[] = [];
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (ignore.includes(entry.relative)) continue;
    const file = displayPath(entry.absolute);
    const name = entry.relative.split('/').at(-1) ?? entry.relative;
    const looksMarkdown = name.toLowerCase().endsWith('.md');
    switch (entry.type) {
      case 'directory':
        if (looksMarkdown) problems.push(createProblem('file/directory-not-file', {}, file));
        continue;
      case 'unreadable':
        problems.push(createProblem('file/unreadable', { reason: entry.reason ?? 'ukjent feil' }, file));
        continue;
      case 'symlink':
        problems.push(createProblem('file/symlink', { name, target: entry.target ?? '?', outside: entry.outside ?? true }, file));
        continue;
      case 'fifo':
      case 'socket':
      case 'device':
        problems.push(createProblem('file/special', { name, found: specialNames[entry.type] }, file));
        continue;
      case 'file':
        break;
    }
    if (isImageFile(entry.relative)) {
      images.push(entry);
      continue;
    }
    if (!looksMarkdown) {
      problems.push(createProblem('file/not-markdown', { name }, file));
      continue;
    }
    if (!name.endsWith('.md')) {
      problems.push(createProblem('file/extension-case', { name, expected: `${name.slice(0, -3)}.md` }, file));
      continue;
    }
    if (entry.relative === STRATEGY_FILE) {
      documents.push({ kind: 'strategy', entry });
      continue;
    }
    const parts = entry.relative.split('/');
    const kind = parts.length === 2 ? kindForFolder(parts[0]!) : undefined;
    if (kind) documents.push({ kind, entry });
    else {
      // A stray file at the top is named by the content folder itself, not by «.».
      const folder = parts.length === 1 ? displayPath(path.dirname(entry.absolute)) : parts.slice(0, -1).join('/');
      problems.push(createProblem('file/unknown-location', { folder, folders: kindFolders }, file));
    }
  }
  return { documents, images, problems };
}

/**
 * The problem of an entry that is neither a regular file nor a real folder: a symbolic link (reported with its
 * target, never followed) or a FIFO, socket or device (never opened); undefined for a file or a folder. For the
 * places that list a folder themselves (`versjoner/` and the folders in it), so that they say what the walker says.
 * `root` is the content folder, which a link's target is inside or outside of.
 */
export async function strayEntryProblem(absolute: string, root: string, displayPath: (absolute: string) => string): Promise<Problem | undefined> {
  const stats = await lstat(absolute).catch(() => undefined);
  if (!stats || stats.isFile() || stats.isDirectory()) return undefined;
  const name = path.basename(absolute);
  if (stats.isSymbolicLink()) {
    const target = await readlink(absolute).catch(() => '?');
    const fromRoot = path.relative(root, path.resolve(path.dirname(absolute), target));
    const outside = fromRoot.split(path.sep)[0] === '..' || path.isAbsolute(fromRoot);
    return createProblem('file/symlink', { name, target, outside }, displayPath(absolute));
  }
  const found = stats.isFIFO() ? specialNames.fifo : stats.isSocket() ? specialNames.socket : specialNames.device;
  return createProblem('file/special', { name, found }, displayPath(absolute));
}
