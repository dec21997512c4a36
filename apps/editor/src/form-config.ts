/**
 * The editor's form configuration, generated from the kind registry and the zod schemas: no field is described a
 * second time. Labels come from the schema's `fieldLabels`, references from `ref()`, closed lists from the
 * vocabularies, help text from each field's `.describe()`. `editor-config.json` holds the generated result and a
 * test compares it with this function, so a schema change that is not regenerated fails.
 */
import {
  type DocumentKind,
  documentKindNames,
  documentKinds,
  EXAMPLE_BODY,
  exampleChoiceLabels,
  type FieldLabel,
  fieldLabels,
  isoDay,
  type Language,
  NOT_EXAMPLE_FIELDS,
  partialDate,
  references,
  vocabularies,
  vocabularyOf,
} from '@strategi/schema';
import { z } from 'zod';

/** How a field is edited. */
export type Widget =
  /** The document's own id: shown, never edited. */
  | 'id'
  | 'text'
  | 'textarea'
  | 'url'
  | 'number'
  /** A year, month or day (`2026`, `2026-06`, `2026-06-15`). */
  | 'partial-date'
  /** A whole day (`2024-01-15`). */
  | 'day'
  | 'boolean'
  /** One value of a closed list. */
  | 'select'
  /** Several values of a closed list. */
  | 'checkboxes'
  /** The id of one existing document, picked by title. */
  | 'reference'
  /** The ids of several existing documents, picked by title. */
  | 'references'
  /** Free text values, one per line. */
  | 'list'
  /** A nested object (`period`). */
  | 'group'
  /** A list of nested objects (`history`, `sources`), one row each. */
  | 'rows'
  /** `example`: the whole document, or the fields (and the text) that are examples. */
  | 'example';

export interface FieldOption {
  value: string;
  label: FieldLabel;
}

export interface FieldConfig {
  name: string;
  label: FieldLabel;
  /** The schema's description, shown as help text under the field. */
  help: string | undefined;
  required: boolean;
  widget: Widget;
  /** The kind a reference points at. */
  target?: DocumentKind;
  /** The vocabulary a closed list takes its values from. */
  vocabulary?: string;
  options?: FieldOption[];
  /** Longest text the schema accepts. */
  maxLength?: number;
  /** An example value from the schema, shown as a placeholder. */
  example?: string;
  /** No longer written (read from older content): not shown in forms, kept in the file as it is. */
  deprecated?: boolean;
  /** The fields of a group or of each row. */
  fields?: FieldConfig[];
}

