/** The editor's configuration comes from the schema alone, computed when the editor starts. */
import { documentKindNames, everyField, fieldLabels, measureSchema, siteSettingsSchema } from '@strategi/schema';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { editorConfig, type FieldConfig, kindConfig, shapeConfig } from '../src/form-config.ts';

describe('configuration from the schema', () => {
  test('every field of every kind has its place in a form, nested ones included', () => {
    const config = editorConfig();
    const placed = (fields: readonly FieldConfig[], prefix: string): string[] =>
      fields.flatMap((field) => [`${prefix}${field.name}`, ...placed(field.fields ?? [], `${prefix}${field.name}.`)]);
    const inForms = documentKindNames.flatMap((kind) => placed(config[kind].fields, `${kind}:`));
    expect(inForms).toEqual(everyField().map(({ kind, path }) => `${kind}:${path}`));
  });

  test('a changed schema gives a different configuration at the next start', () => {
    const extended = measureSchema.extend({ summary: z.string().max(2000).optional().describe('Kort sammendrag.') });
    const fields = shapeConfig(extended.shape as Record<string, z.ZodType>);
    expect(fields.map((field) => field.name)).toEqual([...kindConfig('measure').fields.map((field) => field.name), 'summary']);
    expect(fields.at(-1)).toEqual({
      name: 'summary',
      label: fieldLabels.summary,
      help: 'Kort sammendrag.',
      required: false,
      widget: 'textarea',
      maxLength: 2000,
    });
  });

  test('a field without a label in fields.ts is refused, not shown with its code name', () => {
    expect(() => shapeConfig({ unlabelled: z.string() })).toThrow('The field «unlabelled» has no label in packages/schema/src/fields.ts.');
  });

  test('a field no longer written is not offered as an example either', () => {
    const example = kindConfig('actionPlan').fields.find((field) => field.name === 'example');
    expect(example?.options?.map((option) => option.value)).not.toContain('measures');
  });

  test('every kind of the registry has a form, in the registry’s order', () => {
    expect(Object.keys(editorConfig())).toEqual(documentKindNames);
  });
});

describe('a measure’s form', () => {
  const fields = Object.fromEntries(kindConfig('measure').fields.map((field) => [field.name, field]));

  test('«example» offers the whole document, each field that states a fact, and the text — what the model accepts', () => {
    const values = fields['example']?.options?.map((option) => option.value);
    expect(fields['example']?.widget).toBe('example');
    expect(values?.[0]).toBe('true');
    expect(values).toEqual(expect.arrayContaining(['status', 'deadline', 'history', 'responsible', 'body']));
    expect(values).not.toEqual(expect.arrayContaining(['id']));
    expect(values?.some((value) => ['id', 'lang', 'sources', 'internalNote', 'aliases', 'example'].includes(value))).toBe(false);
  });

  test('the form asks for what `strategi new` would fill in: sectors, start, deadline and status', () => {
    expect(kindConfig('measure').asked).toEqual(['sectors', 'start', 'deadline', 'status']);
    expect(kindConfig('goal').asked).toEqual([]);
  });

  test('references are pickers over the kinds the schema points at', () => {
    expect(fields['goals']).toMatchObject({ widget: 'references', target: 'goal', required: true, label: { nb: 'mål' } });
    expect(fields['responsible']).toMatchObject({ widget: 'references', target: 'actor', required: true });
    expect(fields['partners']).toMatchObject({ widget: 'references', target: 'actor', required: false });
    expect(fields['actionPlan']).toMatchObject({ widget: 'reference', target: 'actionPlan', required: false, example: 'H-1' });
  });

  test('statuses and sectors are closed lists with the vocabularies’ labels', () => {
    expect(fields['status']).toMatchObject({ widget: 'select', vocabulary: 'measureStatus' });
    expect(fields['status']!.options![2]).toEqual({ value: 'i-rute', label: { nb: 'I rute', nn: 'I rute', en: 'On track' } });
    expect(fields['sectors']).toMatchObject({ widget: 'checkboxes', vocabulary: 'sector', required: true });
  });

  test('sectors and actor kinds are the lists the strategy declares in its settings, the others the tool’s', () => {
    const settings = siteSettingsSchema.parse({
      siteName: { nb: 'Havstrategien' },
      sectors: { havbruk: { nb: 'Havbruk', en: 'Aquaculture' }, fiske: { nb: 'Fiske' } },
      actorKinds: { rederi: { nb: 'Rederi' } },
    });
    const declared = editorConfig(settings);
    const sectors = declared.measure.fields.find((field) => field.name === 'sectors')!;
    expect(sectors.options).toEqual([
      { value: 'havbruk', label: { nb: 'Havbruk', nn: 'Havbruk', en: 'Aquaculture' } },
      { value: 'fiske', label: { nb: 'Fiske', nn: 'Fiske', en: 'Fiske' } },
    ]);
    const kinds = declared.actor.fields.find((field) => field.vocabulary === 'actorKind')!;
    expect(kinds.options!.map((option) => option.value)).toEqual(['rederi']);
    const status = declared.measure.fields.find((field) => field.name === 'status')!;
    expect(status.options).toEqual(fields['status']!.options);
  });

  test('an input’s kind of sender is picked from the kinds the strategy declares, abbreviations included', () => {
    const settings = siteSettingsSchema.parse({
      siteName: { nb: 'Havstrategien' },
      senderKinds: { rederi: { nb: 'Rederi' }, NSA: { nb: 'Norges Rederiforbund', en: 'Norwegian Shipowners’ Association' } },
    });
    const senderKind = editorConfig(settings).input.fields.find((field) => field.name === 'senderKind')!;
    expect(senderKind).toMatchObject({ widget: 'select', vocabulary: 'senderKind', required: true });
    expect(senderKind.options).toEqual([
      { value: 'rederi', label: { nb: 'Rederi', nn: 'Rederi', en: 'Rederi' } },
      { value: 'NSA', label: { nb: 'Norges Rederiforbund', nn: 'Norges Rederiforbund', en: 'Norwegian Shipowners’ Association' } },
    ]);
  });

  test('dates say which form they take; the schema’s descriptions are the help text', () => {
    expect(fields['deadline']).toMatchObject({ widget: 'partial-date', help: 'År (2026), måned (2026-06) eller dato (2026-06-15).' });
    expect(fields['title']).toMatchObject({
      widget: 'text',
      maxLength: 300,
      help: 'Hva som skal gjøres, kort.',
      label: { nb: 'tittel', nn: 'tittel', en: 'title' },
    });
  });

  test('the status history is a list of dated entries', () => {
    expect(fields['history']).toMatchObject({ widget: 'rows', required: false });
    expect(fields['history']!.fields!.map((field) => [field.name, field.widget, field.required])).toEqual([
      ['date', 'day', true],
      ['status', 'select', true],
      ['note', 'textarea', false],
    ]);
  });

  test('a field no longer written is marked, so the form leaves it alone', () => {
    expect(kindConfig('actionPlan').fields.find((field) => field.name === 'measures')).toMatchObject({ deprecated: true });
  });
});
