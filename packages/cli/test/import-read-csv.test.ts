// The CSV reader knows nothing of inputs: another import (status per measure) gets the same rules from it.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatProblemLine } from '@strategi/problems';
import { statusEntrySchema } from '@strategi/schema';
import { expect, test } from 'vitest';
import { type ColumnSpec, columnsFor } from '../src/import/columns.ts';
import { detectLayout } from '../src/import/delimiter.ts';
import { readCsv } from '../src/import/read-csv.ts';

const statusColumns: ColumnSpec[] = [
  { field: 'measure', headings: ['tiltak', 'measure'], required: true },
  ...columnsFor(statusEntrySchema, { status: ['status'], date: ['dato', 'date'], note: ['merknad', 'note'] }),
];

async function file(name: string, content: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'strategi-read-csv-'));
  await writeFile(path.join(folder, name), content);
  return path.join(folder, name);
}

test('required columns come from the schema: a field it refuses missing is required, one with a default or optional is not', () => {
  expect(statusColumns.map(({ field, required }) => [field, required])).toEqual([
    ['measure', true],
    ['status', true],
    ['date', true],
    ['note', false],
  ]);
});

test('a status sheet is read into rows by field, with the place of every cell and every empty required cell reported', async () => {
  const table = await readCsv(
    await file('status.csv', 'tiltak;status;dato;merknad\r\nT-1;started;2024-02-01;"Startet; i rute."\r\nT-2;;2024-03-01;\r\n'),
    'status.csv',
    statusColumns,
  );
  expect(table.unreadable).toBe(false);
  expect(table.rows).toEqual([
    {
      line: 2,
      values: { measure: 'T-1', status: 'started', date: '2024-02-01', note: 'Startet; i rute.' },
      places: { measure: { line: 2, column: 1 }, status: { line: 2, column: 2 }, date: { line: 2, column: 3 }, note: { line: 2, column: 4 } },
    },
    {
      line: 3,
      values: { measure: 'T-2', date: '2024-03-01' },
      places: { measure: { line: 3, column: 1 }, status: { line: 3, column: 2 }, date: { line: 3, column: 3 }, note: { line: 3, column: 4 } },
    },
  ]);
  expect(table.problems.map((problem) => formatProblemLine(problem))).toEqual(['status.csv:3:2  error  Cellen under «status» er tom.  [csv/empty-cell]']);
});

test('the same file-level rules hold: a missing column is named with the headings it may have', async () => {
  const table = await readCsv(await file('status.csv', 'tiltak,merknad\nT-1,x\n'), 'status.csv', statusColumns);
  expect(table.unreadable).toBe(true);
  expect(table.problems.map((problem) => `${formatProblemLine(problem)} ${problem.hint}`)).toEqual([
    'status.csv:1:1  error  Kolonnen «status» mangler.  [csv/missing-column] Legg til en kolonne med overskriften «status». Den må fylles ut på hver rad.',
    'status.csv:1:1  error  Kolonnen «dato» mangler.  [csv/missing-column] Legg til en kolonne med overskriften «dato» eller «date». Den må fylles ut på hver rad.',
  ]);
});

test('the size bound is a parameter, checked before the file is read', async () => {
  const table = await readCsv(await file('status.csv', 'tiltak;status;dato\nT-1;started;2024-02-01\n'), 'status.csv', statusColumns, 16);
  expect(table.problems.map((problem) => formatProblemLine(problem))).toEqual([
    'status.csv:1:1  error  Filen er 42 byte, mer enn grensen på 16 byte for en CSV-fil.  [csv/too-large]',
  ]);
});

test.each([
  ['tittel;runde;avsender', ';', 1],
  ['tittel,runde,avsender', ',', 1],
  ['tittel\trunde\tavsender', '\t', 1],
  ['"tittel, kort";runde', ';', 1],
  ['"tittel; kort",runde', ',', 1],
  ['tittel', ',', 1],
  ['sep=;\ntittel;runde', ';', 2],
  ['SEP=|\ntittel|runde', '|', 2],
  ['\n\ntittel;runde', ';', 1],
])('the layout of %j is %j from line %i', (text, delimiter, headerLine) => {
  expect(detectLayout(text)).toEqual({ delimiter, headerLine });
});
