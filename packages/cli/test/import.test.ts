import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

/** A temporary folder with the fixture's content folder and every CSV fixture beside it. */
async function workspace(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'strategi-import-'));
  copyTree(fixtures, folder);
  return folder;
}

const inputsIn = (folder: string) => readdir(path.join(folder, 'content/innspill'));

/** Imports `text` (or bytes) saved as `name`, and checks that nothing was written. */
async function refused(name: string, content: string | Uint8Array) {
  const folder = await workspace();
  await writeFile(path.join(folder, name), content);
  const result = await run(['import', 'inputs', name], folder);
  expect(await inputsIn(folder)).toEqual(['IN-1.md']);
  return result;
}

const header = 'tittel,runde,avsender,avsendertype,dato,sammendrag\n';

const hints = {
  saveAsUtf8: '  → Lagre regnearket på nytt i Excel med Fil → Lagre som → «CSV UTF-8 (kommadelt) (*.csv)», og importer den nye filen.',
  fieldCount: '  → Et skilletegn (komma eller semikolon) inne i en verdi må stå i anførselstegn: «"Oslo; Bergen"». Sjekk også at ingen verdi mangler.',
  notAFile: '  → Oppgi stien til CSV-filen du lagret fra regnearket, for eksempel «strategi import inputs innspill.csv».',
  schemaInvalid: '  → Se veiledningen for hva feltet kan inneholde.',
  columns: '  → Kolonnene som kan brukes, er «tittel», «runde», «avsender», «avsendertype», «sammendrag», «dato», «lenke», «språk», «eksempel», «tekst».',
};

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

  test('every bad row is reported by row and column with its hint in one run, and nothing is written', async () => {
    const folder = await workspace();
    const result = await run(['import', 'inputs', 'bad.csv'], folder);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'bad.csv:3:2  error  Finner ikke innspillsrunden «R-9». Mente du «R-1»?  [link/unknown-input-round]',
        '  → Rett id-en i «round», eller opprett dokumentet i mappen «innspillsrunder» (for eksempel med «strategi new input-round»).',
        'bad.csv:3:4  error  «senderKind» kan ikke være «kommun». Mente du «kommune»?  [schema/invalid-value]',
        '  → Gyldige verdier er «kommune», «fylkeskommune», «statlig», «organisasjon», «næringsliv», «privatperson», «annen».',
        'bad.csv:3:5  error  «date»: 2022-13-01 finnes ikke: måneden må være fra 01 til 12.  [schema/invalid]',
        hints.schemaInvalid,
        'bad.csv:4:5  error  «date»: 2023-02-30 finnes ikke: februar 2023 har 28 dager.  [schema/invalid]',
        hints.schemaInvalid,
        'bad.csv:5:1  error  Cellen under «tittel» er tom.  [csv/empty-cell]',
        '  → Tittel må fylles ut på hver rad.',
        'bad.csv:6:7  error  Raden har 7 felt, men overskriftsraden har 6.  [csv/field-count]',
        hints.fieldCount,
        '',
        'Ingen filer ble skrevet: 6 feil i bad.csv.',
        '',
      ].join('\n'),
    });
    expect(await inputsIn(folder)).toEqual(['IN-1.md']);
  });

  test('the sender kinds are the strategy’s own: a declared abbreviation is taken, a kind it lacks is named at its cell with the row’s other problems', async () => {
    const folder = await workspace();
    await writeFile(
      path.join(folder, 'content/nettsted.yaml'),
      'siteName:\n  nb: Strategi for grønn skipsfart\nsenderKinds:\n  kommune: { nb: Kommune }\n  rederi: { nb: Rederi }\n  NSA: { nb: Norges Rederiforbund }\n',
    );
    await writeFile(path.join(folder, 'kinds.csv'), `${header}A,R-1,Forbundet,NSA,2022-05-01,Et innspill.\nB,R-1,Nor Lines,rederei,2022-13-01,Et annet.\n`);
    const result = await run(['import', 'inputs', 'kinds.csv'], folder);
    expect(result.stderr.split('\n').slice(0, 3)).toEqual([
      'kinds.csv:3:4  error  «senderKind» kan ikke være «rederei». Mente du «rederi»?  [schema/invalid-value]',
      '  → Gyldige verdier er «kommune», «rederi», «NSA».',
      'kinds.csv:3:5  error  «date»: 2022-13-01 finnes ikke: måneden må være fra 01 til 12.  [schema/invalid]',
    ]);
    expect(await inputsIn(folder)).toEqual(['IN-1.md']);
  });

  test('a leap day is a date, the day after 28 February in another year is not', async () => {
    const good = await workspace();
    await writeFile(path.join(good, 'leap.csv'), `${header}Skuddår,R-1,A kommune,kommune,2024-02-29,Et innspill.\n`);
    expect(await run(['import', 'inputs', 'leap.csv'], good)).toEqual({
      code: 0,
      stdout: 'content/innspill/IN-2.md\n1 innspill importert fra leap.csv.\n',
      stderr: '',
    });
    const result = await refused('not-leap.csv', `${header}Ikke skuddår,R-1,A kommune,kommune,2023-02-29,Et innspill.\n`);
    expect(result.stderr.split('\n')[0]).toBe(
      'not-leap.csv:2:5  error  «date»: 2023-02-29 finnes ikke: 2023 er ikke et skuddår, så februar har 28 dager.  [schema/invalid]',
    );
  });
});

