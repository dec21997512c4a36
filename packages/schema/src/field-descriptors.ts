import { z } from 'zod';
import { isoDay, partialDate } from './common.ts';
import { type FieldLabel, fieldLabels } from './fields.ts';
import { type DocumentKind, documentKindNames, documentKinds } from './kinds.ts';
import { references } from './ref.ts';
import { type DeclarableVocabulary, isDeclarable, type Labels, vocabularies, vocabularyOf } from './vocabulary.ts';

/**
 * What a field holds, as the tools need to know it. The one place that reads zod's internals: the relations, the
 * validator's messages, `strategi new` and the editor's forms all take their fields from here.
 */
export type FieldType =
  /** A document's own id. */
  | 'id'
  | 'text'
  | 'url'
  | 'number'
  | 'boolean'
  /** A year, month or day (`2026`, `2026-06`, `2026-06-15`). */
  | 'partial-date'
  /** A whole day (`2024-01-15`). */
  | 'day'
  /** One value of a closed list (`values`). */
  | 'choice'
  /** The id of another document (`ref`). */
  | 'reference'
  /** Named fields (`fields`). */
  | 'object'
  /** Text keys, each with a value (schema version 1's `hashes`). */
  | 'record'
  /** One of several shapes (`example`: true or a list of fields). */
  | 'union';

export interface FieldDescriptor {
  key: string;
  /** What one value is; for a list, what each item is. */
  type: FieldType;
  /** False when the field may be left out (optional, or with a default). */
  required: boolean;
  list: boolean;
  /** The values of a closed list, in their order. */
  values?: readonly string[];
  /** The vocabulary those values come from, where it is one of the schema's. */
  vocabulary?: keyof typeof vocabularies;
  /** Limits of a value: characters of a text, the value of a number. */
  min?: number;
  max?: number;
  /** Limits of a list's length. */
  minItems?: number;
  maxItems?: number;
  /** The field's name for readers; undefined only for a schema outside the documents (a command's flags). */
  label: FieldLabel | undefined;
  /** The schema's description of the field. */
  help: string | undefined;
  /** The description of one item of a list, where it has its own. */
  itemHelp?: string;
  ref?: { kind: DocumentKind; inverse: Labels | undefined };
  /** The first example the schema gives. */
  example?: string | number;
  /** No longer written (read from older content). */
  deprecated: boolean;
  /** The fields of an object, or of each object of a list. */
  fields?: FieldDescriptor[];
  /** Where each key of a record points. */
  value?: FieldDescriptor;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string>;
  format?: string;
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[];
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema inside optionals and defaults, and whether a value must be written. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean } {
  let inner = schema;
  let required = true;
  for (let depth = 0; depth < 8; depth++) {
    const def = defOf(inner);
    if (def.type !== 'optional' && def.type !== 'default') break;
    required = false;
    inner = def.innerType!;
  }
  return { inner, required };
}

const metaOf = (schema: z.ZodType) => z.globalRegistry.get(schema);

function exampleOf(...schemas: z.ZodType[]): string | number | undefined {
  for (const schema of schemas) {
    const examples = metaOf(schema)?.examples;
    const first = Array.isArray(examples) ? examples[0] : undefined;
    if (typeof first === 'string' || typeof first === 'number') return first;
  }
  return undefined;
}

const lengthCheck = (def: Def, check: 'min_length' | 'max_length') => def.checks?.find((c) => c._zod.def.check === check)?._zod.def;

/** What one value (not a list) is. */
function describeValue(key: string, schema: z.ZodType): Pick<FieldDescriptor, 'type' | 'values' | 'vocabulary' | 'min' | 'max' | 'ref' | 'fields' | 'value'> {
  const reference = references.get(schema);
  if (reference) return { type: 'reference', ref: { kind: reference.kind, inverse: reference.inverse } };
  if (schema === partialDate) return { type: 'partial-date' };
  if (schema === isoDay) return { type: 'day' };
  const vocabulary = vocabularyOf.get(schema)?.vocabulary;
  if (vocabulary) return { type: 'choice', vocabulary, values: vocabularies[vocabulary].values };
  const def = defOf(schema);
  const bounds = (min: number | null | undefined, max: number | null | undefined) => ({
    ...(min === null || min === undefined || !Number.isFinite(min) ? {} : { min }),
    ...(max === null || max === undefined || !Number.isFinite(max) ? {} : { max }),
  });
  switch (def.type) {
    case 'enum':
      return { type: 'choice', values: Object.values(def.entries ?? {}) };
    case 'object':
      return { type: 'object', fields: describeShape(def.shape ?? {}) };
    case 'record':
      return { type: 'record', value: describeField('*', def.valueType!) };
    case 'union':
      return { type: 'union' };
    case 'boolean':
      return { type: 'boolean' };
    case 'number':
    case 'int': {
      const number = schema as unknown as { minValue: number | null; maxValue: number | null };
      return { type: 'number', ...bounds(number.minValue, number.maxValue) };
    }
    case 'pipe':
      return describeValue(key, def.in!);
    default: {
      const text = schema as unknown as { minLength: number | null; maxLength: number | null };
      if (def.format === 'url') return { type: 'url' };
      return { type: key === 'id' ? 'id' : 'text', ...bounds(text.minLength, text.maxLength) };
    }
  }
}

