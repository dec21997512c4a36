// A did-you-mean for a field name typed in Norwegian: the labels lead back to the field.
import { describe, expect, test } from 'vitest';
import { suggestName } from '../src/index.ts';

const labels: Record<string, string[]> = {
  sectors: ['sektorer', 'sektorar', 'sectors'],
  deadline: ['frist', 'frist', 'deadline'],
  title: ['tittel', 'tittel', 'title'],
  status: ['status', 'status', 'status'],
};
const names = Object.keys(labels);
const labelsOf = (name: string) => labels[name] ?? [];

describe('suggestName', () => {
  test('a label typed as a field name gives the field, in bokmål, nynorsk or English', () => {
    expect(suggestName('sektorer', names, labelsOf)).toBe('sectors');
    expect(suggestName('sektorar', names, labelsOf)).toBe('sectors');
    expect(suggestName('frist', names, labelsOf)).toBe('deadline');
    expect(suggestName('tittel', names, labelsOf)).toBe('title');
    expect(suggestName('Frist', names, labelsOf)).toBe('deadline');
  });

  test('a typo of a name or of a label gives the field', () => {
    expect(suggestName('titel', names, labelsOf)).toBe('title');
    expect(suggestName('sektorerr', names, labelsOf)).toBe('sectors');
    expect(suggestName('fristen', names, labelsOf)).toBe('deadline');
  });

  test('a far-off word, or names without labels, give what suggest gives', () => {
    expect(suggestName('budsjett', names, labelsOf)).toBeUndefined();
    expect(suggestName('planed', ['planned', 'started'], () => [])).toBe('planned');
    expect(suggestName('title', names, labelsOf)).toBeUndefined();
  });
});