describe('what Excel writes is read as it is meant', () => {
  test('«CSV UTF-8» with a byte order mark, semicolons, CRLF, a quoted «;» and a line break inside a cell', async () => {
    const folder = await workspace();
    const result = await run(['import', 'inputs', 'excel-csv-utf8.csv'], folder);
    expect(result).toEqual({
      code: 0,
      stdout: 'content/innspill/IN-2.md\ncontent/innspill/IN-3.md\n2 innspill importert fra excel-csv-utf8.csv.\n',
      stderr: '',
    });
    expect(await readFile(path.join(folder, 'content/innspill/IN-2.md'), 'utf8')).toBe(
      '---\nid: IN-2\ntitle: Rød tråd i opplæringen\nround: R-1\nsender: Bø kommune\nsenderKind: kommune\ndate: 2022-05-01\nsummary: Ønsker veiledning; gjerne før 2024.\n---\nFørste avsnitt.\n\nLærerne sa "mer kurs".\n',
    );
    expect(await readFile(path.join(folder, 'content/innspill/IN-3.md'), 'utf8')).toBe(
      '---\nid: IN-3\ntitle: Skjermbruk\nround: R-1\nsender: Å kommune\nsenderKind: kommune\ndate: 2022-05\nsummary: Kort.\n---\n',
    );
    expect((await run(['validate'], folder)).code).toBe(0);
  });

  test('«Unicode-tekst» (UTF-16 with a byte order mark, tabs between cells) keeps every letter', async () => {
    const folder = await workspace();
    const bytes = await readFile(path.join(folder, 'excel-unicode-tekst.txt'));
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const result = await run(['import', 'inputs', 'excel-unicode-tekst.txt'], folder);
    expect(result).toEqual({ code: 0, stdout: 'content/innspill/IN-2.md\n1 innspill importert fra excel-unicode-tekst.txt.\n', stderr: '' });
    expect(await readFile(path.join(folder, 'content/innspill/IN-2.md'), 'utf8')).toBe(
      '---\nid: IN-2\ntitle: Rød tråd i opplæringen\nround: R-1\nsender: Bø kommune\nsenderKind: kommune\ndate: 2022-05-01\nsummary: Ønsker «veiledning» – gjerne før 2024.\n---\n',
    );
  });

  test('UTF-16 big-endian with its byte order mark is read too', async () => {
    const folder = await workspace();
    const text = `${header}Rød tråd,R-1,Bø kommune,kommune,2022-05-01,Æ og Å.\n`;
    const utf16be = Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
    await writeFile(path.join(folder, 'be.csv'), utf16be);
    const result = await run(['import', 'inputs', 'be.csv'], folder);
    expect(result.code).toBe(0);
    expect(await readFile(path.join(folder, 'content/innspill/IN-2.md'), 'utf8')).toContain('title: Rød tråd\n');
  });

  test('«CSV (semikolonseparert)», which is Windows-1252, is refused with how to save it as UTF-8', async () => {
    const folder = await workspace();
    const bytes = await readFile(path.join(folder, 'excel-semikolonseparert-windows-1252.csv'));
    // The fixture is what Excel writes: ø as one byte 0xF8, an en dash as 0x96, curly quotes as 0x93 and 0x94.
    expect([bytes.includes(0xf8), bytes.includes(0x96), bytes.includes(0x93), bytes.includes(0x0d)]).toEqual([true, true, true, true]);
    expect(await run(['import', 'inputs', 'excel-semikolonseparert-windows-1252.csv'], folder)).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'excel-semikolonseparert-windows-1252.csv:2:2  error  Filen er ikke UTF-8: tegnet her er trolig «ø» lagret som Windows-1252 (byte 0xF8).  [csv/not-utf8]',
        hints.saveAsUtf8,
        '',
        'Ingen filer ble skrevet: 1 feil i excel-semikolonseparert-windows-1252.csv.',
        '',
      ].join('\n'),
    });
    expect(await inputsIn(folder)).toEqual(['IN-1.md']);
  });

  test('a Latin-1 file is refused the same way, pointing at its first letter outside ASCII', async () => {
    const folder = await workspace();
    const bytes = await readFile(path.join(folder, 'latin1.csv'));
    expect([bytes.includes(0xe6), bytes.includes(0xab), bytes.includes(0xc5)]).toEqual([true, true, true]);
    const result = await run(['import', 'inputs', 'latin1.csv'], folder);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').slice(0, 2)).toEqual([
      'latin1.csv:2:2  error  Filen er ikke UTF-8: tegnet her er trolig «æ» lagret som Windows-1252 (byte 0xE6).  [csv/not-utf8]',
      hints.saveAsUtf8,
    ]);
  });

  test('a byte that is nothing printable in Windows-1252 either is named by its value', async () => {
    const result = await refused('control.csv', Buffer.concat([Buffer.from(header), Buffer.from([0x41, 0x81, 0x0a])]));
    expect(result.stderr.split('\n')[0]).toBe('control.csv:2:2  error  Filen er ikke UTF-8: byte 0x81 er ikke gyldig UTF-8.  [csv/not-utf8]');
  });

  test('UTF-16 without a byte order mark, and other bytes with NUL in them, are not CSV text', async () => {
    const result = await refused('no-bom.csv', Buffer.from(header, 'utf16le'));
    expect(result.stderr).toBe(
      [
        'no-bom.csv:1:2  error  Filen inneholder NUL-tegn og er ikke CSV-tekst.  [csv/binary]',
        hints.saveAsUtf8,
        '',
        'Ingen filer ble skrevet: 1 feil i no-bom.csv.',
        '',
      ].join('\n'),
    );
  });

  test('UTF-16 with a byte order mark but a broken character is refused', async () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('tittel', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    const result = await refused('broken16.csv', broken);
    expect(result.stderr.split('\n')[0]).toBe(
      'broken16.csv:1:1  error  Filen er merket som UTF-16 («Unicode-tekst»), men inneholder ugyldige tegn.  [csv/invalid-utf16]',
    );
  });

  test('a workbook saved as .xlsx or .xls is named as such', async () => {
    const xlsx = await refused('innspill.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    expect(xlsx.stderr.split('\n').slice(0, 2)).toEqual([
      'innspill.xlsx:1:1  error  Filen er en arbeidsbok (.xlsx eller .ods), ikke CSV.  [csv/workbook]',
      hints.saveAsUtf8,
    ]);
    const xls = await refused('innspill.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]));
    expect(xls.stderr.split('\n')[0]).toBe('innspill.xls:1:1  error  Filen er en eldre Excel-arbeidsbok (.xls), ikke CSV.  [csv/workbook]');
  });
});

