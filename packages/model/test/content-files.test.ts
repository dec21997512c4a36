// One listing decides what a content file is, for every command: the documents validate checks are the files a
// release must copy, and everything else in the folder is reported, never skipped in silence or followed.
import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { formatProblemLine } from '@strategi/problems';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ContentFiles, listContentFiles } from '../src/index.ts';
import { load, type Scratch, scratch } from './helpers.ts';
import { measure } from './hostile/inputs.ts';

let copy: Scratch;
let server: Server;
let listed: ContentFiles;
const display = (absolute: string) => path.relative(path.dirname(copy.dir), absolute).split(path.sep).join('/');

beforeAll(async () => {
  copy = await scratch('valid-minimal', 'innhold');
  await writeFile(copy.file('tiltak/T-50.MD'), measure('T-50'));
  await writeFile(copy.file('tiltak/T-51.Md'), measure('T-51'));
  await symlink('/etc/hostname', copy.file('tiltak/T-52.md'));
  await symlink('../mal/M-1.md', copy.file('tiltak/T-53.md'));
  await symlink('/tmp', copy.file('mal/lenket'));
  await symlink('T-404.md', copy.file('tiltak/T-54.md'));
  execFileSync('mkfifo', [copy.file('tiltak/T-55.md')]);
  server = createServer();
  await new Promise<void>((resolve) => server.listen(copy.file('tiltak/T-56.md'), resolve));
  await mkdir(copy.file('versjoner/2023/tiltak'), { recursive: true });
  await writeFile(copy.file('versjoner/2023/tiltak/T-1.md'), measure('T-1'));
  await writeFile(copy.file('versjoner/2023/versjon.md'), '---\nid: 2023\n---\n');
  listed = await listContentFiles(copy.dir, { working: true, displayPath: display });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('listContentFiles', () => {
  test('lists the documents of the working draft, each with its kind, and not the released versions', () => {
    expect(listed.documents.map(({ kind, entry }) => `${kind} ${entry.relative}`)).toEqual([
      'actor aktorer/KD.md',
      'actor aktorer/Sprakradet.md',
      'actionPlan handlingsplaner/H-1.md',
      'focusArea innsatsomrader/I-1.md',
      'input innspill/IN-1.md',
      'inputRound innspillsrunder/R-1.md',
      'goal mal/M-1.md',
      'goal mal/M-2.md',
      'strategy strategi.md',
      'measure tiltak/T-1.md',
      'measure tiltak/T-2.md',
    ]);
  });

  test('reports .MD, symbolic links (saying where they point) and special files, and reads none of them', () => {
    expect(listed.problems.map((problem) => formatProblemLine(problem))).toEqual([
      'innhold/mal/lenket:1:1  error  «lenket» er en symbolsk lenke til «/tmp», utenfor innholdsmappen, og blir ikke fulgt.  [file/symlink]',
      'innhold/tiltak/T-50.MD:1:1  error  «T-50.MD» har filendelsen med store bokstaver og blir ikke lest.  [file/extension-case]',
      'innhold/tiltak/T-51.Md:1:1  error  «T-51.Md» har filendelsen med store bokstaver og blir ikke lest.  [file/extension-case]',
      'innhold/tiltak/T-52.md:1:1  error  «T-52.md» er en symbolsk lenke til «/etc/hostname», utenfor innholdsmappen, og blir ikke fulgt.  [file/symlink]',
      'innhold/tiltak/T-53.md:1:1  error  «T-53.md» er en symbolsk lenke til «../mal/M-1.md», og blir ikke fulgt.  [file/symlink]',
      'innhold/tiltak/T-54.md:1:1  error  «T-54.md» er en symbolsk lenke til «T-404.md», og blir ikke fulgt.  [file/symlink]',
      'innhold/tiltak/T-55.md:1:1  error  «T-55.md» er et navngitt rør (FIFO), ikke en vanlig fil, og blir ikke lest.  [file/special]',
      'innhold/tiltak/T-56.md:1:1  error  «T-56.md» er en socket, ikke en vanlig fil, og blir ikke lest.  [file/special]',
    ]);
  });

  test('the rename hint names the file as it should be', () => {
    expect(listed.problems.find((problem) => problem.ruleId === 'file/extension-case')?.hint).toBe(
      'Gi filen navnet «T-50.md», for eksempel med «git mv». Innholdsfiler slutter alltid på «.md» med små bokstaver, så alle verktøy og maskiner leser dem likt.',
    );
  });

  test('a released version is listed without its versjon.md', async () => {
    const version = await listContentFiles(copy.file('versjoner/2023'), { working: false, displayPath: display });
    expect(version.documents.map(({ entry }) => entry.relative)).toEqual(['tiltak/T-1.md']);
    expect(version.problems).toEqual([]);
  });

  test('validate checks exactly the listed documents and reports the same problems', async () => {
    const corpus = await load(copy.dir);
    expect([...corpus.working.documents].map((doc) => doc.path).sort()).toEqual(listed.documents.map(({ entry }) => entry.relative).sort());
    const lines = corpus.working.problems.map((problem) => formatProblemLine(problem));
    for (const problem of listed.problems) expect(lines).toContain(formatProblemLine(problem));
  });
});
