import { type DocumentKind, documentKinds, SCHEMA_VERSION, type Version } from '@strategi/schema';
import type { z } from 'zod';
import { v1ToV2 } from './v1-to-v2.ts';

/** One step from a schema version to the next, on the plain data of a file (before the schema check). */
export interface Migration {
  from: number;
  /** A document's frontmatter in version `from`, as it must read in version `from + 1`. */
  document(kind: DocumentKind, data: Record<string, unknown>): Record<string, unknown>;
  /** A version description (`versjon.md`) in version `from`, as it must read in version `from + 1`. */
  version(data: Record<string, unknown>): Record<string, unknown>;
  /** What the schema of version `from` accepted that the current one does not, for reading frozen files as they were. */
  relax?(kind: DocumentKind, schema: z.ZodObject): z.ZodObject;
}

/** Every migration, oldest first; `migrations[i]` goes from version i + 1. */
export const migrations: readonly Migration[] = [v1ToV2];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A document's frontmatter written under `schemaVersion`, brought to the current schema. */
export function migrateDocument(kind: DocumentKind, data: unknown, schemaVersion: number): unknown {
  if (!isRecord(data)) return data;
  let current = data;
  for (const migration of migrations) if (migration.from >= schemaVersion) current = migration.document(kind, current);
  return current;
}

/** A version description written under its own `schemaVersion` (1 when absent), brought to the current schema. */
export function migrateVersionDescription(data: unknown): unknown {
  if (!isRecord(data)) return data;
  const from = typeof data['schemaVersion'] === 'number' ? data['schemaVersion'] : 1;
  let current = data;
  for (const migration of migrations) if (migration.from >= from) current = migration.version(current);
  return current;
}

/** The schema a kind's frozen files are checked with when they were released under `schemaVersion`. */
export function schemaFor(kind: DocumentKind, schemaVersion: number): z.ZodObject {
  let schema: z.ZodObject = documentKinds[kind].schema;
  for (const migration of migrations) if (migration.from >= schemaVersion && migration.relax) schema = migration.relax(kind, schema);
  return schema;
}

/** The schema version of a released version, or the current one for the working draft. */
export function schemaVersionOf(version: Pick<Version, 'schemaVersion'> | undefined): number {
  return version?.schemaVersion ?? SCHEMA_VERSION;
}
