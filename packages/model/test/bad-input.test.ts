// Faults that cannot be committed as files: bad bytes, line endings, Unicode forms, empty folders.
// Each copies `valid-minimal`, applies the fault, and (as in rules.test.ts) is run again with a second,
// independent fault in another file that must also be reported.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentFolderError } from '../src/index.ts';
import { addSentinel, fixtures, load, problemLines, type Scratch, scratch } from './helpers.ts';

const T2 = 'tiltak/T-2.md';
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
const bytesWith = (text: string, marker: string, byte: number) => {
  const [before, after] = text.split(marker) as [string, string];
  return Buffer.concat([Buffer.from(before), Buffer.from([byte]), Buffer.from(after)]);
};
const BOM = '\uFEFF';
const nfd = (text: string) => text.normalize('NFD');

interface Fault {
  apply: (copy: Scratch) => Promise<void>;
  lines: string[];
  sentinel?: string;
}

const faults: Record<string, Fault> = {
  'not-utf8': {
    apply: async (copy) => copy.write(T2, bytesWith((await copy.read(T2)).replace('Kartlegge utstyr', 'Kartlegge ut#styr'), '#', 0xff)),
    lines: ['not-utf8/tiltak/T-2.md:3:20  error  Filen er ikke gyldig UTF-8 (første ugyldige byte er nummer 32).  [file/not-utf8]'],
  },
  'nul-byte': {
    apply: async (copy) => copy.write(T2, bytesWith((await copy.read(T2)).replace('Kartlegge utstyr', 'Kartlegge ut#styr'), '#', 0x00)),
    lines: ['nul-byte/tiltak/T-2.md:3:20  error  Filen inneholder NUL-tegn og ser ut som en binær fil, ikke tekst.  [file/binary]'],
  },
  bom: {
    apply: async (copy) => copy.edit(T2, (text) => BOM + text),
    lines: ['bom/tiltak/T-2.md:1:1  warning  Filen begynner med et byte order mark (BOM).  [file/bom]'],
  },
  'bom-fault-on-line-4': {
    apply: async (copy) => copy.edit(T2, (text) => BOM + text.replace('goals: [M-2]', 'goals: [M-2, M-9]')),
    lines: [
      'bom-fault-on-line-4/tiltak/T-2.md:1:1  warning  Filen begynner med et byte order mark (BOM).  [file/bom]',
      'bom-fault-on-line-4/tiltak/T-2.md:4:14  error  Finner ikke målet «M-9». Mente du «M-1»?  [link/unknown-goal]',
    ],
  },
  'crlf-fault-on-line-4': {
    apply: async (copy) => copy.edit(T2, (text) => crlf(text.replace('goals: [M-2]', 'goals: [M-2, M-9]'))),
    lines: ['crlf-fault-on-line-4/tiltak/T-2.md:4:14  error  Finner ikke målet «M-9». Mente du «M-1»?  [link/unknown-goal]'],
  },
  'crlf-schema-fault-on-line-4': {
    apply: async (copy) => copy.edit(T2, (text) => crlf(text.replace('goals: [M-2]', 'goals: M-2'))),
    lines: [
      'crlf-schema-fault-on-line-4/tiltak/T-2.md:4:8  error  «goals» skal være en liste med tekst, for eksempel [M-1, M-2], men er teksten «M-2».  [schema/invalid-type]',
    ],
  },
  'crlf-bom-yaml-fault-on-line-4': {
    apply: async (copy) => copy.edit(T2, (text) => BOM + crlf(text.replace('goals: [M-2]', 'goals: [M-2, "M-3]'))),
    lines: [
      'crlf-bom-yaml-fault-on-line-4/tiltak/T-2.md:1:1  warning  Filen begynner med et byte order mark (BOM).  [file/bom]',
      'crlf-bom-yaml-fault-on-line-4/tiltak/T-2.md:4:14  error  Frontmatter er ikke gyldig YAML: et anførselstegn åpnes, men lukkes aldri.  [frontmatter/yaml-syntax]',
    ],
  },
  'crlf-body-link-on-line-11': {
    apply: async (copy) => copy.edit(T2, (text) => crlf(`${text}Se [tiltaket](tilak:T-1).\n`)),
    lines: ['crlf-body-link-on-line-11/tiltak/T-2.md:12:4  error  Ukjent lenketype «tilak:». Mente du «tiltak:»?  [link/unknown-scheme]'],
  },
  'decomposed-reference': {
    // A reference typed in decomposed Unicode is read composed: no id holds «å», so it is unknown, with the ASCII id offered.
    apply: async (copy) => copy.edit('tiltak/T-1.md', (text) => text.replace('partners: [Sprakradet]', `partners: [${nfd('Språkrådet')}]`)),
    lines: ['decomposed-reference/tiltak/T-1.md:6:12  error  Finner ikke aktøren «Språkrådet». Mente du «Sprakradet»?  [link/unknown-actor]'],
  },
  'empty-file': {
    apply: async (copy) => copy.write(T2, ''),
    lines: ['empty-file/tiltak/T-2.md:1:1  error  Filen er tom.  [file/empty]'],
  },
  'blank-file': {
    apply: async (copy) => copy.write(T2, '\n  \n\t\n'),
    lines: ['blank-file/tiltak/T-2.md:1:1  error  Filen er tom.  [file/empty]'],
  },
  'directory-named-md': {
    apply: async (copy) => void (await mkdir(copy.file('tiltak/T-3.md'))),
    lines: ['directory-named-md/tiltak/T-3.md:1:1  error  Dette er en mappe, men navnet slutter på «.md» som en fil.  [file/directory-not-file]'],
  },
  'stray-files': {
    apply: async (copy) => {
      await copy.write('tiltak/skisse.psd', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));
      await copy.write('notater.txt', 'Husk møtet.\n');
    },
    lines: [
      'stray-files/notater.txt:1:1  warning  «notater.txt» er ikke en Markdown-fil og blir ikke lest.  [file/not-markdown]',
      'stray-files/tiltak/skisse.psd:1:1  warning  «skisse.psd» er ikke en Markdown-fil og blir ikke lest.  [file/not-markdown]',
    ],
  },
  'stray-markdown-at-top': {
    apply: async (copy) => copy.write('les-meg.md', '# Les meg\n'),
    lines: [
      'stray-markdown-at-top/les-meg.md:1:1  error  Dokumentet ligger i «stray-markdown-at-top», som ikke er en mappe for noen dokumenttype.  [file/unknown-location]',
    ],
  },
  'too-large': {
    apply: async (copy) => copy.edit(T2, (text) => text + 'Tiltaket gir et bilde av utstyret.\n'.repeat(32 * 1024)),
    lines: ['too-large/tiltak/T-2.md:1:1  error  Filen er 1.1 MB, mer enn grensen på 256 kB.  [file/too-large]'],
  },
  'line-too-long': {
    apply: async (copy) => copy.edit(T2, (text) => `${text}${'a'.repeat(20_001)}\n`),
    lines: ['line-too-long/tiltak/T-2.md:12:1  error  Linjen er 20001 tegn lang, mer enn grensen på 20000.  [file/line-too-long]'],
  },
};

