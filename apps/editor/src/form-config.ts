/**
 * The editor's form configuration, computed from the kind registry and the schema's field descriptors when the
 * editor starts: no field is described a second time. Labels, references, closed lists, limits and help text all
 * come from `fieldsOf` in the schema package; the lists a strategy declares (sectors, kinds of actors and of senders)
 * from its settings.
 */
import { declaredVocabulary } from '@strategi/model';
import {
  type DocumentKind,
  describeShape,
  documentKindNames,
  documentKinds,
  EXAMPLE_BODY,
  exampleChoiceLabels,
  type FieldDescriptor,
  type FieldLabel,
  fieldsOf,
  isDeclarable,
  type Language,
  NOT_EXAMPLE_FIELDS,
  type SiteSettings,
  vocabularies,
} from '@strategi/schema';
import type { z } from 'zod';

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

interface FieldOption {
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
  /**
   * The optional fields a new document is expected to state: those `strategi new` fills in when not told (a
   * measure's deadline). The form asks for them with the required ones instead of folding them away.
   */
  asked: string[];
}

/** Any context will do: only which fields a kind's new documents are given is read, never the values. */
const ANY_NEW_CONTEXT = { year: 2000, period: { start: 2000, end: 2000 }, nextOrder: 1, today: '2000-01-01' };

function labelOf(field: FieldDescriptor): FieldLabel {
  if (!field.label) throw new Error(`The field «${field.key}» has no label in packages/schema/src/fields.ts.`);
  return field.label;
}

function optionsOf(field: FieldDescriptor, settings: SiteSettings | undefined): { vocabulary?: string; options: FieldOption[] } {
  if (field.vocabulary) {
    const { values, labels } = isDeclarable(field.vocabulary) ? declaredVocabulary(settings, field.vocabulary) : vocabularies[field.vocabulary];
    return { vocabulary: field.vocabulary, options: values.map((value) => ({ value, label: (labels as Record<string, FieldLabel>)[value]! })) };
  }
  return { options: (field.values ?? []).map((value) => ({ value, label: { nb: value, nn: value, en: value } })) };
}

/** How a single value of a field's type is edited. */
const singleWidget: Partial<Record<FieldDescriptor['type'], Widget>> = {
  reference: 'reference',
  'partial-date': 'partial-date',
  day: 'day',
  choice: 'select',
  object: 'group',
  boolean: 'boolean',
  number: 'number',
  url: 'url',
  id: 'id',
};
/** How a list of values of a field's type is edited; any other list is free text, one value per line. */
const listWidget: Partial<Record<FieldDescriptor['type'], Widget>> = { reference: 'references', choice: 'checkboxes', object: 'rows' };

/** One field's configuration from its descriptor. */
function fieldConfig(field: FieldDescriptor, settings: SiteSettings | undefined): FieldConfig {
  const base = { name: field.key, label: labelOf(field), help: field.help, required: field.required };
  const deprecated = field.deprecated && field.type !== 'id' ? { deprecated: true } : {};
  const example = field.example === undefined || field.list ? {} : { example: String(field.example) };
  const widget = field.list ? (listWidget[field.type] ?? 'list') : (singleWidget[field.type] ?? (field.type === 'text' ? 'text' : undefined));
  if (!widget) throw new Error(`The field «${field.key}» has a schema type (${field.type}) the editor has no widget for.`);
  const target = field.ref ? { target: field.ref.kind } : {};
  const fields = field.fields ? { fields: field.fields.map((inner) => fieldConfig(inner, settings)) } : {};
  switch (widget) {
    case 'reference':
    case 'references':
      return { ...base, widget, ...target, ...(widget === 'reference' ? example : {}), ...deprecated };
    case 'select':
    case 'checkboxes':
      return { ...base, widget, ...optionsOf(field, settings), ...deprecated };
    case 'group':
    case 'rows':
      return { ...base, widget, ...fields, ...deprecated };
    case 'text': {
      const long = field.max === undefined || field.max > 300;
      return { ...base, widget: long ? 'textarea' : 'text', ...(field.max === undefined ? {} : { maxLength: field.max }), ...example, ...deprecated };
    }
    case 'boolean':
    case 'list':
      return { ...base, widget, ...deprecated };
    default:
      return { ...base, widget, ...example, ...deprecated };
  }
}

/** The form of one kind, from its schema. */
export function kindConfig(kind: DocumentKind, settings?: SiteSettings): KindConfig {
  const definition = documentKinds[kind];
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
    fields: fieldsConfig(fieldsOf(kind), settings),
    asked: Object.keys(definition.newDefaults(ANY_NEW_CONTEXT)),
  };
}

/** The fields of a document, in its order. */
function fieldsConfig(fields: readonly FieldDescriptor[], settings: SiteSettings | undefined): FieldConfig[] {
  return fields.map((field) => (field.key === 'example' ? exampleConfig(fields) : fieldConfig(field, settings)));
}

/** The fields of a schema's shape (a kind's schema, extended in a test). */
export const shapeConfig = (shape: Record<string, z.ZodType>) => fieldsConfig(describeShape(shape), undefined);

/**
 * `example` is `true` (the whole document) or a list of the kind's fields and `body`: one choice per field that
 * states a fact, so the form offers exactly what the model accepts.
 */
function exampleConfig(fields: readonly FieldDescriptor[]): FieldConfig {
  const example = fields.find((field) => field.key === 'example')!;
  const choices = fields
    .filter((field) => !NOT_EXAMPLE_FIELDS.has(field.key) && !field.deprecated)
    .map((field) => ({ value: field.key, label: labelOf(field) }));
  return {
    name: 'example',
    label: labelOf(example),
    help: example.help,
    required: false,
    widget: 'example',
    options: [{ value: 'true', label: exampleChoiceLabels.whole }, ...choices, { value: EXAMPLE_BODY, label: exampleChoiceLabels[EXAMPLE_BODY] }],
  };
}

/** Every kind's form, in the registry's order, with the strategy's settings when it has them. */
export function editorConfig(settings?: SiteSettings): Record<DocumentKind, KindConfig> {
  return Object.fromEntries(documentKindNames.map((kind) => [kind, kindConfig(kind, settings)])) as Record<DocumentKind, KindConfig>;
}