describe('the delimiter comes from the heading line', () => {
  test.each([
    ['semicolons', ';'],
    ['commas', ','],
    ['tabs', '\t'],
  ])('%s', async (_, delimiter) => {
    const folder = await workspace();
    const row = ['Rad', 'R-1', 'Oslo, Bergen og Bø', 'kommune', '2022-05-01', 'Tekst med ; og , i.'];
    const cells = row.map((cell) => (cell.includes(delimiter) ? `"${cell}"` : cell));
    await writeFile(path.join(folder, 'x.csv'), `${header.trim().split(',').join(delimiter)}\n${cells.join(delimiter)}\n`);
    const result = await run(['import', 'inputs', 'x.csv'], folder);
    expect(result.stderr).toBe('');
    expect(await readFile(path.join(folder, 'content/innspill/IN-2.md'), 'utf8')).toContain('sender: Oslo, Bergen og Bø\n');
    expect(await readFile(path.join(folder, 'content/innspill/IN-2.md'), 'utf8')).toContain('summary: Tekst med ; og , i.\n');
  });

  test('a first line «sep=;» names the delimiter, and rows are still counted from the top of the file', async () => {
    const result = await refused('sep.csv', `sep=;\n${header.replaceAll(',', ';')}Rad;R-1;A;kommun;2022-05-01;Tekst.\n`);
    expect(result.stderr.split('\n')[0]).toBe('sep.csv:3:4  error  «senderKind» kan ikke være «kommun». Mente du «kommune»?  [schema/invalid-value]');
  });

  test('a row after a cell with line breaks is named by the line it starts on', async () => {
    const result = await refused(
      'multiline.csv',
      `${header.trim()},tekst\nA,R-1,B,kommune,2022-05-01,C,"Linje 1\nLinje 2\r\nLinje 3"\nD,R-1,E,kommun,2022-05-01,F,\n`,
    );
    expect(result.stderr.split('\n')[0]).toBe('multiline.csv:5:4  error  «senderKind» kan ikke være «kommun». Mente du «kommune»?  [schema/invalid-value]');
  });
});

