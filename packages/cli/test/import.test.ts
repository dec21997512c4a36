import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../src/main.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures', 'import');

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd, env: {} });
  return { code, stdout, stderr };
}

async function workspace(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'strategi-import-'));
  await cp(path.join(fixtures, 'content'), path.join(folder, 'content'), { recursive: true });
  await cp(path.join(fixtures, 'good.csv'), path.join(folder, 'good.csv'));
  await cp(path.join(fixtures, 'bad.csv'), path.join(folder, 'bad.csv'));
  return folder;
}

describe('strategi import inputs', () => {
  test('turns every row into a content file with the next free id, and the result validates', async () => {
    const folder = await workspace();
    const result = await run(['import', 'inputs', 'good.csv'], folder);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('content/innspill/IN-2.md\ncontent/innspill/IN-3.md\n2 innspill importert fra good.csv.\n');
    expect(result.code).toBe(0);
    expect(await readFile(path.join(folder, 'content/innspill/IN-2.md'), 'utf8')).toBe(
      '---\nid: IN-2\ntitle: Skjermbruk i barnehagen\nround: R-1\nsender: Eksempel kommune\nsenderKind: kommune\ndate: 2022-05-01\nsummary: Ønsker veiledning om skjermbruk.\nurl: https://example.no/a\n---\n',
    );
    const validated = await run(['validate'], folder);
    expect(validated.code).toBe(0);
  });

  test('a bad row reports its row and column, and nothing is written', async () => {
    const folder = await workspace();
    const result = await run(['import', 'inputs', 'bad.csv'], folder);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').filter((line) => !line.startsWith('  →'))).toEqual([
      'bad.csv:3:2  error  Finner ikke innspillsrunden «R-9». Mente du «R-1»?  [link/unknown-input-round]',
      'bad.csv:3:4  error  «senderKind» kan ikke være «kommun». Mente du «kommune»?  [schema/invalid-value]',
      'bad.csv:3:5  error  «date» har feil format: «2022-13-01».  [schema/invalid-format]',
      '',
      'Ingen filer ble skrevet: 3 feil i bad.csv. Rett regnearket og prøv igjen.',
      '',
    ]);
    expect(await readdir(path.join(folder, 'content/innspill'))).toEqual(['IN-1.md']);
  });

  test('an unknown column is refused with a did-you-mean, before anything is read further', async () => {
    const folder = await workspace();
    await writeFile(path.join(folder, 'typo.csv'), 'tittel,runde,avsendr\nA,R-1,B\n');
    const result = await run(['import', 'inputs', 'typo.csv'], folder);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe('typo.csv:1:3  error  Ukjent felt «avsendr». Mente du «avsender»?  [schema/unknown-key]');
    expect(await readdir(path.join(folder, 'content/innspill'))).toEqual(['IN-1.md']);
  });

  test('never reuses the name of a file that is there, even one too broken to have an id', async () => {
    const folder = await workspace();
    await writeFile(path.join(folder, 'content/innspill/IN-2.md'), '---\nid: [broken\n---\n');
    const result = await run(['import', 'inputs', 'good.csv'], folder);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['content/innspill/IN-3.md', 'content/innspill/IN-4.md']);
    expect(await readFile(path.join(folder, 'content/innspill/IN-2.md'), 'utf8')).toBe('---\nid: [broken\n---\n');
  });

  test('a missing file and a wrong subcommand are messages, not stack traces', async () => {
    const folder = await workspace();
    expect(await run(['import', 'inputs', 'nope.csv'], folder)).toMatchObject({ code: 1, stderr: 'Kan ikke lese nope.csv: filen finnes ikke.\n' });
    expect(await run(['import', 'measures', 'good.csv'], folder)).toMatchObject({
      code: 1,
      stderr: 'Ukjent import «measures». Bare «strategi import inputs <fil.csv>» finnes.\n',
    });
  });
});
