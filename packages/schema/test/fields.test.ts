// Every field of every schema, nested objects included, has its label in bokmål, nynorsk and English, so that a
// new field without one fails here rather than showing its bare name to readers.
import { describe, expect, test } from 'vitest';
import {
  declaredFields,
  describeObject,
  everyField,
  type FieldDescriptor,
  fieldAt,
  fieldLabel,
  fieldLabels,
  fieldNameForLabel,
  fieldsOf,
  versionSchema,
} from '../src/index.ts';

/** The version file's fields, nested ones as `parent.child`, beside every field of every kind. */
const walk = (fields: readonly FieldDescriptor[], prefix: string): { kind: string; path: string; field: FieldDescriptor }[] =>
  fields.flatMap((field) => [
    { kind: 'version', path: `${prefix}${field.key}`, field },
    ...walk([...(field.fields ?? []), ...(field.value?.fields ?? [])], `${prefix}${field.key}.`),
  ]);
const everyLabelled = [...everyField(), ...walk(describeObject(versionSchema), '')].map(({ kind, path, field }) => ({ kind, path, name: field.key }));

describe('the field descriptors', () => {
  test('name the fields whose codes the strategy declares, each with its list', () => {
    expect(Object.fromEntries(declaredFields)).toEqual({ sectors: 'sector', kind: 'actorKind', senderKind: 'senderKind' });
  });

  test('a field says what it holds, from the schema alone', () => {
    const field = (path: PropertyKey[]) => fieldAt(fieldsOf('measure'), path);
    expect(field(['goals'])).toMatchObject({ type: 'reference', list: true, required: true, minItems: 1, ref: { kind: 'goal' }, label: { nb: 'mål' } });
    expect(field(['title'])).toMatchObject({ type: 'text', list: false, required: true, min: 1, max: 300 });
    expect(field(['sectors'])).toMatchObject({ type: 'choice', vocabulary: 'sector', values: ['barnehage', 'grunnskole', 'videregående'] });
    expect(field(['partners'])).toMatchObject({ type: 'reference', required: false, ref: { kind: 'actor', inverse: { nb: 'Deltar i' } } });
    expect(field(['deadline'])).toMatchObject({ type: 'partial-date', example: 2026 });
    expect(field(['history', 3, 'status'])).toMatchObject({ type: 'choice', vocabulary: 'measureStatus' });
    expect(field(['history'])).toMatchObject({ type: 'object', list: true });
    expect(field(['id'])).toMatchObject({ type: 'id', example: 'T-1' });
    expect(field(['ukjent'])).toBeUndefined();
    expect(fieldAt(fieldsOf('actionPlan'), ['period', 'start'])).toMatchObject({ type: 'number', min: 1900, max: 2100 });
    expect(fieldAt(describeObject(versionSchema), ['hashes', 'tiltak/T-1.md'])).toMatchObject({ key: '*', type: 'text' });
  });
});

describe('field labels', () => {
  test('the walk finds the fields, nested ones included', () => {
    expect(everyLabelled.map((field) => `${field.kind}:${field.path}`)).toEqual(
      expect.arrayContaining(['measure:sectors', 'measure:history.date', 'measure:history.note', 'strategy:period.end', 'actor:sources.url', 'version:hashes']),
    );
  });

  test.each(everyLabelled.map((field) => [`${field.kind}:${field.path}`, field.name] as const))('%s has a label in nb, nn and en', (_where, name) => {
    const label = fieldLabels[name as keyof typeof fieldLabels];
    expect(label, `add «${name}» to packages/schema/src/fields.ts`).toBeDefined();
    for (const language of ['nb', 'nn', 'en'] as const) expect(label[language]).toMatch(/^\p{Ll}[\p{L} -]*$/u);
  });

  test('no label is left over for a field no schema has', () => {
    const names = new Set(everyLabelled.map((field) => field.name));
    expect(Object.keys(fieldLabels).filter((name) => !names.has(name))).toEqual([]);
  });

  test('labels as readers see them', () => {
    expect(fieldLabels.sectors).toEqual({ nb: 'sektorer', nn: 'sektorar', en: 'sectors' });
    expect(fieldLabel('deadline')).toBe('frist');
    expect(fieldLabel('deadline', 'nn')).toBe('frist');
    expect(fieldLabel('responsible', 'nn')).toBe('ansvarleg');
    expect(fieldLabel('internalNote', 'en')).toBe('internal note');
    expect(fieldLabel('ukjent')).toBeUndefined();
  });

  test('a label typed as a field name leads back to the field, in any of the three languages', () => {
    expect(fieldNameForLabel('sektorer')).toBe('sectors');
    expect(fieldNameForLabel('Sektorar')).toBe('sectors');
    expect(fieldNameForLabel('frist')).toBe('deadline');
    expect(fieldNameForLabel('tittel')).toBe('title');
    expect(fieldNameForLabel('internal note')).toBe('internalNote');
    expect(fieldNameForLabel('budsjett')).toBeUndefined();
  });
});

describe('a field’s help text', () => {
  test('never starts with the field’s own name: the guide, the editor and the open data page show the two side by side', () => {
    const repeating = everyField()
      .filter(({ field }) => {
        const label = fieldLabel(field.key);
        return label !== undefined && field.help?.toLowerCase().startsWith(`${label.toLowerCase()}:`) === true;
      })
      .map(({ kind, path, field }) => `${kind}.${path}: ${field.help}`);
    expect(repeating).toEqual([]);
  });
});
