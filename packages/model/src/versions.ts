import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createProblem, type Problem } from '@strategi/problems';
import { VERSION_FILE, type Version, versionSchema } from '@strategi/schema';
import { checkParsed, type LoadContext, readAndParse } from './read/load-document.ts';
import type { Edition, EditionStatus } from './types.ts';

export interface VersionFolder {
  folder: string;
  root: string;
  version: Version | undefined;
  notes: string;
  problems: Problem[];
}

/** Lists the folders under `versjoner/` and reads each one's `versjon.md`. */
export async function readVersionFolders(versionsRoot: string, context: LoadContext): Promise<VersionFolder[]> {
  let names: string[];
  try {
    const entries = await readdir(versionsRoot, { withFileTypes: true });
    names = entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name);
  } catch {
    return [];
  }
  names.sort();
  return Promise.all(
    names.map(async (folder) => {
      const root = path.join(versionsRoot, folder);
      const describeFile = path.join(root, VERSION_FILE);
      const read = await readAndParse(describeFile, context);
      if (read.problems.some((problem) => problem.ruleId === 'file/unreadable' && /ENOENT|ENOTDIR/.test(problem.message))) {
        return {
          folder,
          root,
          version: undefined,
          notes: '',
          problems: [createProblem('version/missing-description', { version: folder }, context.displayPath(root))],
        };
      }
      const shape = checkParsed(versionSchema, read);
      const problems = [...read.problems, ...shape.problems];
      if (shape.data && shape.data.id !== folder) {
        problems.push(createProblem('version/folder-mismatch', { id: shape.data.id, folder }, read.file, read.parsed?.values['id']));
      }
      return { folder, root, version: shape.data, notes: read.parsed?.body.trim() ?? '', problems };
    }),
  );
}

/**
 * Compares a released version's files with the hashes recorded when it was released.
 * A released version never changes; any difference is reported against the file and the version.
 */
export function checkReleasedFiles(version: Version, hashes: ReadonlyMap<string, string>, root: string, context: LoadContext): Problem[] {
  const problems: Problem[] = [];
  const display = (relative: string) => context.displayPath(path.join(root, relative));
  for (const [relative, hash] of hashes) {
    const recorded = version.hashes[relative];
    if (recorded === undefined) problems.push(createProblem('version/unexpected-file', { version: version.id }, display(relative)));
    else if (recorded !== hash) problems.push(createProblem('version/tampered', { version: version.id }, display(relative)));
  }
  for (const relative of Object.keys(version.hashes)) {
    if (!hashes.has(relative)) {
      problems.push(createProblem('version/missing-file', { version: version.id, file: relative }, display(VERSION_FILE)));
    }
  }
  return problems;
}

/** Orders versions by date and marks every adopted version but the newest as superseded. */
export function effectiveStatuses(versions: readonly Version[]): Map<string, EditionStatus> {
  const ordered = [...versions].sort(compareVersions);
  const latestAdopted = ordered.filter((version) => version.status === 'adopted').at(-1);
  return new Map(ordered.map((version) => [version.id, version.status === 'adopted' && version !== latestAdopted ? 'superseded' : version.status]));
}

export function compareVersions(a: Pick<Version, 'date' | 'id'>, b: Pick<Version, 'date' | 'id'>): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The adopted version readers get at the root, or the newest public one when none is adopted yet. */
export function currentEdition(versions: readonly Edition[]): Edition | undefined {
  return versions.filter((edition) => edition.status === 'adopted').at(-1) ?? versions.filter((edition) => edition.isPublic).at(-1);
}
