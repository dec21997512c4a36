import { z } from 'zod';
import { type DocumentKind, documentKindNames, documentKinds } from './kinds.ts';
import { siteSettingsSchema } from './settings.ts';
import { versionSchema } from './version.ts';

/** The JSON Schema of what an author writes in one kind's frontmatter (draft-07, which editors and their validators read). */
export function frontmatterJsonSchema(kind: DocumentKind | 'version'): Record<string, unknown> {
  const schema = kind === 'version' ? versionSchema : documentKinds[kind].schema;
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;
}

/** The JSON Schema of `nettsted.yaml`, for an editor's hover help and checks on the settings file. */
export function settingsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(siteSettingsSchema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;
}

/** Every kind's JSON Schema, keyed by kind, as written to `json-schema/<kind>.schema.json`. */
export function allFrontmatterJsonSchemas(): Record<DocumentKind | 'version', Record<string, unknown>> {
  const entries = [...documentKindNames, 'version' as const].map((kind) => [kind, frontmatterJsonSchema(kind)] as const);
  return Object.fromEntries(entries) as Record<DocumentKind | 'version', Record<string, unknown>>;
}
