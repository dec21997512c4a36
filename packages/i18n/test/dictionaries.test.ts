import { everyField, fieldLabels, languages } from '@strategi/schema';
import { describe, expect, test } from 'vitest';
import { formatDate, formatList, ui } from '../src/index.ts';

/** Every leaf of a dictionary as `path → value`, so two languages can be compared key by key. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) for (const [leaf, text] of leaves(child, path ? `${path}.${key}` : key)) found.set(leaf, text);
  } else found.set(path, value);
  return found;
}

describe('dictionaries', () => {
  const bokmal = leaves(ui('nb'));

  test.each(languages)('%s has every key bokmål has, and no other', (lang) => {
    expect([...leaves(ui(lang)).keys()].sort()).toEqual([...bokmal.keys()].sort());
  });

  test.each(languages)('%s has no empty text', (lang) => {
    const empty = [...leaves(ui(lang))].filter(([, text]) => typeof text === 'string' && text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  // The site's headings and its change pages name fields through `fields`: every field of every kind, nested ones
  // included, has its name there, from the schema's one table, never its key.
  test.each(languages)('%s names every field of every kind as the schema does', (lang) => {
    const names = ui(lang).fields as Record<string, string>;
    for (const { kind, path, field } of everyField()) {
      const label = fieldLabels[field.key as keyof typeof fieldLabels][lang];
      expect(names[field.key], `${kind}:${path}`).toBe(`${label.charAt(0).toUpperCase()}${label.slice(1)}`);
    }
    expect([names['responsible'], names['channel'], names['parent']]).toEqual(
      { nb: ['Ansvarlig', 'Form', 'Overordnet mål'], nn: ['Ansvarleg', 'Form', 'Overordna mål'], en: ['Responsible', 'Format', 'Broader goal'] }[lang],
    );
  });

  test('the schema words come from the schema in each language', () => {
    expect(ui('nb').measureStatus.fullført).toBe('Fullført');
    expect(ui('nn').kinds.measure.plural).toBe('Tiltak');
    expect(ui('en').measureStatus.fullført).toBe('Done');
  });
});

describe('formatting', () => {
  test('dates read the way each language writes them', () => {
    expect(formatDate('nb', '2026-06-01')).toBe('1. juni 2026');
    expect(formatDate('en', '2026-06')).toBe('June 2026');
    expect(formatDate('nn', 2030)).toBe('2030');
  });

  test('lists are joined with the language’s word for «and»', () => {
    expect(formatList('nb', ['A', 'B', 'C'])).toBe('A, B og C');
    expect(formatList('en', ['A', 'B'])).toBe('A and B');
  });
});

describe('terms', () => {
  test('the accessibility statement has the name Uutilsynet uses in each written form', () => {
    expect(ui('nb').footer.accessibility).toBe('Tilgjengelighetserklæring');
    expect(ui('nn').footer.accessibility).toBe('Tilgjengelegheitserklæring');
    expect(ui('nn').accessibility.title).toBe('Tilgjengelegheitserklæring');
  });
});
