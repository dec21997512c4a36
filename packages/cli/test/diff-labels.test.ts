// The diff names every field of every kind by its label, never by its key: `strategi diff` is read by people who
// never see the frontmatter's English keys.
import { documentKindNames, fieldLabels, fieldsOf } from '@strategi/schema';
import { expect, test } from 'vitest';
import { describeFieldChange, summaryLines } from '../src/report/diff-format.ts';

const fields = [...new Set(documentKindNames.flatMap((kind) => fieldsOf(kind).map((field) => field.key)))];

test.each(fields)('a change of «%s» is named by its label', (field) => {
  const label = fieldLabels[field as keyof typeof fieldLabels].nb;
  expect(describeFieldChange({ field, before: 'a', after: 'b' })).toBe(`${label} endret fra a til b`);
  expect(summaryLines({ kinds: [], fields: [{ field, count: 2 }], textChanged: 0 })).toEqual([`felt: ${label} (2)`]);
});

test('the labels are the readers’ words', () => {
  expect(describeFieldChange({ field: 'responsible', before: undefined, after: 'KD' })).toBe('ansvarlig satt til KD');
  expect(describeFieldChange({ field: 'internalNote', before: 'x', after: undefined })).toBe('intern merknad fjernet (var x)');
});
