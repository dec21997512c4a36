import { z } from 'zod';
import type { DocumentKind } from './kinds.ts';
import type { Labels } from './vocabulary.ts';

/** What a reference field points at. */
export interface ReferenceMeta {
  kind: DocumentKind;
  /** What the other side calls the documents that point at it (an actor: «Ansvarlig for»); the kind's plural if unset. */
  inverse?: Labels;
}

/**
 * What an input's page calls the goals and measures it shaped: one list, since both relations have these words.
 */
export const usedIn: Labels = { nb: 'Brukt i', nn: 'Brukt i', en: 'Used in' };

/** The reference fields of every schema, found by the model through this registry. */
export const references = z.registry<ReferenceMeta>();

/**
 * A field that holds the id of another document (as Astro's `reference('authors')`). Relations are declared here
 * once; the model derives the link index, the reference rules and both directions from them. The returned schema
 * is the registered one: wrap it (`z.array`, `.optional()`), never chain `describe` or `meta` on it, which copies.
 */
export function ref(kind: DocumentKind, description: string, options: { inverse?: Labels; example?: string } = {}) {
  const schema = z
    .string()
    .min(1)
    .max(64)
    .describe(description)
    .meta(options.example ? { examples: [options.example] } : {});
  references.add(schema, { kind, ...(options.inverse ? { inverse: options.inverse } : {}) });
  return schema;
}