describe('a file with nothing to import is an error', () => {
  test.each([
    ['0 bytes', '', 'tom.csv:1:1  error  Filen er tom.  [csv/empty]'],
    ['only a byte order mark', '\uFEFF', 'tom.csv:1:1  error  Filen er tom.  [csv/empty]'],
    ['only blank lines', '\r\n\r\n  \n', 'tom.csv:1:1  error  Filen er tom.  [csv/empty]'],
    ['only the headings', header, 'tom.csv:1:1  error  Filen har bare overskriftsraden, ingen rader å importere.  [csv/no-rows]'],
    [
      'the headings and empty rows',
      `${header},,,,,\n\n , , ,,,\n`,
      'tom.csv:1:1  error  Filen har bare overskriftsraden, ingen rader å importere.  [csv/no-rows]',
    ],
  ])('%s', async (_, content, line) => {
    const result = await refused('tom.csv', content);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(line);
    expect(result.stderr.endsWith('\nIngen filer ble skrevet: 1 feil i tom.csv.\n')).toBe(true);
  });
});

describe('headings', () => {
  test('a field given twice is refused naming both columns, also under its two names', async () => {
    const result = await refused('twice.csv', 'tittel,runde,avsender,avsendertype,sammendrag,title,runde\nA,R-1,B,kommune,C,D,R-1\n');
    expect(result.stderr).toBe(
      [
        'twice.csv:1:6  error  Kolonnene «tittel» (kolonne 1) og «title» (kolonne 6) er samme felt.  [csv/duplicate-column]',
        '  → Behold én av kolonnene, så hvert felt står i én kolonne.',
        'twice.csv:1:7  error  Kolonnene «runde» (kolonne 2) og «runde» (kolonne 7) er samme felt.  [csv/duplicate-column]',
        '  → Behold én av kolonnene, så hvert felt står i én kolonne.',
        '',
        'Ingen filer ble skrevet: 2 feil i twice.csv.',
        '',
      ].join('\n'),
    );
  });

  test('every unknown column is refused with a did-you-mean, and headings are matched ignoring case', async () => {
    const result = await refused('typo.csv', 'Tittel,RUNDE,avsendr,avsendertype,sammendrag,budsjett\nA,R-1,B,kommune,C,D\n');
    expect(result.stderr).toBe(
      [
        'typo.csv:1:1  error  Kolonnen «avsender» mangler.  [csv/missing-column]',
        '  → Legg til en kolonne med overskriften «avsender» eller «sender». Den må fylles ut på hver rad.',
        'typo.csv:1:3  error  Ukjent kolonne «avsendr». Mente du «avsender»?  [csv/unknown-column]',
        hints.columns,
        'typo.csv:1:6  error  Ukjent kolonne «budsjett».  [csv/unknown-column]',
        hints.columns,
        '',
        'Ingen filer ble skrevet: 3 feil i typo.csv.',
        '',
      ].join('\n'),
    );
  });

  test('a column without a heading is ignored when empty, and refused when it holds values', async () => {
    const folder = await workspace();
    await writeFile(path.join(folder, 'trailing.csv'), `${header.trim()};;\nA;R-1;B;kommune;2022-05-01;C;;\n`.replaceAll(',', ';'));
    expect((await run(['import', 'inputs', 'trailing.csv'], folder)).code).toBe(0);
    const result = await refused('values.csv', `${header.trim()},\nA,R-1,B,kommune,2022-05-01,C,hemmelig\n`);
    expect(result.stderr.split('\n').slice(0, 2)).toEqual([
      'values.csv:1:7  error  Kolonne 7 har verdier, men ingen overskrift.  [csv/empty-heading]',
      '  → Skriv overskriften i første rad, eller slett kolonnen.',
    ]);
  });
});

