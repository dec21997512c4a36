// Every field of every schema, nested objects included, has its label in bokmål, nynorsk and English, so that a
// new field without one fails here rather than showing its bare name to readers.
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { documentKindNames, documentKinds, fieldLabel, fieldLabels, fieldNameForLabel, versionSchema } from '../src/index.ts';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every key of every object reachable from `schema`, with the path that leads to it. */
function fieldsOf(schema: z.ZodType, path: string[] = []): { name: string; path: string }[] {
  const def = defOf(schema);
  if (def.type === 'object') {
    return Object.entries(def.shape ?? {}).flatMap(([name, inner]) => [{ name, path: [...path, name].join('.') }, ...fieldsOf(inner, [...path, name])]);
  }
  const inner = def.innerType ?? def.element ?? def.valueType ?? (def.type === 'pipe' ? def.in : undefined);
  if (inner) return fieldsOf(inner, path);
  return (def.options ?? []).flatMap((option) => fieldsOf(option, path));
}

const schemas = [...documentKindNames.map((kind) => [kind, documentKinds[kind].schema] as const), ['version', versionSchema] as const];
const everyField = schemas.flatMap(([kind, schema]) => fieldsOf(schema).map((field) => ({ kind, ...field })));

describe('field labels', () => {
  test('the walk finds the fields, nested ones included', () => {
    expect(everyField.map((field) => `${field.kind}:${field.path}`)).toEqual(
      expect.arrayContaining(['measure:sectors', 'measure:history.date', 'measure:history.note', 'strategy:period.end', 'actor:sources.url', 'version:hashes']),
    );
  });

  test.each(everyField.map((field) => [`${field.kind}:${field.path}`, field.name] as const))('%s has a label in nb, nn and en', (_where, name) => {
    const label = fieldLabels[name as keyof typeof fieldLabels];
    expect(label, `add «${name}» to packages/schema/src/fields.ts`).toBeDefined();
    for (const language of ['nb', 'nn', 'en'] as const) expect(label[language]).toMatch(/^\p{Ll}[\p{L} -]*$/u);
  });

  test('no label is left over for a field no schema has', () => {
    const names = new Set(everyField.map((field) => field.name));
    expect(Object.keys(fieldLabels).filter((name) => !names.has(name))).toEqual([]);
  });

  test('labels as readers see them', () => {
    expect(fieldLabels.sectors).toEqual({ nb: 'sektorer', nn: 'sektorar', en: 'sectors' });
    expect(fieldLabel('deadline')).toBe('frist');
    expect(fieldLabel('deadline', 'nn')).toBe('frist');
    expect(fieldLabel('responsible', 'nn')).toBe('ansvarlege');
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