/** One field from its schema. */
export function describeField(key: string, schema: z.ZodType): FieldDescriptor {
  const { inner, required } = unwrap(schema);
  const def = defOf(inner);
  const list = def.type === 'array';
  const item = list ? unwrap(def.element!).inner : inner;
  const label = Object.hasOwn(fieldLabels, key) ? fieldLabels[key as keyof typeof fieldLabels] : undefined;
  const help = schema.description ?? inner.description;
  const example = list ? undefined : exampleOf(inner, schema);
  const minItems = list ? lengthCheck(def, 'min_length')?.minimum : undefined;
  const maxItems = list ? lengthCheck(def, 'max_length')?.maximum : undefined;
  return {
    key,
    ...describeValue(key, item),
    required,
    list,
    label,
    help,
    ...(list && item.description && item.description !== help ? { itemHelp: item.description } : {}),
    ...(minItems === undefined ? {} : { minItems }),
    ...(maxItems === undefined ? {} : { maxItems }),
    ...(example === undefined ? {} : { example }),
    deprecated: metaOf(inner)?.deprecated === true || metaOf(schema)?.deprecated === true,
  };
}

/** The fields of an object schema's shape, in its order. */
export function describeShape(shape: Record<string, z.ZodType>): FieldDescriptor[] {
  return Object.entries(shape).map(([key, schema]) => describeField(key, schema));
}

/** The fields of any object schema (a document, a version, a command's flags); none for another schema. */
export function describeObject(schema: z.ZodType): FieldDescriptor[] {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  return def.type === 'object' ? describeShape(def.shape ?? {}) : [];
}

const byKind = new Map<DocumentKind, FieldDescriptor[]>();

/** The fields of a kind of document, in its schema's order. Computed once per kind. */
export function fieldsOf(kind: DocumentKind): FieldDescriptor[] {
  let fields = byKind.get(kind);
  if (!fields) {
    fields = describeShape(documentKinds[kind].schema.shape as Record<string, z.ZodType>);
    byKind.set(kind, fields);
  }
  return fields;
}

/**
 * The field at a path of keys into the fields (`['history', 0, 'status']`): an index into a list stays at the
 * list's field, a key of a record goes to its value.
 */
export function fieldAt(fields: readonly FieldDescriptor[], path: readonly PropertyKey[]): FieldDescriptor | undefined {
  let current: FieldDescriptor | undefined;
  let inside = fields;
  for (const segment of path) {
    if (current?.list && (typeof segment === 'number' || /^\d+$/.test(String(segment)))) continue;
    if (current?.type === 'record') {
      current = current.value;
      inside = current?.fields ?? [];
      continue;
    }
    current = inside.find((field) => field.key === String(segment));
    if (!current) return undefined;
    inside = current.fields ?? [];
  }
  return current;
}

/** Every field of every kind, nested ones as `parent.child`, once each: what a test over all fields walks. */
export function everyField(): { kind: DocumentKind; path: string; field: FieldDescriptor }[] {
  const walk = (kind: DocumentKind, fields: readonly FieldDescriptor[], prefix: string): { kind: DocumentKind; path: string; field: FieldDescriptor }[] =>
    fields.flatMap((field) => [{ kind, path: `${prefix}${field.key}`, field }, ...walk(kind, field.fields ?? [], `${prefix}${field.key}.`)]);
  return documentKindNames.flatMap((kind) => walk(kind, fieldsOf(kind), ''));
}

/**
 * The fields whose values come from a list the strategy declares (`sectors` → sector, `senderKind` → senderKind), by
 * their path: where the tools name a code by the label the strategy gives it.
 */
export const declaredFields: ReadonlyMap<string, DeclarableVocabulary> = new Map(
  everyField().flatMap(({ path, field }) => (field.vocabulary !== undefined && isDeclarable(field.vocabulary) ? [[path, field.vocabulary] as const] : [])),
);