export interface KindConfig {
  kind: DocumentKind;
  folder: string;
  /** The field readers know the document by. */
  titleField: 'title' | 'name';
  /** Ids are given by the allocator when set; otherwise the editor types the id. */
  idPrefix: string | undefined;
  idExample: string;
  words: Record<Language, { singular: string; plural: string }>;
  fields: FieldConfig[];
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
  entries?: Record<string, string>;
  format?: string;
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod;

/** The longest text a string schema accepts, from its `.max()` check. */
const maxLengthOf = (def: Def) => def.checks?.find((check) => check._zod.def.check === 'max_length')?._zod.def.maximum;

/** The schema inside optionals and defaults, and whether the field must be written. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean } {
  let inner = schema;
  let required = true;
  for (let depth = 0; depth < 8; depth++) {
    const { def } = defOf(inner);
    if (def.type === 'optional' || def.type === 'default') {
      required = false;
      inner = def.innerType!;
    } else break;
  }
  return { inner, required };
}

function labelOf(name: string): FieldLabel {
  if (!Object.hasOwn(fieldLabels, name)) throw new Error(`The field «${name}» has no label in packages/schema/src/fields.ts.`);
  return fieldLabels[name as keyof typeof fieldLabels];
}

function exampleOf(schema: z.ZodType): string | undefined {
  const examples = z.globalRegistry.get(schema)?.examples;
  const first = Array.isArray(examples) ? examples[0] : undefined;
  return typeof first === 'string' || typeof first === 'number' ? String(first) : undefined;
}

function optionsOf(schema: z.ZodType): { vocabulary?: string; options: FieldOption[] } | undefined {
  const vocabulary = vocabularyOf.get(schema)?.vocabulary;
  if (vocabulary) {
    const { values, labels } = vocabularies[vocabulary];
    return { vocabulary, options: values.map((value) => ({ value, label: (labels as Record<string, FieldLabel>)[value]! })) };
  }
  const { def } = defOf(schema);
  if (def.type === 'enum' && def.entries) {
    return { options: Object.values(def.entries).map((value) => ({ value, label: { nb: value, nn: value, en: value } })) };
  }
  return undefined;
}

/** One field's configuration from its schema. */
export function fieldConfig(name: string, schema: z.ZodType): FieldConfig {
  const { inner, required } = unwrap(schema);
  const help = schema.description ?? inner.description;
  const base = { name, label: labelOf(name), help, required };
  const meta = z.globalRegistry.get(inner) ?? z.globalRegistry.get(schema);
  const deprecated = meta?.deprecated === true ? { deprecated: true } : {};
  const example = exampleOf(inner);
  const withExample = example === undefined ? {} : { example };

  const reference = references.get(inner);
  if (reference) return { ...base, widget: 'reference', target: reference.kind, ...withExample, ...deprecated };
  if (inner === partialDate) return { ...base, widget: 'partial-date', ...withExample, ...deprecated };
  if (inner === isoDay) return { ...base, widget: 'day', ...withExample, ...deprecated };
  const closed = optionsOf(inner);
  if (closed) return { ...base, widget: 'select', ...closed, ...deprecated };

  const { def } = defOf(inner);
  switch (def.type) {
    case 'array': {
      const element = unwrap(def.element!).inner;
      const elementReference = references.get(element);
      if (elementReference) return { ...base, widget: 'references', target: elementReference.kind, ...deprecated };
      const elementOptions = optionsOf(element);
      if (elementOptions) return { ...base, widget: 'checkboxes', ...elementOptions, ...deprecated };
      const elementDef = defOf(element).def;
      if (elementDef.type === 'object') {
        return { ...base, widget: 'rows', fields: Object.entries(elementDef.shape ?? {}).map(([child, s]) => fieldConfig(child, s)), ...deprecated };
      }
      return { ...base, widget: 'list', ...deprecated };
    }
    case 'object':
      return { ...base, widget: 'group', fields: Object.entries(def.shape ?? {}).map(([child, s]) => fieldConfig(child, s)), ...deprecated };
    case 'boolean':
      return { ...base, widget: 'boolean', ...deprecated };
    case 'number':
    case 'int':
      return { ...base, widget: 'number', ...withExample, ...deprecated };
    case 'string': {
      if (name === 'id') return { ...base, widget: 'id', ...withExample };
      if (def.format === 'url') return { ...base, widget: 'url', ...withExample, ...deprecated };
      const maxLength = maxLengthOf(def);
      const long = maxLength === undefined || maxLength > 300;
      return { ...base, widget: long ? 'textarea' : 'text', ...(maxLength === undefined ? {} : { maxLength }), ...withExample, ...deprecated };
    }
    default:
      throw new Error(`The field «${name}» has a schema type (${def.type}) the editor has no widget for.`);
  }
}

/** The form of one kind, from its schema. */
export function kindConfig(kind: DocumentKind): KindConfig {
  const definition = documentKinds[kind];
  const shape = definition.schema.shape as Record<string, z.ZodType>;
  const words = Object.fromEntries(
    (Object.entries(definition.words) as [Language, { singular: string; plural: string }][]).map(([lang, w]) => [
      lang,
      { singular: w.singular, plural: w.plural },
    ]),
  ) as KindConfig['words'];
  return {
    kind,
    folder: definition.folder,
    titleField: definition.titleField,
    idPrefix: definition.idPrefix,
    idExample: definition.idExample,
    words,
    fields: fieldsConfig(shape),
  };
}

/** The fields of a document schema's shape, in its order. */
export function fieldsConfig(shape: Record<string, z.ZodType>): FieldConfig[] {
  return Object.entries(shape).map(([name, schema]) => (name === 'example' ? exampleConfig(shape) : fieldConfig(name, schema)));
}

/**
 * `example` is `true` (the whole document) or a list of the kind's fields and `body`: one choice per field that
 * states a fact, so the form offers exactly what the model accepts.
 */
function exampleConfig(shape: Record<string, z.ZodType>): FieldConfig {
  const schema = shape['example']!;
  const fields = Object.entries(shape)
    .filter(([name, fieldSchema]) => !NOT_EXAMPLE_FIELDS.has(name) && z.globalRegistry.get(unwrap(fieldSchema).inner)?.deprecated !== true)
    .map(([name]) => ({ value: name, label: labelOf(name) }));
  return {
    name: 'example',
    label: labelOf('example'),
    help: schema.description,
    required: false,
    widget: 'example',
    options: [{ value: 'true', label: exampleChoiceLabels.whole }, ...fields, { value: EXAMPLE_BODY, label: exampleChoiceLabels[EXAMPLE_BODY] }],
  };
}

/** Every kind's form, in the registry's order. */
export function editorConfig(): Record<DocumentKind, KindConfig> {
  return Object.fromEntries(documentKindNames.map((kind) => [kind, kindConfig(kind)])) as Record<DocumentKind, KindConfig>;
}

/** The configuration as it is written to `editor-config.json`. */
export function editorConfigText(): string {
  return `${JSON.stringify(editorConfig(), null, 2)}\n`;
}