describe('rows', () => {
  test('too few cells is as wrong as too many, and each such row is reported', async () => {
    const result = await refused('short.csv', `${header}A,R-1,B,kommune,2022-05-01\nC,R-1,D,kommune,2022-05-01,E\nF,R-1\n`);
    expect(result.stderr.split('\n').filter((line) => !line.startsWith('  →'))).toEqual([
      'short.csv:2:6  error  Raden har 5 felt, men overskriftsraden har 6.  [csv/field-count]',
      'short.csv:4:3  error  Raden har 2 felt, men overskriftsraden har 6.  [csv/field-count]',
      '',
      'Ingen filer ble skrevet: 2 feil i short.csv.',
      '',
    ]);
  });

  test('a quote that never closes is reported at the row and column it opened in, in Norwegian', async () => {
    const result = await refused('quote.csv', `${header}A,R-1,B,kommune,2022-05-01,C\n\nD,R-1,"E,kommune,2022-05-01,F\nG,R-1,H,kommune,2022-05-01,I\n`);
    expect(result.stderr).toBe(
      [
        'quote.csv:4:3  error  Anførselstegnet i kolonne 3 lukkes aldri.  [csv/quote-not-closed]',
        '  → Sett et avsluttende «"» etter verdien. Et anførselstegn inne i en verdi skrives dobbelt: «""».',
        '',
        'Ingen filer ble skrevet: 1 feil i quote.csv.',
        '',
      ].join('\n'),
    );
  });

  test.each([
    ['after a closing quote', 'A,R-1,"B"x,kommune,2022-05-01,C'],
    ['inside a cell that is not quoted', 'A,R-1,B"x",kommune,2022-05-01,C'],
  ])('a quote %s is reported at its cell', async (_, row) => {
    const result = await refused('misplaced.csv', `${header}${row}\n`);
    expect(result.stderr.split('\n').slice(0, 2)).toEqual([
      'misplaced.csv:2:3  error  Anførselstegn på feil sted i kolonne 3.  [csv/misplaced-quote]',
      '  → En verdi med anførselstegn skal stå helt i anførselstegn, med doble anførselstegn inne i seg: «"Han sa ""ja"""». Et regneark skriver det slik av seg selv.',
    ]);
  });

  test('«eksempel» reads ja and nei, and refuses a word it does not know instead of taking it as nei', async () => {
    const folder = await workspace();
    await writeFile(path.join(folder, 'example.csv'), `${header.trim()},eksempel\nA,R-1,B,kommune,2022-05-01,C,ja\nD,R-1,E,kommune,2022-05-01,F,nei\n`);
    expect((await run(['import', 'inputs', 'example.csv'], folder)).code).toBe(0);
    expect(await readFile(path.join(folder, 'content/innspill/IN-2.md'), 'utf8')).toContain('example: true\n');
    expect(await readFile(path.join(folder, 'content/innspill/IN-3.md'), 'utf8')).toContain('example: false\n');
    const result = await refused('maybe.csv', `${header.trim()},eksempel\nA,R-1,B,kommune,2022-05-01,C,kanskje\n`);
    expect(result.stderr.split('\n')[0]).toBe(
      'maybe.csv:2:7  error  «example» skal være true, false eller en liste med feltene som er eksempler, men er teksten «kanskje».  [schema/invalid-type]',
    );
  });
});

