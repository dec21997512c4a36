// The committed JSON Schemas (for editors) are what the zod schemas generate now, and they accept and
// refuse the same frontmatter as the schemas do.
import { readdir, readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { allFrontmatterJsonSchemas, documentKindNames, frontmatterJsonSchema, measureSchema, settingsJsonSchema } from '../src/index.ts';

const folder = new URL('../json-schema/', import.meta.url);

describe('committed JSON Schemas', () => {
  const generated = { ...allFrontmatterJsonSchemas(), settings: settingsJsonSchema() };

  test.each(Object.keys(generated))('json-schema/%s.schema.json is up to date (run «pnpm schema:generate» if not)', async (kind) => {
    const committed = await readFile(new URL(`${kind}.schema.json`, folder), 'utf8');
    expect(committed).toBe(`${JSON.stringify(generated[kind as keyof typeof generated], null, 2)}\n`);
  });

  test('there is one file per kind, one for versions and one for the settings, and no other', async () => {
    const files = (await readdir(folder)).filter((name) => name.endsWith('.schema.json')).sort();
    expect(files).toEqual([...documentKindNames, 'version', 'settings'].map((kind) => `${kind}.schema.json`).sort());
  });
});

describe('the settings JSON Schema', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(settingsJsonSchema());

  test('accepts the settings of a strategy and refuses a misspelt key and a sector code with capitals', () => {
    const settings = { siteName: { nb: 'Strategi for grønn skipsfart' }, sectors: { havbruk: { nb: 'Havbruk' } } };
    expect(validate(settings)).toBe(true);
    expect(validate({ ...settings, sitename: 'x' })).toBe(false);
    expect(validate({ ...settings, sectors: { Havbruk: { nb: 'Havbruk' } } })).toBe(false);
  });
});

describe('the measure JSON Schema', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(frontmatterJsonSchema('measure'));
  const valid = {
    id: 'T-1',
    title: 'Lage en veileder',
    goals: ['M-1'],
    responsible: ['KD'],
    sectors: ['barnehage'],
    start: 2023,
    deadline: '2025-06',
    status: 'startet',
  };

  test('accepts what an author writes, as the zod schema does', () => {
    expect(validate(valid), JSON.stringify(validate.errors)).toBe(true);
    expect(measureSchema.safeParse(valid).success).toBe(true);
  });

  test('refuses a misspelt key, as the zod schema does', () => {
    const { title, ...rest } = valid;
    const misspelt = { ...rest, titel: title };
    expect(validate(misspelt)).toBe(false);
    expect(validate.errors?.map((error) => [error.keyword, error.params])).toEqual([
      ['required', { missingProperty: 'title' }],
      ['additionalProperties', { additionalProperty: 'titel' }],
    ]);
    expect(measureSchema.safeParse(misspelt).success).toBe(false);
  });

  test('refuses a status that is not one of the statuses', () => {
    expect(validate({ ...valid, status: 'planlag' })).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toEqual(['/status']);
  });
});
