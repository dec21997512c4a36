import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createProblem, type Problem } from '@strategi/problems';
import { MANIFEST_FILE, SCHEMA_VERSION, VERSION_FILE, type Version, versionSchema, versionTransitions } from '@strategi/schema';
import { migrateVersionDescription } from '../migrate/index.ts';
import { strayEntryProblem } from '../read/classify.ts';
import { checkParsed, contentHash, type LoadContext, readAndParse } from '../read/load-document.ts';
import { consultationPeriodProblems } from '../release-consultation.ts';
import type { Edition, EditionStatus } from '../types.ts';
import { MAX_MANIFEST_BYTES, parseManifest } from './manifest.ts';
import { sealOf } from './seal.ts';

export interface VersionFolder {
  folder: string;
  root: string;
  version: Version | undefined;
  notes: string;
  /** The hash of every file as recorded at release, by path inside the folder; undefined when the list is not to be trusted. */
  recorded: Map<string, string> | undefined;
  problems: Problem[];
}

/** A hidden folder a release writes into before it renames it into place (`.2026-horing.tmp-4242`). */
export const TEMPORARY_RELEASE = /^\.(.+)\.tmp-(\d+)$/;

/**
 * Lists the folders under `versjoner/` and reads each one's `versjon.md` and hash list. Left-over folders of a
 * release that was stopped are reported, never read as versions.
 */
export async function readVersionFolders(versionsRoot: string, context: LoadContext): Promise<{ folders: VersionFolder[]; problems: Problem[] }> {
  // `versjoner` itself, or an entry in it, as a link or a special file is reported, never followed or opened.
  const contentRoot = path.dirname(versionsRoot);
  const stray = await strayEntryProblem(versionsRoot, contentRoot, context.displayPath);
  if (stray) return { folders: [], problems: [stray] };
  let entries: Dirent[];
  try {
    entries = await readdir(versionsRoot, { withFileTypes: true });
  } catch {
    return { folders: [], problems: [] };
  }
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.isDirectory() || entry.isFile()) continue;
    const problem = await strayEntryProblem(path.join(versionsRoot, entry.name), contentRoot, context.displayPath);
    if (problem) problems.push(problem);
  }
  for (const entry of entries) {
    if (!entry.isDirectory() || !TEMPORARY_RELEASE.test(entry.name)) continue;
    const shown = context.displayPath(path.join(versionsRoot, entry.name));
    problems.push(createProblem('version/leftover-release', { folder: shown }, shown));
  }
  const names = entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  const folders = await Promise.all(names.map((folder) => readVersionFolder(path.join(versionsRoot, folder), folder, context)));
  return { folders, problems };
}

async function readVersionFolder(root: string, folder: string, context: LoadContext): Promise<VersionFolder> {
  const describeFile = path.join(root, VERSION_FILE);
  const none = { folder, root, version: undefined, notes: '', recorded: new Map<string, string>() };
  const read = await readAndParse(describeFile, context);
  if (read.problems.some((problem) => problem.ruleId === 'file/unreadable' && /ENOENT|ENOTDIR/.test(problem.message))) {
    return { ...none, problems: [createProblem('version/missing-description', { version: folder }, context.displayPath(root))] };
  }
  const raw = read.parsed?.data;
  const declared = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['schemaVersion'] : undefined;
  if (typeof declared === 'number' && declared > SCHEMA_VERSION) {
    return {
      ...none,
      problems: [
        createProblem(
          'version/newer-schema',
          { version: folder, schemaVersion: declared, supported: SCHEMA_VERSION },
          read.file,
          read.parsed?.values['schemaVersion'],
        ),
      ],
    };
  }
  const migrated = read.parsed && raw !== undefined ? { ...read, parsed: { ...read.parsed, data: migrateVersionDescription(raw) } } : read;
  const shape = checkParsed(versionSchema, migrated);
  const problems = [...read.problems, ...shape.problems];
  const version = shape.data;
  const notes = read.parsed?.body.trim() ?? '';
  if (!version || !read.parsed) return { ...none, notes, problems };
  const place = (key: string) => read.parsed!.values[key] ?? read.parsed!.keys[key];
  if (version.id !== folder) problems.push(createProblem('version/folder-mismatch', { id: version.id, folder }, read.file, place('id')));

  // The status and everything else in the file must be what the commands wrote.
  if (version.seal === undefined) problems.push(createProblem('version/unsealed', { version: version.id }, read.file));
  else if (version.seal !== sealOf(raw as Record<string, unknown>, read.parsed.body)) {
    problems.push(createProblem('version/edited-by-hand', { version: version.id }, read.file, place('seal')));
  }
  const last = version.history.at(-1);
  if (last && last.status !== version.status) {
    problems.push(
      createProblem('version/status-unexplained', { version: version.id, status: version.status, recorded: last.status }, read.file, place('status')),
    );
  }
  for (const [i, entry] of version.history.entries()) {
    const previous = version.history[i - 1];
    if (previous && !versionTransitions[previous.status].includes(entry.status)) {
      problems.push(
        createProblem(
          'version/illegal-transition',
          { from: previous.status, to: entry.status, allowed: [...versionTransitions[previous.status]] },
          read.file,
          place(`history.${i}.status`),
        ),
      );
    }
  }

  // A consultation released under six weeks must say why (utredningsinstruksen 3-3), in the file itself.
  if (version.consultation && version.history[0]?.status === 'høring') {
    const { deadline, shortDeadlineReason: reason } = version.consultation;
    const period = consultationPeriodProblems({ date: version.history[0].date, deadline, reason }, read.file, place('consultation.deadline'));
    problems.push(...period.filter((problem) => problem.severity === 'error'));
  }

  const recorded = await recordedHashes(version, root, read.file, context, problems);
  return { folder, root, version, notes, recorded, problems };
}

