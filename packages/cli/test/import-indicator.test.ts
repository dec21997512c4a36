// `strategi import indicator`: an indicator's figures from a spreadsheet (date;value;source, by the CSV rules every
// import shares) or from a JSON-stat 2.0 file as SSB's statistics bank publishes it, with the dimensions chosen by
// --filter. Only new dates are added; a re-import says what changed and writes nothing when nothing did.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { numberOfCell } from '../src/import/indicator-points.ts';
import { dateOfTimeCode } from '../src/import/json-stat.ts';
import { copyTree, run } from './helpers.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures', 'import');

const indicator = [
  '---',
  'id: IND-1',
  'title: Elever med egen digital enhet',
  'measured: Andelen elever i grunnskolen som har en egen digital enhet fra skolen.',
  'unit: prosent',
  'source:',
  '  title: SSB, tabell 99999',
  '  url: https://www.ssb.no/statbank/table/99999',
  'baseline:',
  '  date: 2022',
  '  value: 80',
  'targets:',
  '  - year: 2030',
  '    value: 100',
  'points:',
  '  - date: 2023',
  '    value: 82',
  'goals: [M-1]',
  'rule:',
  '  method: linear-path',
  '  tolerance: 0.1',
  '---',
  '',
].join('\n');

async function workspace(files: Record<string, string> = {}): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'strategi-import-indicator-'));
  copyTree(path.join(fixtures, 'content'), path.join(folder, 'content'));
  await cp(path.join(fixtures, 'content/mal'), path.join(folder, 'content/indikatorer'), { recursive: true, filter: (source) => !source.endsWith('.md') });
  await writeFile(path.join(folder, 'content/indikatorer/IND-1.md'), indicator);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(folder, name), content);
  return folder;
}

const pointsOf = async (folder: string) =>
  (await readFile(path.join(folder, 'content/indikatorer/IND-1.md'), 'utf8')).split('points:\n')[1]!.split('goals:')[0];

/** A dataset shaped as SSB publishes it: region × contents × time, row-major, one value missing. */
const dataset = {
  version: '2.0',
  class: 'dataset',
  label: '99999: Elever med egen digital enhet, etter region, statistikkvariabel og år',
  source: 'Statistisk sentralbyrå',
  id: ['Region', 'ContentsCode', 'Tid'],
  size: [2, 1, 3],
  role: { time: ['Tid'], metric: ['ContentsCode'], geo: ['Region'] },
  dimension: {
    Region: { label: 'region', category: { index: { '0': 0, '03': 1 }, label: { '0': 'Hele landet', '03': 'Oslo' } } },
    ContentsCode: { label: 'statistikkvariabel', category: { index: { Andel: 0 }, label: { Andel: 'Andel (prosent)' } } },
    Tid: { label: 'år', category: { index: { '2023': 0, '2024': 1, '2025': 2 }, label: { '2023': '2023', '2024': '2024', '2025': '2025' } } },
  },
  value: [82, 86.5, null, 90, 91, 93],
};

