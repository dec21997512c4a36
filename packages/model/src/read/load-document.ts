import { createHash } from 'node:crypto';
import { createProblem, type Problem } from '@strategi/problems';
import { documentKinds } from '@strategi/schema';
import type { z } from 'zod';
import type { ParseCache } from '../cache.ts';
import type { Limits } from '../limits.ts';
import { migrateDocument, schemaFor } from '../migrate/index.ts';
import type { BoundedParser } from '../parse/isolated.ts';
import type { ParsedFile } from '../parse/parse-file.ts';
import type { AnyDoc, PartialDoc } from '../types.ts';
import { checkShape, normalizeStrings, partialData } from '../validate/shape.ts';
import type { DocumentFile } from './classify.ts';
import type { ContentSource } from './source.ts';

export interface LoadedFile {
  doc: AnyDoc | undefined;
  /** The id of a document that exists but failed its shape check, so that links to it are not reported twice. */
  invalidId: string | undefined;
  /** `sha256-…` of the bytes; undefined when the file could not be read. */
  hash: string | undefined;
  problems: Problem[];
  /** The fields that validated, of a document that failed its shape check; the link and date rules check them. */
  partial?: PartialDoc;
}

export interface LoadContext {
  cache: ParseCache;
  parser: BoundedParser;
  limits: Limits;
  source: ContentSource;
  displayPath: (absolute: string) => string;
}

/** `sha256-…` of exact bytes: the parse cache's key. */
export function hashBytes(bytes: Uint8Array): string {
  return `sha256-${createHash('sha256').update(bytes).digest('hex')}`;
}

/**
 * `sha256-…` of a file's text with CRLF read as LF: what a released version records. A checkout that turns line
 * endings into CRLF (Git on Windows with `core.autocrlf`) then still matches the release.
 */
export function contentHash(bytes: Uint8Array): string {
  const hash = createHash('sha256');
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10) {
      hash.update(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  hash.update(bytes.subarray(start));
  return `sha256-${hash.digest('hex')}`;
}

/** A file's bytes parsed (or taken from the cache), with the problems found so far. */
export interface ReadFile {
  file: string;
  /** The content hash (line endings normalised); undefined when the file could not be read. */
  hash: string | undefined;
  parsed: ParsedFile | undefined;
  problems: Problem[];
}

/** Reads one file and parses it, or takes the parse from the cache when its bytes were seen before. */
export async function readAndParse(absolute: string, context: LoadContext): Promise<ReadFile> {
  const file = context.displayPath(absolute);
  let bytes: Uint8Array;
  try {
    bytes = await context.source.read(absolute);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { file, hash: undefined, parsed: undefined, problems: [createProblem('file/unreadable', { reason }, file)] };
  }
  const key = hashBytes(bytes);
  const parsed = context.cache.get(key) ?? (await parseAndStore(bytes, key, context));
  return { file, hash: contentHash(bytes), parsed, problems: parsed.problems.map((problem) => ({ ...problem, file })) };
}

/** Checks parsed frontmatter against a schema; warns about ids typed in decomposed Unicode. */
export function checkParsed<S extends z.ZodType>(schema: S, read: ReadFile): { data: z.output<S> | undefined; problems: Problem[] } {
  const { parsed, file } = read;
  if (!parsed || parsed.data === undefined) return { data: undefined, problems: [] };
  const shape = checkShape(schema, parsed, file);
  if (!shape.data) shape.data = salvage(schema, parsed.data);
  const rawId = (parsed.data as { id?: unknown }).id;
  if (typeof rawId === 'string' && rawId !== rawId.normalize('NFC')) {
    shape.problems.push(createProblem('id/not-normalized', { id: rawId.normalize('NFC') }, file, parsed.values['id']));
  }
  return shape;
}

/**
 * Reads, parses and shape-checks one document file. A file of a version released under an older schema is brought
 * to the current one first, through the migrations, and checked with what its schema version allowed.
 */
export async function loadDocument({ kind, entry }: DocumentFile, context: LoadContext, schemaVersion: number): Promise<LoadedFile> {
  const read = await readAndParse(entry.absolute, context);
  const migrated =
    read.parsed && read.parsed.data !== undefined
      ? { ...read, parsed: { ...read.parsed, data: migrateDocument(kind, read.parsed.data, schemaVersion) } }
      : read;
  const shape = checkParsed(schemaFor(kind, schemaVersion), migrated);
  const problems = [...read.problems, ...shape.problems];
  if (!read.parsed) return { doc: undefined, invalidId: undefined, hash: read.hash, problems };

  if (!shape.data) {
    // Links to a broken document are not reported again: its id is taken from the frontmatter, or from the
    // file name when the frontmatter could not be read at all.
    const rawId = (read.parsed.data as { id?: unknown } | undefined)?.id;
    const stem = entry.relative.split('/').at(-1)!.replace(/\.md$/i, '');
    const invalidId = typeof rawId === 'string' ? rawId.normalize('NFC') : documentKinds[kind].idPattern.test(stem) ? stem : undefined;
    const data = partialData(schemaFor(kind, schemaVersion), migrated.parsed?.data);
    const partial = data && { kind, data, file: read.file, positions: { keys: read.parsed.keys, values: read.parsed.values } };
    return { doc: undefined, invalidId, hash: read.hash, problems, partial };
  }
  const parsed = read.parsed;
  const data = shape.data as { id: string };
  const doc = {
    kind,
    id: data.id,
    data,
    file: read.file,
    path: entry.relative,
    body: parsed.body,
    bodyLine: parsed.bodyLine,
    links: parsed.links,
    images: parsed.images ?? [],
    headings: parsed.headings ?? [],
    blocks: parsed.blocks ?? [],
    stats: parsed.stats,
    hash: read.hash,
    positions: { keys: parsed.keys, values: parsed.values },
  } as AnyDoc;
  return { doc, invalidId: undefined, hash: read.hash, problems };
}

async function parseAndStore(bytes: Uint8Array, hash: string, context: LoadContext): Promise<ParsedFile> {
  const parsed = await context.parser.parse(bytes);
  // A file stopped for taking too long is tried again next run: the machine may just have been busy.
  if (!parsed.problems.some((problem) => problem.ruleId === 'file/too-slow')) context.cache.set(hash, parsed);
  return parsed;
}

/**
 * The document without the keys that broke its shape check, if what is left is a valid document.
 * It lets the link rules check the rest of a file whose only fault is, say, a misspelt optional key,
 * so that an editor sees every problem in one run. The shape problems are reported all the same.
 */
function salvage<S extends z.ZodType>(schema: S, data: unknown): z.output<S> | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const broken = new Set<string>();
  const attempt = schema.safeParse(normalizeStrings(data));
  if (attempt.success) return attempt.data;
  for (const issue of attempt.error.issues) {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) for (const key of issue.keys) broken.add(key);
    else if (issue.path.length > 0) broken.add(String(issue.path[0]));
  }
  const kept = Object.fromEntries(Object.entries(data).filter(([key]) => !broken.has(key.normalize('NFC'))));
  const second = schema.safeParse(normalizeStrings(kept));
  return second.success ? second.data : undefined;
}