/** The hashes recorded at release: in `versjon.md` (schema version 1) or in the hash list it names. */
async function recordedHashes(
  version: Version,
  root: string,
  file: string,
  context: LoadContext,
  problems: Problem[],
): Promise<Map<string, string> | undefined> {
  if (version.schemaVersion < 2) return new Map(Object.entries(version.hashes ?? {}));
  const manifestFile = path.join(root, MANIFEST_FILE);
  let bytes: Uint8Array;
  try {
    bytes = await context.source.read(manifestFile);
  } catch {
    problems.push(createProblem('version/missing-manifest', { version: version.id }, file));
    return undefined;
  }
  const hashes = bytes.length <= MAX_MANIFEST_BYTES ? parseManifest(new TextDecoder().decode(bytes)) : undefined;
  if (!hashes || contentHash(bytes) !== version.manifest) {
    // A list that was changed says nothing about the files: one problem, not one per file.
    problems.push(createProblem('version/manifest-changed', { version: version.id }, context.displayPath(manifestFile)));
    return undefined;
  }
  return hashes;
}

/**
 * Compares a released version's files with the hashes recorded when it was released.
 * A released version never changes; any difference is reported against the file and the version.
 */
export function checkReleasedFiles(
  versionId: string,
  recorded: ReadonlyMap<string, string>,
  actual: ReadonlyMap<string, string>,
  root: string,
  context: Pick<LoadContext, 'displayPath'>,
): Problem[] {
  const problems: Problem[] = [];
  const display = (relative: string) => context.displayPath(path.join(root, relative));
  for (const [relative, hash] of actual) {
    const expected = recorded.get(relative);
    if (expected === undefined) problems.push(createProblem('version/unexpected-file', { version: versionId }, display(relative)));
    else if (expected !== hash) problems.push(createProblem('version/tampered', { version: versionId }, display(relative)));
  }
  for (const relative of recorded.keys()) {
    if (!actual.has(relative)) problems.push(createProblem('version/missing-file', { version: versionId, file: relative }, display(VERSION_FILE)));
  }
  return problems;
}

/** Orders versions by date and marks every adopted version but the newest as superseded. */
export function effectiveStatuses(versions: readonly Version[]): Map<string, EditionStatus> {
  const ordered = [...versions].sort(compareVersions);
  const latestAdopted = ordered.filter((version) => version.status === 'vedtatt').at(-1);
  return new Map(ordered.map((version) => [version.id, version.status === 'vedtatt' && version !== latestAdopted ? 'erstattet' : version.status]));
}

export function compareVersions(a: Pick<Version, 'date' | 'id'>, b: Pick<Version, 'date' | 'id'>): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The adopted version readers get at the root, or the newest public one when none is adopted yet. */
export function currentEdition(versions: readonly Edition[]): Edition | undefined {
  return versions.filter((edition) => edition.status === 'vedtatt').at(-1) ?? versions.filter((edition) => edition.isPublic).at(-1);
}
