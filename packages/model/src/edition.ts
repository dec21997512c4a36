import path from 'node:path';
import { createProblem, type Problem, sortProblems } from '@strategi/problems';
import { publicVersionStatuses, STRATEGY_FILE, STRATEGY_PERIOD, type Version } from '@strategi/schema';
import { buildIndex, indexIds } from './graph.ts';
import { schemaVersionOf } from './migrate/index.ts';
import { lix } from './parse/text-stats.ts';
import { listContentFiles } from './read/classify.ts';
import { contentHash, type LoadContext, loadDocument } from './read/load-document.ts';
import { linkRules } from './rules/index.ts';
import type { AnyDoc, Edition, EditionStatus, PartialDoc } from './types.ts';

export interface EditionOptions {
  id: string;
  root: string;
  version: Version | undefined;
  notes: string;
  status: EditionStatus;
  /** LIX above which a document gets a readability warning. */
  lixThreshold: number;
}

/** The id of the working draft, also its URL segment in preview builds. */
export const WORKING_DRAFT_ID = 'utkast';

/** Smallest text that gets a readability index: shorter texts give unstable figures. */
const LIX_MIN_WORDS = 40;

/** Reads one edition folder, checks every document and every link rule, and links the graph. */
export async function readEdition(options: EditionOptions, context: LoadContext): Promise<Edition & { hashes: Map<string, string> }> {
  const isWorking = options.status === 'working';
  const schemaVersion = schemaVersionOf(options.version);
  const classified = await listContentFiles(options.root, { working: isWorking, displayPath: context.displayPath, list: context.source.list });
  const problems: Problem[] = [...classified.problems];
  const documents: AnyDoc[] = [];
  const hashes = new Map<string, string>();
  const invalidIds = new Set<string>();
  const partial: PartialDoc[] = [];
  const loaded = await mapLimited(classified.documents, 32, (file) => loadDocument(file, context, schemaVersion));
  loaded.forEach((result, i) => {
    const relative = classified.documents[i]!.entry.relative;
    if (result.hash) hashes.set(relative, result.hash);
    problems.push(...result.problems);
    if (result.doc) documents.push(result.doc);
    else if (result.invalidId) invalidIds.add(result.invalidId);
    if (result.partial) partial.push(result.partial);
  });

  // Images are part of the edition's files: hashed like its documents, so a release seals them.
  const images = await mapLimited(classified.images, 32, async (entry) => {
    try {
      hashes.set(entry.relative, contentHash(await context.source.read(entry.absolute)));
      return [entry.relative];
    } catch (error) {
      problems.push(createProblem('file/unreadable', { reason: (error as NodeJS.ErrnoException).code ?? String(error) }, context.displayPath(entry.absolute)));
      return [];
    }
  });
  const imageFiles = new Set(images.flat());

  const ids = indexIds(documents);
  problems.push(...ids.problems);
  const index = buildIndex(documents, ids);
  const period = index.strategy?.data.period ?? STRATEGY_PERIOD;
  const ruleContext = { documents, partial, byId: ids.byId, aliases: ids.aliases, invalidIds, index, period, images: imageFiles };
  const strategyFile = context.displayPath(path.join(options.root, STRATEGY_FILE));
  for (const rule of linkRules) {
    for (const problem of rule(ruleContext)) problems.push(problem.file ? problem : { ...problem, file: strategyFile });
  }
  for (const doc of documents) {
    const value = lix(doc.stats);
    if (value !== undefined && doc.stats.words >= LIX_MIN_WORDS && value > options.lixThreshold) {
      problems.push(createProblem('language/hard-to-read', { lix: value, threshold: options.lixThreshold }, doc.file, { line: doc.bodyLine, column: 1 }));
    }
  }
  const version = options.version?.id;
  return {
    id: options.id,
    version: options.version,
    notes: options.notes,
    status: options.status,
    isPublic: options.status !== 'working' && publicVersionStatuses.has(options.status),
    schemaVersion,
    root: options.root,
    documents,
    byId: ids.byId,
    aliases: ids.aliases,
    index,
    problems: sortProblems(version ? problems.map((problem) => ({ ...problem, version })) : problems),
    fileCount: classified.documents.length,
    images: [...imageFiles],
    hashes,
  };
}

/**
 * Runs `task` over `items` with at most `limit` at once, keeping the order. After a failure no new item is
 * started, and the promise rejects only when every started task has settled, so a caller's clean-up never
 * races a task still running.
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length && !failure) {
      const i = next++;
      try {
        results[i] = await task(items[i]!);
      } catch (error) {
        failure ??= { error };
      }
    }
  });
  await Promise.all(workers);
  if (failure) throw failure.error;
  return results;
}
