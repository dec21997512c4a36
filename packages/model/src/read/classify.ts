import path from 'node:path';
import { createProblem, type Problem } from '@strategi/problems';
import { type DocumentKind, documentKinds, kindForFolder, STRATEGY_FILE } from '@strategi/schema';
import type { Entry } from './walk.ts';

export interface DocumentFile {
  kind: DocumentKind;
  entry: Entry;
}

const kindFolders = Object.values(documentKinds)
  .map((kind) => kind.folder)
  .filter(Boolean);

/**
 * Decides what each entry of an edition folder is: a document of some kind, or a problem.
 * `ignore` names files at the top that belong to the folder itself (a version's `versjon.md`).
 */
export function classifyEntries(
  entries: readonly Entry[],
  displayPath: (absolute: string) => string,
  ignore: readonly string[] = [],
): { documents: DocumentFile[]; problems: Problem[] } {
  const documents: DocumentFile[] = [];
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (ignore.includes(entry.relative)) continue;
    const file = displayPath(entry.absolute);
    const name = entry.relative.split('/').at(-1) ?? entry.relative;
    const isMarkdown = name.toLowerCase().endsWith('.md');
    if (entry.isDirectory) {
      if (isMarkdown) problems.push(createProblem('file/directory-not-file', {}, file));
      continue;
    }
    if (!isMarkdown) {
      problems.push(createProblem('file/not-markdown', { name }, file));
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
  return { documents, problems };
}