describe('strategi import indicator', () => {
  test('a spreadsheet adds its new dates in date order, keeps the others, validates, and says what changed', async () => {
    const folder = await workspace({ 'tall.csv': 'dato;verdi;kilde\n2025;88,5;Monitor skole 2025\n2023;82;\n2024-06;85;\n' });
    const result = await run(['import', 'indicator', 'IND-1', 'tall.csv'], folder);
    expect(result).toMatchObject({
      code: 0,
      stdout: 'content/indikatorer/IND-1.md\n2 nye målinger i IND-1 fra tall.csv (2025: 88.5, 2024-06: 85); 1 fantes fra før.\n',
      stderr: '',
    });
    expect(await pointsOf(folder)).toBe(
      ['  - date: 2023', '    value: 82', '  - date: 2024-06', '    value: 85', '  - date: 2025', '    value: 88.5', '    source: Monitor skole 2025', ''].join(
        '\n',
      ),
    );
    expect((await run(['validate'], folder)).code).toBe(0);

    const again = await run(['import', 'indicator', 'IND-1', 'tall.csv'], folder);
    expect(again).toMatchObject({ code: 0, stdout: 'Ingen nye målinger i tall.csv: IND-1 er uendret (3 fantes fra før).\n', stderr: '' });
  });

  test('a value the source has revised is reported and not changed', async () => {
    const folder = await workspace({ 'tall.csv': 'date,value\n2023,83\n2024,86\n' });
    const result = await run(['import', 'indicator', 'IND-1', 'tall.csv'], folder);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'tall.csv:1:1  warning  Verdien for 2023 er 83 i filen, men 82 i indikatoren. Den er ikke endret.  [indicator/revised-value]',
    );
    expect(await pointsOf(folder)).toBe(['  - date: 2023', '    value: 82', '  - date: 2024', '    value: 86', ''].join('\n'));
  });

  test('a bad row is named by row and column, and nothing is written', async () => {
    const folder = await workspace({ 'tall.csv': 'dato;verdi\n2024;86 %\n2023-02-30;80\n2025;1\n2025;2\n' });
    const result = await run(['import', 'indicator', 'IND-1', 'tall.csv'], folder);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => line.includes('['));
    expect(lines).toEqual([
      'tall.csv:2:2  error  «86 %» er ikke et tall.  [indicator/not-a-number]',
      expect.stringMatching(/^tall\.csv:3:1 {2}error {2}.*2023-02-30 finnes ikke.*\[schema\//),
      'tall.csv:5:1  error  «2025» har allerede en verdi i rad 4.  [indicator/duplicate-date]',
    ]);
    expect(await readFile(path.join(folder, 'content/indikatorer/IND-1.md'), 'utf8')).toBe(indicator);
  });

  test('an unknown indicator is refused with a did-you-mean', async () => {
    const folder = await workspace({ 'tall.csv': 'dato;verdi\n2024;86\n' });
    const result = await run(['import', 'indicator', 'IND-2', 'tall.csv'], folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Finner ikke indikatoren «IND-2». Mente du «IND-1»?');
  });

  test('JSON-stat: the chosen region’s series, the missing value left out, the dataset named as the source', async () => {
    const folder = await workspace({ 'ssb.json': JSON.stringify(dataset) });
    const result = await run(['import', 'indicator', 'IND-1', 'ssb.json', '--filter', 'Region=0'], folder);
    expect(result).toMatchObject({ code: 0, stdout: 'content/indikatorer/IND-1.md\n1 ny måling i IND-1 fra ssb.json (2024: 86.5); 1 fantes fra før.\n' });
    expect(await pointsOf(folder)).toBe(
      ['  - date: 2023', '    value: 82', '  - date: 2024', '    value: 86.5', `    source: "${dataset.label}"`, ''].join('\n'),
    );
    const oslo = await run(['import', 'indicator', 'IND-1', 'ssb.json', '--filter', 'Region=03'], folder);
    expect(oslo.stdout).toContain('1 ny måling i IND-1 fra ssb.json (2025: 93); 2 fantes fra før.');
    expect(oslo.stderr).toContain('Verdien for 2023 er 90 i filen, men 82 i indikatoren.');
  });

  test('JSON-stat: a dimension left unchosen, or a filter that names nothing, is refused with the choices', async () => {
    const folder = await workspace({ 'ssb.json': JSON.stringify(dataset), 'bundle.json': '{"class":"collection","version":"2.0"}' });
    const unchosen = await run(['import', 'indicator', 'IND-1', 'ssb.json'], folder);
    expect(unchosen.code).toBe(1);
    expect(unchosen.stderr).toContain('ssb.json:1:1  error  Dimensjonen «Region» har 2 verdier, og ingen er valgt.  [jsonstat/unchosen-dimension]');
    expect(unchosen.stderr).toContain('Velg én verdi med --filter, for eksempel «--filter Region=0».');
    const misspelt = await run(['import', 'indicator', 'IND-1', 'ssb.json', '--filter', 'Regon=0', '--filter', 'ContentsCode=Antall'], folder);
    expect(misspelt.stderr).toContain('Datasettet har ingen dimensjon «Regon». Mente du «Region»?  [jsonstat/unknown-dimension]');
    expect(misspelt.stderr).toContain('Dimensjonen «ContentsCode» har ingen verdi «Antall».');
    const bundle = await run(['import', 'indicator', 'IND-1', 'bundle.json'], folder);
    expect(bundle.stderr).toContain('Filen er ikke et JSON-stat 2.0-datasett: class er "collection", ikke "dataset".  [jsonstat/invalid]');
    expect(await readFile(path.join(folder, 'content/indikatorer/IND-1.md'), 'utf8')).toBe(indicator);
  });

  test('JSON-stat: values as an object by position, categories as a list, quarters as the quarter’s first month', async () => {
    const sparse = {
      version: '2.0',
      class: 'dataset',
      id: ['Tid'],
      size: [3],
      dimension: { Tid: { category: { index: ['2023K4', '2024K1', '2024K2'] } } },
      value: { '1': 84, '2': 85.5 },
    };
    const folder = await workspace({ 'kvartal.json': JSON.stringify(sparse) });
    const result = await run(['import', 'indicator', 'IND-1', 'kvartal.json'], folder);
    expect(result).toMatchObject({ code: 0, stdout: 'content/indikatorer/IND-1.md\n2 nye målinger i IND-1 fra kvartal.json (2024-01: 84, 2024-04: 85.5).\n' });
  });

  test('SSB’s time codes become the content’s dates', () => {
    expect(['2024', '2024M06', '2024K2', '2024Q4', '2024-06-15', '2024M13', '2024U1'].map(dateOfTimeCode)).toEqual([
      '2024',
      '2024-06',
      '2024-04',
      '2024-10',
      '2024-06-15',
      undefined,
      undefined,
    ]);
  });

  test('a figure as a spreadsheet writes it: decimal comma or point, spaces between thousands; no units', () => {
    expect(['87,5', '87.5', ' 1 234,5 ', '1\u00a0234', '-3', '−2,5', '86 %', '1,2,3', '', 'abc'].map(numberOfCell)).toEqual([
      87.5,
      87.5,
      1234.5,
      1234,
      -3,
      -2.5,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