describe('what is not a readable file is named before it is read', () => {
  test('a missing file', async () => {
    const folder = await workspace();
    expect(await run(['import', 'inputs', 'nope.csv'], folder)).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'nope.csv:1:1  error  Filen kan ikke leses: filen finnes ikke.  [file/unreadable]',
        '  → Sjekk at filen finnes og at du har lesetilgang.',
        '',
        'Ingen filer ble skrevet: 1 feil i nope.csv.',
        '',
      ].join('\n'),
    });
  });

  test('a folder', async () => {
    const folder = await workspace();
    await mkdir(path.join(folder, 'mappe.csv'));
    expect((await run(['import', 'inputs', 'mappe.csv'], folder)).stderr.split('\n').slice(0, 2)).toEqual([
      'mappe.csv:1:1  error  Dette er en mappe, ikke en vanlig fil.  [csv/not-a-file]',
      hints.notAFile,
    ]);
  });

  test.skipIf(process.platform === 'win32')('/dev/zero', async () => {
    const folder = await workspace();
    expect((await run(['import', 'inputs', '/dev/zero'], folder)).stderr.split('\n')[0]).toBe(
      '/dev/zero:1:1  error  Dette er en enhet (som /dev/zero), ikke en vanlig fil.  [csv/not-a-file]',
    );
  });

  test.skipIf(process.platform === 'win32')('a FIFO with no writer is refused at once, not waited on', async () => {
    const folder = await workspace();
    execFileSync('mkfifo', [path.join(folder, 'pipe.csv')]);
    expect((await run(['import', 'inputs', 'pipe.csv'], folder)).stderr.split('\n')[0]).toBe(
      'pipe.csv:1:1  error  Dette er et navngitt rør (FIFO), ikke en vanlig fil.  [csv/not-a-file]',
    );
  });

  test('a file over the size bound is refused from its size, not read', async () => {
    const folder = await workspace();
    const huge = path.join(folder, 'huge.csv');
    await writeFile(huge, header);
    // A sparse file: 11 MB on paper, nothing on disk. Reading it whole would still take the memory.
    await truncate(huge, 11 * 1024 * 1024);
    expect(await run(['import', 'inputs', 'huge.csv'], folder)).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'huge.csv:1:1  error  Filen er 11.0 MB, mer enn grensen på 10.0 MB for en CSV-fil.  [csv/too-large]',
        '  → Del regnearket i flere filer og importer dem én om gangen.',
        '',
        'Ingen filer ble skrevet: 1 feil i huge.csv.',
        '',
      ].join('\n'),
    });
  });

  test('a wrong subcommand is a message, not a stack trace', async () => {
    const folder = await workspace();
    expect(await run(['import', 'measures', 'good.csv'], folder)).toMatchObject({
      code: 1,
      stderr:
        'Ukjent import «measures». «strategi import inputs <fil.csv>», «strategi import status <fil.csv>» og «strategi import indicator <IND-id> <fil>» finnes.\n',
    });
  });
});

test('paths outside the folder the command runs in are shown whole, not as ../../…', async () => {
  const folder = await workspace();
  const elsewhere = await mkdtemp(path.join(tmpdir(), 'strategi-elsewhere-'));
  const result = await run(['import', 'inputs', path.join(folder, 'good.csv'), '--dir', path.join(folder, 'content')], elsewhere);
  expect(result.stdout).toBe(
    `${path.join(folder, 'content/innspill/IN-2.md')}\n${path.join(folder, 'content/innspill/IN-3.md')}\n2 innspill importert fra ${path.join(folder, 'good.csv')}.\n`,
  );
});

test('never reuses the name of a file that is there, even one too broken to have an id', async () => {
  const folder = await workspace();
  await writeFile(path.join(folder, 'content/innspill/IN-2.md'), '---\nid: [broken\n---\n');
  const result = await run(['import', 'inputs', 'good.csv'], folder);
  expect(result.stdout.split('\n').slice(0, 2)).toEqual(['content/innspill/IN-3.md', 'content/innspill/IN-4.md']);
  expect(await readFile(path.join(folder, 'content/innspill/IN-2.md'), 'utf8')).toBe('---\nid: [broken\n---\n');
});

test('a «---» line in a cell is refused at the row and column of that cell, not in a file never written', async () => {
  const result = await refused(
    'fence.csv',
    `${header.trimEnd()},tekst\nEn,R-1,Kommune,kommune,2022-05-01,Greit.,Tekst\nTo,R-1,Kommune,kommune,2022-05-01,"Første\n---\nsiste",Tekst\n`,
  );
  expect(result.code).toBe(1);
  expect(result.stderr.split('\n')[0]).toBe(
    'fence.csv:3:6  error  Linjen «  ---» ligner en «---»-linje, men har mellomrom foran bindestrekene.  [frontmatter/near-fence]',
  );
});
