import type { z } from 'zod';
import { type DocumentKind, documentKindNames, documentKinds } from './kinds.ts';
import { references } from './ref.ts';
import type { Labels } from './vocabulary.ts';

/** One relation between kinds, as a reference field declares it: `measure.goals` → goal. */
export interface Relation {
  /** `measure.goals`: the kind and field that hold the reference. */
  key: string;
  from: DocumentKind;
  field: string;
  to: DocumentKind;
  /** A list of ids, or one id. */
  many: boolean;
  required: boolean;
  /** What the target's page calls the documents pointing at it; undefined means the source kind's plural. */
  inverse: Labels | undefined;
}

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The reference behind a field's schema, through defaults, optionals and one level of list. */
function referenceOf(schema: z.ZodType): { kind: DocumentKind; inverse: Labels | undefined; many: boolean; required: boolean } | undefined {
  let current = schema;
  let many = false;
  let required = true;
  for (let depth = 0; depth < 8; depth++) {
    const found = references.get(current);
    if (found) return { kind: found.kind, inverse: found.inverse, many, required };
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default') {
      required = false;
      current = def.innerType!;
    } else if (def.type === 'array' && !many) {
      many = true;
      current = def.element!;
    } else if (def.type === 'pipe') current = def.in!;
    else return undefined;
  }
  return undefined;
}

/** The relations a kind declares, in the order its schema lists the fields. */
export function relationsOf(kind: DocumentKind): Relation[] {
  return relationsInShape(kind, documentKinds[kind].schema.shape as Record<string, z.ZodType>, '');
}

/**
 * The relations of an object's fields, and of the fields of objects in a list (a progress report's
 * `entries.measure`): the field is then the dotted path, and every entry of the list is one reference.
 */
function relationsInShape(kind: DocumentKind, shape: Record<string, z.ZodType>, prefix: string): Relation[] {
  return Object.entries(shape).flatMap(([name, schema]) => {
    const field = `${prefix}${name}`;
    const reference = referenceOf(schema);
    if (reference) {
      const many = reference.many || prefix !== '';
      return [{ key: `${kind}.${field}`, from: kind, field, to: reference.kind, many, required: reference.required, inverse: reference.inverse }];
    }
    const entries = prefix === '' ? objectListShape(schema) : undefined;
    return entries ? relationsInShape(kind, entries, `${field}.`) : [];
  });
}

/** The fields of the objects in a list field, through defaults and optionals; undefined for any other field. */
function objectListShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let current = schema;
  for (let depth = 0; depth < 4; depth++) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default') current = def.innerType!;
    else if (def.type === 'array') {
      const element = def.element!;
      return defOf(element).type === 'object' ? ((element as unknown as { shape: Record<string, z.ZodType> }).shape ?? undefined) : undefined;
    } else return undefined;
  }
  return undefined;
}

/** Every relation of every kind, in registry order. Computed once. */
export const relations: readonly Relation[] = documentKindNames.flatMap(relationsOf);

/** The relations pointing at a kind, in registry order of their source. */
export function relationsTo(kind: DocumentKind): Relation[] {
  return relations.filter((relation) => relation.to === kind);
}
