import { stat } from 'node:fs/promises';
import path from 'node:path';
import { type Problem, sortProblems } from '@strategi/problems';
import { VERSIONS_FOLDER } from '@strategi/schema';
import { openParseCache, ParseCache } from './cache.ts';
import { readEdition, WORKING_DRAFT_ID } from './edition.ts';
import { ledgerProblems } from './ledger/rules.ts';
import { limits as defaultLimits, type Limits } from './limits.ts';
import { BoundedParser } from './parse/isolated.ts';
import { type ContentSource, diskSource, overlaySource } from './read/source.ts';
import { declaredValueProblems } from './rules/declared-values.ts';
import { doneWithoutEvidence } from './rules/milestones.ts';
import { readSettings } from './settings.ts';
import type { Corpus, Edition } from './types.ts';
import { checkReleasedFiles, compareVersions, effectiveStatuses, readVersionFolders } from './versions/read.ts';
import { declaredVocabulary } from './vocabulary.ts';

export interface LoadOptions {
  /** Where problem paths are relative to. Default: the working directory. */
  displayBase?: string;
  /** Folder for the parse cache; `false` keeps it in memory only. Default: `node_modules/.cache/strategi`. */
  cacheFolder?: string | false;
  /** A parse cache kept open between runs (as `strategi validate --watch` does); overrides `cacheFolder`. */
  cache?: ParseCache;
  /** LIX above which a document gets a readability warning. Default 55. */
  lixThreshold?: number;
  /** Bounds per file. */
  limits?: Partial<Limits>;
  /**
   * Files laid over the content folder, by path relative to it: text or bytes for a new or changed file, null for a
   * removed one. Commands check what they are about to write, in the whole edition, before they write it.
   */
  overlay?: Readonly<Record<string, string | Uint8Array | null>>;
  /** Where files are read from; the disk unless a command reads a snapshot. */
  source?: ContentSource;
  /** Read only the working draft, not the released versions. Default false. */
  workingOnly?: boolean;
}

/** Thrown when the content folder itself cannot be read; problems inside it never throw. */
export class ContentFolderError extends Error {
  readonly folder: string;
  constructor(folder: string, reason: string) {
    super(`Finner ikke innholdsmappen ${folder}: ${reason}.`);
    this.folder = folder;
  }
}

/**
 * Reads a content folder: the working draft at its top and every released version under `versjoner/`.
 * Each edition is parsed, shape-checked and link-checked with the same rules; released files are checked
 * against the hashes recorded when they were released. Problems are collected, never thrown.
 */
export async function loadCorpus(folder: string, options: LoadOptions = {}): Promise<Corpus> {
  const root = path.resolve(folder);
  const info = await stat(root).catch((error: NodeJS.ErrnoException) => {
    throw new ContentFolderError(folder, error.code === 'ENOENT' ? 'mappen finnes ikke' : (error.code ?? String(error)));
  });
  if (!info.isDirectory()) throw new ContentFolderError(folder, 'det er en fil, ikke en mappe');

  const displayBase = options.displayBase ?? process.cwd();
  const cache = options.cache ?? (options.cacheFolder === false ? await ParseCache.open(undefined) : await openParseCache(root, options.cacheFolder));
  const limits = { ...defaultLimits, ...options.limits };
  const parser = new BoundedParser(limits);
  const base = options.source ?? diskSource;
  const overlay = options.overlay ?? {};
  const source = Object.keys(overlay).length
    ? overlaySource(
        base,
        new Map(
          Object.entries(overlay).map(([relative, value]) => [
            path.join(root, relative),
            value === null ? null : typeof value === 'string' ? new TextEncoder().encode(value) : value,
          ]),
        ),
      )
    : base;
  const context = {
    cache,
    parser,
    limits,
    source,
    displayPath: (absolute: string) => path.relative(displayBase, absolute).split(path.sep).join('/') || '.',
  };
  const lixThreshold = options.lixThreshold ?? 55;

  let fileCount = 0;
  const working = await readEdition({ id: WORKING_DRAFT_ID, root, version: undefined, notes: '', status: 'working', lixThreshold }, context);
  const settings = await readSettings(root, source, limits, context.displayPath);
  // Sectors, actor kinds and sender kinds are checked against the strategy's own lists, in every edition.
  const lists = {
    sector: declaredVocabulary(settings.settings, 'sector'),
    actorKind: declaredVocabulary(settings.settings, 'actorKind'),
    senderKind: declaredVocabulary(settings.settings, 'senderKind'),
  };
  working.vocabularies = lists;
  working.problems = sortProblems([...working.problems, ...declaredValueProblems(working.documents, settings.settings), ...doneWithoutEvidence(working)]);
  const problems: Problem[] = [...settings.problems, ...working.problems];
  const versions: Edition[] = [];
  if (!options.workingOnly) {
    const { folders, problems: folderProblems } = await readVersionFolders(path.join(root, VERSIONS_FOLDER), context);
    problems.push(...folderProblems);
    const statuses = effectiveStatuses(folders.flatMap((entry) => (entry.version ? [entry.version] : [])));
    for (const entry of folders) {
      problems.push(...entry.problems.map((problem) => ({ ...problem, version: entry.folder })));
      if (!entry.version) continue;
      const version = entry.version;
      const edition = await readEdition(
        { id: version.id, root: entry.root, version, notes: entry.notes, status: statuses.get(version.id) ?? version.status, lixThreshold },
        context,
      );
      const recorded = entry.recorded;
      const tampering = recorded
        ? checkReleasedFiles(version.id, recorded, edition.hashes, entry.root, context).map((problem) => ({ ...problem, version: version.id }))
        : [];
      edition.vocabularies = lists;
      edition.problems = sortProblems([...edition.problems, ...tampering, ...declaredValueProblems(edition.documents, settings.settings)]);
      problems.push(...edition.problems);
      versions.push(edition);
    }
    fileCount += folders.length;
  }
  versions.sort((a, b) => compareVersions(a.version!, b.version!));
  // A commitment dropped or reworded between versions is only seen across them, so this check runs once all are read.
  for (const [edition, found] of ledgerProblems(versions, working)) {
    const placed = edition === working ? found : found.map((problem) => ({ ...problem, version: edition.id }));
    edition.problems = sortProblems([...edition.problems, ...placed]);
    problems.push(...placed);
  }
  parser.close();
  await cache.save().catch(() => undefined);
  return {
    root,
    settings: settings.settings,
    working,
    versions,
    problems: sortProblems(problems),
    fileCount: fileCount + working.fileCount + (settings.read ? 1 : 0) + versions.reduce((sum, edition) => sum + edition.fileCount, 0),
  };
}