describe.each(Object.entries(faults))('%s', (name, { apply, lines, sentinel }) => {
  test('reports exactly its fault', async () => {
    const copy = await scratch('valid-minimal', name);
    await apply(copy);
    expect(await problemLines(copy.dir)).toEqual(lines);
  });

  test('still checks every other file in the same run', async () => {
    const copy = await scratch('valid-minimal', name);
    await apply(copy);
    const second = await addSentinel(copy, name, sentinel);
    const reported = await problemLines(copy.dir);
    expect(reported).toContain(second);
    expect(reported.filter((line) => line !== second)).toEqual(lines);
  });
});

test('an id with æ, ø or å is refused however it is typed', async () => {
  const copy = await scratch('valid-minimal', 'non-ascii-id');
  await copy.edit('aktorer/Sprakradet.md', (text) => text.replace('id: Sprakradet', `id: ${nfd('Språkrådet')}`));
  await copy.edit('tiltak/T-1.md', (text) => text.replace('partners: [Sprakradet]', `partners: [${nfd('Språkrådet')}]`));
  expect(await problemLines(copy.dir)).toEqual([
    'non-ascii-id/aktorer/Sprakradet.md:2:5  warning  Id-en «Språkrådet» er skrevet med dekomponerte tegn (for eksempel «å» som «a» + ring).  [id/not-normalized]',
    'non-ascii-id/aktorer/Sprakradet.md:2:5  error  «id» har feil format: «Språkrådet».  [schema/invalid-format]',
  ]);
});

test('a content folder that does not exist is an error of the call, not a problem in the content', async () => {
  const missing = path.join(fixtures, 'finnes-ikke');
  await expect(load(missing)).rejects.toThrow(new ContentFolderError(missing, 'mappen finnes ikke'));
  await expect(load(missing)).rejects.toThrow(`Finner ikke innholdsmappen ${missing}: mappen finnes ikke.`);
});
