import { type FieldDescriptor, fieldsOf } from './field-descriptors.ts';
import { type DocumentKind, documentKindNames } from './kinds.ts';
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

/** The relations a kind declares, in the order its schema lists the fields. */
export function relationsOf(kind: DocumentKind): Relation[] {
  return relationsIn(kind, fieldsOf(kind), '');
}

/**
 * The relations of an object's fields, and of the fields of objects in a list (a progress report's
 * `entries.measure`): the field is then the dotted path, and every entry of the list is one reference.
 */
function relationsIn(kind: DocumentKind, fields: readonly FieldDescriptor[], prefix: string): Relation[] {
  return fields.flatMap((descriptor) => {
    const field = `${prefix}${descriptor.key}`;
    if (descriptor.ref) {
      const many = descriptor.list || prefix !== '';
      return [{ key: `${kind}.${field}`, from: kind, field, to: descriptor.ref.kind, many, required: descriptor.required, inverse: descriptor.ref.inverse }];
    }
    const listOfObjects = prefix === '' && descriptor.list && descriptor.type === 'object';
    return listOfObjects ? relationsIn(kind, descriptor.fields ?? [], `${field}.`) : [];
  });
}

/** Every relation of every kind, in registry order. Computed once. */
export const relations: readonly Relation[] = documentKindNames.flatMap(relationsOf);

/** The relations pointing at a kind, in registry order of their source. */
export function relationsTo(kind: DocumentKind): Relation[] {
  return relations.filter((relation) => relation.to === kind);
}
