// `strategi import status`: a spreadsheet of measures' statuses becomes one progress report, by the same CSV rules
// as `import inputs` (all rows or none, UTF-8 or a clear refusal, «;» from Excel, impossible dates refused, a bad
// row named by row and column), with the next free id and the model's atomic writer.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { today } from '@strategi/model';
import { describe, expect, test } from 'vitest';
import { main } from '../src/main.ts';
import { copyTree } from './helpers.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures', 'import');

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd, env: {} });
  return { code, stdout, stderr };
}

/** The import fixture's content with a second measure, and `files` beside it. */
async function workspace(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'strategi-import-status-'));
  copyTree(path.join(fixtures, 'content'), path.join(folder, 'content'));
  const t1 = await readFile(path.join(folder, 'content/tiltak/T-1.md'), 'utf8');
  await writeFile(path.join(folder, 'content/tiltak/T-2.md'), t1.replace('id: T-1', 'id: T-2').replace('title: Et tiltak', 'title: Et annet tiltak'));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(folder, name), content);
  return folder;
}

const reportsIn = (folder: string) => readdir(path.join(folder, 'content/fremdrift')).catch(() => [] as string[]);

describe('strategi import status', () => {
  test('every row becomes an entry of one report with the next free id, a draft until published, and it validates', async () => {
    const folder = await workspace({
      'status.csv': 'tiltak,status,dato,merknad\nT-1,Fullført,2024-11-11,Levert.\nT-2,i-rute,,\n',
    });
    const result = await run(['import', 'status', 'status.csv', '--date', '2024-12-01'], folder);
    expect(result).toEqual({
      code: 0,
      stdout: 'content/fremdrift/F-1.md\n2 statuser importert fra status.csv som F-1, per 2024-12-01 (utkast).\n',
      stderr: '',
    });
    expect(await readFile(path.join(folder, 'content/fremdrift/F-1.md'), 'utf8')).toBe(
      [
        '---',
        'id: F-1',
        'title: Status per 1. desember 2024',
        'date: 2024-12-01',
        'entries:',
        '  - measure: T-1',
        '    status: fullført',
        '    date: 2024-11-11',
        '    note: Levert.',
        '  - measure: T-2',
        '    status: i-rute',
        '---',
        '',
      ].join('\n'),
    );
    expect((await run(['validate'], folder)).code).toBe(0);
  });

  test('«;» from Excel with a byte order mark and CRLF; --published seals the report, and a second import gets the next id', async () => {
    const folder = await workspace({ 'excel.csv': '\uFEFFTiltak;Status;Merknad\r\nT-2;Forsinket;"Venter; på anskaffelse"\r\n' });
    const first = await run(['import', 'status', 'excel.csv', '--date', '2026-06-01', '--published', '2026-06-05'], folder);
    expect(first.stdout).toBe('content/fremdrift/F-1.md\n1 status importert fra excel.csv som F-1, per 2026-06-01, publisert 2026-06-05.\n');
    const text = await readFile(path.join(folder, 'content/fremdrift/F-1.md'), 'utf8');
    expect(text).toMatch(
      /^---\nid: F-1\ntitle: Status per 1\. juni 2026\ndate: 2026-06-01\npublished: 2026-06-05\nentries:\n {2}- measure: T-2\n {4}status: forsinket\n {4}note: Venter; på anskaffelse\nseal: sha256-[0-9a-f]{64}\n---\n$/,
    );
    expect((await run(['validate'], folder)).code).toBe(0);
    // A published report changed by hand is caught.
    await writeFile(path.join(folder, 'content/fremdrift/F-1.md'), text.replace('status: forsinket', 'status: i-rute'));
    expect((await run(['validate'], folder)).stdout).toContain('[report/tampered]');
    await writeFile(path.join(folder, 'content/fremdrift/F-1.md'), text);
    // strategi status counts the published report from its publication day: T-2 is delayed and, after its deadline, overdue.
    const statusOf = async (day: string) => JSON.parse((await run(['status', '--format', 'json', '--today', day], folder)).stdout);
    const before = await statusOf('2026-06-04');
    const after = await statusOf('2026-06-05');
    expect([before.byResponsible[0].counts.forsinket, after.byResponsible[0].counts.forsinket]).toEqual([0, 1]);
    expect((await statusOf('2026-06-05')).overdue.map((measure: { id: string; status: string }) => `${measure.id} ${measure.status}`)).toEqual([
      'T-1 planlagt',
      'T-2 forsinket',
    ]);
    const second = await run(['import', 'status', 'excel.csv', '--date', '2026-12-01'], folder);
    expect(second.stdout.split('\n')[0]).toBe('content/fremdrift/F-2.md');
  });

  test('every bad row is named by row and column in one run, and nothing is written', async () => {
    const folder = await workspace({
      'bad.csv': 'tiltak,status,dato\nT-9,i-rute,\nT-1,ferdig,2023-02-29\nT-1,startet,2024-13-01\n,startet,\nT-2,startet\n',
    });
    const result = await run(['import', 'status', 'bad.csv'], folder);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(
      result.stderr
        .split('\n')
        .filter((line) => /^bad\.csv/.test(line))
        .map((line) => line.replace(/ {2}error {2}/, ' ')),
    ).toEqual([
      'bad.csv:2:1 Finner ikke tiltaket «T-9». Mente du «T-1»?  [link/unknown-measure]',
      'bad.csv:3:2 «status» kan ikke være «ferdig».  [schema/invalid-value]',
      'bad.csv:3:3 «date»: 2023-02-29 finnes ikke: 2023 er ikke et skuddår, så februar har 28 dager.  [schema/invalid]',
      'bad.csv:4:1 Tiltaket «T-1» står allerede i rapporten (rad 3).  [report/duplicate-measure]',
      'bad.csv:4:3 «date»: 2024-13-01 finnes ikke: måneden må være fra 01 til 12.  [schema/invalid]',
      'bad.csv:5:1 Cellen under «tiltak» er tom.  [csv/empty-cell]',
      'bad.csv:6:3 Raden har 2 felt, men overskriftsraden har 3.  [csv/field-count]',
    ]);
    expect(result.stderr.endsWith('Ingen filer ble skrevet: 7 feil i bad.csv.\n')).toBe(true);
    expect(await reportsIn(folder)).toEqual([]);
  });

  test('a file saved as «CSV (semikolonseparert)» in Windows-1252 is refused with how to save it as UTF-8', async () => {
    const folder = await workspace({ 'ansi.csv': Buffer.from('tiltak;status;merknad\nT-1;fullført;Ferdig på høsten\n', 'latin1') });
    const result = await run(['import', 'status', 'ansi.csv'], folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[csv/not-utf8]');
    expect(result.stderr).toContain('«CSV UTF-8 (kommadelt) (*.csv)»');
    expect(await reportsIn(folder)).toEqual([]);
  });

  test('a status dated after the report and an impossible --date are refused', async () => {
    const folder = await workspace({ 'late.csv': 'tiltak,status,dato\nT-1,startet,2025-01-01\n' });
    const late = await run(['import', 'status', 'late.csv', '--date', '2024-12-01'], folder);
    expect(late.stderr.split('\n')[0]).toBe(
      'late.csv:2:3  error  Statusen er datert 2025-01-01, etter rapportens dato 2024-12-01.  [report/entry-after-report]',
    );
    const impossible = await run(['import', 'status', 'late.csv', '--date', '2025-02-30'], folder);
    expect(impossible.code).not.toBe(0);
    expect(impossible.stderr).toContain('2025-02-30 finnes ikke');
    expect(await reportsIn(folder)).toEqual([]);
  });

  test('a --title starting with «-» is the title, as with --title=…; a forgotten value is still named', async () => {
    const folder = await workspace({ 'status.csv': 'tiltak,status\nT-1,i-rute\n' });
    const result = await run(['import', 'status', 'status.csv', '--title', '-2+3', '--date', '2024-12-01'], folder);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(await readFile(path.join(folder, 'content/fremdrift/F-1.md'), 'utf8')).toContain('\ntitle: -2+3\n');
    const missing = await run(['import', 'status', 'status.csv', '--title', '--date', '2024-12-01'], folder);
    expect([missing.code, missing.stderr]).toEqual([1, 'Valget «--title» trenger en verdi.\n  → Skriv for eksempel «--title «…»».\n']);
  });

  test("--published on a day already past is written, with a warning at the report's «published»", async () => {
    const folder = await workspace({ 'status.csv': 'tiltak,status\nT-1,i-rute\n' });
    const result = await run(['import', 'status', 'status.csv', '--date', '2024-12-01', '--published', '2024-12-02'], folder);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `content/fremdrift/F-1.md:5:12  warning  Rapporten er publisert 2024-12-02, før i dag (${today()}).  [report/published-in-past]\n` +
        '  → Den kommer på nettstedet ved neste bygging, med en publiseringsdato som alt er passert. Var det ikke meningen, angi dagen den skal publiseres med --published, eller rett «published» i filen.\n',
    );
    const future = await run(['import', 'status', 'status.csv', '--date', '2024-12-01', '--published', '2999-01-01'], folder);
    expect([future.code, future.stderr]).toEqual([0, '']);
  });

  test('a «---» line in a note is refused at the row and column of its cell', async () => {
    const folder = await workspace({ 'fence.csv': 'tiltak,status,merknad\nT-1,i-rute,Greit\nT-2,i-rute,"Første\n---\nsiste"\n' });
    const result = await run(['import', 'status', 'fence.csv', '--date', '2024-12-01'], folder);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toMatch(/^fence\.csv:3:3 {2}error {2}.*\[frontmatter\/near-fence\]$/);
    expect(await reportsIn(folder)).toEqual([]);
  });
});
