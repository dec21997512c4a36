import { chmod, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus, writeNewFile } from '@strategi/model';
import { describe, expect, test } from 'vitest';
import { isRoot, run, workspace } from './helpers.ts';

const year = new Date().getFullYear();
const clamped = Math.min(Math.max(year, 2023), 2030);

/** What `new` says it filled in, for the files of the table below that leave out an option with a default. */
const filledIn: Record<string, string> = {
  'content/innsatsomrader/I-3.md': 'Fylt inn fordi det ikke ble oppgitt: --order 3. Rett i filen om noe ikke stemmer.\n',
  'content/handlingsplaner/H-2.md': 'Fylt inn fordi det ikke ble oppgitt: --end 2028. Rett i filen om noe ikke stemmer.\n',
};

describe('strategi new', () => {
  test('writes a measure with the next id never used, counting released versions, and the result validates', async () => {
    const cwd = await workspace();
    // T-5 exists only in the released version 2024-horing, T-2 only as an alias: the next id is T-6.
    const result = await run(
      ['new', 'measure', '--title', 'Styrke personvernet i skolen', '--goal', 'M-3', '--responsible', 'KS', '--responsible', 'Udir'],
      cwd,
    );
    // What was left out is filled in, and said: a deadline is never written silently.
    expect(result).toEqual({
      code: 0,
      stdout: 'content/tiltak/T-6.md\n',
      stderr: `Fylt inn fordi det ikke ble oppgitt: --sector barnehage, grunnskole, videregående; --start ${clamped}; --deadline 2030; --status planlagt. Rett i filen om noe ikke stemmer.\n`,
    });
    expect(await readFile(path.join(cwd, 'content/tiltak/T-6.md'), 'utf8')).toBe(
      `---\nid: T-6\ntitle: Styrke personvernet i skolen\ngoals: [M-3]\nresponsible: [KS, Udir]\nsectors: [barnehage, grunnskole, videregående]\nstart: ${clamped}\ndeadline: 2030\nstatus: planlagt\n---\nBeskriv tiltaket: hva som skal gjøres, hvorfor, og hvem som gjør hva.\n`,
    );
    const corpus = await loadCorpus(path.join(cwd, 'content'), { displayBase: cwd });
    expect(corpus.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(corpus.working.byId.get('T-6')?.kind).toBe('measure');
  });

  test.each([
    [['goal', '--title', 'Nytt mål', '--focus-area', 'I-1'], 'content/mal/M-4.md', 'id: M-4\ntitle: Nytt mål\nfocusArea: I-1\n'],
    [['focus-area', '--title', 'Ledelse', '--lang', 'nn'], 'content/innsatsomrader/I-3.md', 'id: I-3\ntitle: Ledelse\norder: 3\nlang: nn\n'],
    [
      ['action-plan', '--title', 'Plan 2026–2028', '--start', '2026'],
      'content/handlingsplaner/H-2.md',
      'id: H-2\ntitle: Plan 2026–2028\nperiod:\n  start: 2026\n  end: 2028\n',
    ],
    [
      ['actor', '--title', 'Statped', '--id', 'Statped', '--kind', 'etat', '--responsibility', 'Gir spesialpedagogisk støtte.'],
      'content/aktorer/Statped.md',
      'id: Statped\nname: Statped\nkind: etat\nresponsibility: Gir spesialpedagogisk støtte.\n',
    ],
    [
      ['input-round', '--title', 'Skriftlig runde', '--channel', 'skriftlig', '--organiser', 'KD', '--summary', 'Hva mangler?', '--date', '2022-05-01'],
      'content/innspillsrunder/R-2.md',
      'id: R-2\ntitle: Skriftlig runde\ndate: 2022-05-01\nchannel: skriftlig\norganisers: [KD]\nsummary: Hva mangler?\n',
    ],
    [
      ['input', '--title', 'Mer opplæring', '--round', 'R-1', '--sender', 'Bergen kommune', '--sender-kind', 'kommune', '--summary', 'Lærerne trenger kurs.'],
      'content/innspill/IN-2.md',
      'id: IN-2\ntitle: Mer opplæring\nround: R-1\nsender: Bergen kommune\nsenderKind: kommune\nsummary: Lærerne trenger kurs.\n',
    ],
  ])('new %j writes %s', async (args, file, frontmatter) => {
    const cwd = await workspace();
    const result = await run(['new', ...args], cwd);
    expect(result.stderr).toBe(filledIn[file] ?? '');
    expect(result.stdout).toBe(`${file}\n`);
    expect(result.code).toBe(0);
    expect(await readFile(path.join(cwd, file), 'utf8')).toMatch(new RegExp(`^---\\n${frontmatter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}---\\n`));
    const corpus = await loadCorpus(path.join(cwd, 'content'), { displayBase: cwd });
    expect(corpus.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  test('an input’s kind of sender is one the strategy declares: the example names one, and another is refused with did-you-mean', async () => {
    const cwd = await workspace();
    await writeFile(path.join(cwd, 'content/nettsted.yaml'), 'siteName:\n  nb: Strategi\nsenderKinds:\n  rederi: { nb: Rederi }\n  kommune: { nb: Kommune }\n');
    const args = ['new', 'input', '--title', 'Mer kurs', '--round', 'R-1', '--sender', 'Nor Lines', '--summary', 'Kurs.'];
    expect((await run(args, cwd)).stderr).toBe('Et innspill trenger --sender-kind, for eksempel «--sender-kind rederi».\n');
    const refused = await run([...args, '--sender-kind', 'rederei'], cwd);
    expect(refused.stderr.split('\n')[0]).toContain('«senderKind» kan ikke være «rederei». Mente du «rederi»?');
    expect(await run([...args, '--sender-kind', 'rederi'], cwd)).toMatchObject({ code: 0, stdout: 'content/innspill/IN-2.md\n' });
  });

  test('a measure with every option given fills nothing in and says nothing; the help marks only what must be given', async () => {
    const cwd = await workspace();
    const args = ['--goal', 'M-1', '--responsible', 'KD', '--sector', 'grunnskole', '--start', '2024', '--deadline', '2026', '--status', 'startet'];
    expect(await run(['new', 'measure', '--title', 'Alt oppgitt', ...args], cwd)).toEqual({ code: 0, stdout: 'content/tiltak/T-6.md\n', stderr: '' });
    const measureLine = (await run(['new', '--help'], cwd)).stdout.split('\n').find((line) => line.trimStart().startsWith('measure '));
    expect(measureLine).toContain('--goal* … --responsible* … --partner … --sector … --start --deadline --status ');
  });

  test('a measure names its action plan, and that is enough: the plan lists it, and everything validates', async () => {
    const cwd = await workspace();
    const result = await run(
      ['new', 'measure', '--title', 'Ny plan', '--goal', 'M-1', '--responsible', 'KD', '--action-plan', 'H-1', '--start', '2024', '--deadline', '2025'],
      cwd,
    );
    expect(result).toEqual({
      code: 0,
      stdout: 'content/tiltak/T-6.md\n',
      stderr: 'Fylt inn fordi det ikke ble oppgitt: --sector barnehage, grunnskole, videregående; --status planlagt. Rett i filen om noe ikke stemmer.\n',
    });
    const corpus = await loadCorpus(path.join(cwd, 'content'), { displayBase: cwd });
    expect(corpus.working.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const plan = corpus.working.index.resolve('H-1')!;
    expect(corpus.working.index.sources(plan, 'measure.actionPlan').map((measure) => measure.id)).toContain('T-6');
  });

  test.each([
    [
      'a start after the strategy period',
      ['--start', '2099'],
      '«start» er 2099, utenfor strategiperioden 2023–2030.  [date/outside-period]\n  → Velg en dato i 2023–2030.\n',
    ],
    [
      'a deadline before the start',
      ['--start', '2027', '--deadline', '2025'],
      'Fristen 2025 er før starten 2027.  [date/deadline-before-start]\n  → Sjekk årstallene i «start» og «deadline».\n',
    ],
    ['an impossible day', ['--deadline', '2026-02-30'], '«deadline»'],
  ])('refuses %s, checked in the whole edition before anything is written', async (_what, extra, expected) => {
    const cwd = await workspace();
    const result = await run(['new', 'measure', '--title', 'X', '--goal', 'M-1', '--responsible', 'KD', ...extra], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(expected);
    expect(result.stderr).toMatch(/Ingen fil ble skrevet\.\n$/);
    expect(await readdir(path.join(cwd, 'content/tiltak'))).toEqual(['T-1.md', 'T-3.md', 'T-4.md']);
  });

  test('refuses a title longer than the schema allows', async () => {
    const cwd = await workspace();
    const result = await run(['new', 'measure', '--title', 'x'.repeat(400), '--goal', 'M-1', '--responsible', 'KD'], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[schema/');
    expect(await readdir(path.join(cwd, 'content/tiltak'))).toEqual(['T-1.md', 'T-3.md', 'T-4.md']);
  });

  test('refuses an unknown goal with the validator’s did-you-mean message and writes nothing', async () => {
    const cwd = await workspace();
    const result = await run(['new', 'measure', '--title', 'X', '--goal', 'M-9', '--responsible', 'KS'], cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'Finner ikke målet «M-9». Mente du «M-1»?  [link/unknown-goal]\n  → Rett id-en i «goals», eller opprett dokumentet i mappen «mal» (for eksempel med «strategi new goal»).\nIngen fil ble skrevet.\n',
    );
    expect(await readdir(path.join(cwd, 'content/tiltak'))).toEqual(['T-1.md', 'T-3.md', 'T-4.md']);
  });

  test('refuses an unknown actor and an unknown focus area the same way', async () => {
    const cwd = await workspace();
    const actor = await run(['new', 'measure', '--title', 'X', '--goal', 'M-1', '--responsible', 'Udri'], cwd);
    expect(actor.stderr).toBe(
      'Finner ikke aktøren «Udri». Mente du «Udir»?  [link/unknown-actor]\n  → Rett id-en i «responsible», eller opprett dokumentet i mappen «aktorer» (for eksempel med «strategi new actor»).\nIngen fil ble skrevet.\n',
    );
    const area = await run(['new', 'goal', '--title', 'X', '--focus-area', 'I-7'], cwd);
    expect(area.code).toBe(1);
    expect(area.stderr).toContain('Finner ikke innsatsområdet «I-7». Mente du «I-1»?  [link/unknown-focus-area]');
    expect(await readdir(path.join(cwd, 'content/mal'))).toEqual(['M-1.md', 'M-2.md', 'M-3.md']);
  });

  test('refuses a wrong value with the schema’s message', async () => {
    const cwd = await workspace();
    const result = await run(['new', 'measure', '--title', 'X', '--goal', 'M-1', '--responsible', 'KS', '--sector', 'grunnskule'], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      '«1. oppføring i sectors» kan ikke være «grunnskule». Mente du «grunnskole»?  [schema/invalid-value]\n  → Gyldige verdier er «barnehage», «grunnskole», «videregående».\nIngen fil ble skrevet.\n',
    );
  });

  test('refuses an actor id that is taken, in any letter case', async () => {
    const cwd = await workspace();
    const result = await run(['new', 'actor', '--title', 'Udir', '--id', 'udir', '--kind', 'direktorat', '--responsibility', 'X.'], cwd);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Id-en «Udir» er allerede brukt. En id brukes aldri to ganger, heller ikke etter at et dokument er fjernet.\n  → Velg en annen id med --id.\n',
    });
  });

  test.each(['../../../../tmp/x', '../../apps/site/src/pages/index', 'a/b', 'KD\\..\\x'])('refuses the actor id %j and writes nothing', async (id) => {
    const cwd = await workspace();
    const before = await readdir(cwd, { recursive: true });
    const result = await run(['new', 'actor', '--title', 'X', `--id=${id}`, '--kind', 'etat', '--responsibility', 'X.'], cwd);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `Id-en «${id}» kan ikke brukes for en aktør: den har ikke formen til en slik id.  [id/invalid-typed]\n  → Skriv en id med samme form som «Udir»: bare bokstavene A–Z, sifre og bindestrek, uten skråstrek, punktum eller mellomrom. Id-en blir filnavnet.\nIngen fil ble skrevet.\n`,
    });
    expect(await readdir(cwd, { recursive: true })).toEqual(before);
  });

  test('refuses an unknown kind, a missing title, a missing required option and a missing folder', async () => {
    const cwd = await workspace();
    expect(await run(['new', 'mesure', '--title', 'X'], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Ukjent type «mesure». Mente du «measure»?\n  → Typene er «focus-area», «goal», «measure», «action-plan», «actor», «input-round», «input», «progress-report», «indicator».\n',
    });
    expect((await run(['new', 'goal'], cwd)).stderr).toBe('Oppgi en tittel med --title «…».\n');
    expect((await run(['new', 'goal', '--title', 'X'], cwd)).stderr).toBe('Et mål trenger --focus-area, for eksempel «--focus-area I-1».\n');
    expect(await run(['new', 'goal', '--title', 'X', '--focus-area', 'I-1', '--dir', 'finnes-ikke'], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Finner ikke innholdsmappen finnes-ikke: mappen finnes ikke.\n  → Kjør kommandoen i prosjektmappen, eller oppgi innholdsmappen med --dir <mappe>.\n',
    });
    const unknownOption = await run(['new', 'goal', '--title', 'X', '--fokus', 'I-1'], cwd);
    expect(unknownOption.code).toBe(1);
    expect(unknownOption.stderr).toBe(
      'Ukjent valg «--fokus». Mente du «--focus-area»?\n  → Valgene er «--dir», «--lang», «--title», «--focus-area», «--parent», «--input».\n',
    );
  });

  test('an indicator: the source’s children by their object’s name beside --title, a target as year=…,value=…, the rule filled in', async () => {
    const cwd = await workspace();
    expect((await run(['new', '--help'], cwd)).stdout).toContain(
      '  indicator    --title* --measured* --unit* --source-title* --source-url* --date* --value* --target* … --point … --goal* … --method --tolerance\n',
    );
    const args = ['new', 'indicator', '--title', 'Elever med egen enhet', '--measured', 'Andelen elever med egen enhet.', '--unit', 'prosent'];
    const source = ['--source-title', 'SSB, tabell 1', '--source-url', 'https://www.ssb.no/', '--date', '2022', '--value', '80.5', '--goal', 'M-1'];
    const result = await run([...args, ...source, '--target', 'year=2030,value=100'], cwd);
    expect(result).toEqual({
      code: 0,
      stdout: 'content/indikatorer/IND-1.md\n',
      stderr: 'Fylt inn fordi det ikke ble oppgitt: --method linear-path; --tolerance 0.1. Rett i filen om noe ikke stemmer.\n',
    });
    const text = await readFile(path.join(cwd, 'content/indikatorer/IND-1.md'), 'utf8');
    expect(text.split('---\n')[1]).toBe(
      [
        'id: IND-1',
        'title: Elever med egen enhet',
        'measured: Andelen elever med egen enhet.',
        'unit: prosent',
        'source:',
        '  title: SSB, tabell 1',
        '  url: https://www.ssb.no/',
        'baseline:',
        '  date: 2022',
        '  value: 80.5',
        'targets:',
        '  - year: 2030',
        '    value: 100',
        'goals: [M-1]',
        'rule:',
        '  method: linear-path',
        '  tolerance: 0.1',
        '',
      ].join('\n'),
    );
    expect((await run(['validate'], cwd)).code).toBe(0);
    const misspelt = await run([...args, ...source, '--target', 'yeer=2030,value=100'], cwd);
    expect(misspelt).toEqual({
      code: 1,
      stdout: '',
      stderr: '--target yeer=2030,value=100: «yeer=2030» er ikke ett av feltene. Mente du «year»?\n  → Skriv --target year=…,value=….\n',
    });
  });

  test('a read-only folder gives a clear message, exit 1, and no file, not even a temporary one', async () => {
    const cwd = await workspace();
    const folder = path.join(cwd, 'content/tiltak');
    if (isRoot) {
      // Root writes through chmod; a file where the folder should be makes the write fail the same way.
      await rm(path.join(cwd, 'content/innsatsomrader'), { recursive: true });
      await writeFile(path.join(cwd, 'content/innsatsomrader'), '');
      const result = await run(['new', 'focus-area', '--title', 'X'], cwd);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^Kunne ikke skrive: .+\. Ingenting ble endret\.\n$/);
      expect(result.stdout).toBe('');
      return;
    }
    await chmod(folder, 0o555);
    try {
      const result = await run(['new', 'measure', '--title', 'X', '--goal', 'M-1', '--responsible', 'KS'], cwd);
      expect(result).toEqual({
        code: 1,
        stdout: '',
        stderr: `Kunne ikke skrive: mangler skrivetilgang (${path.join(folder, 'T-6.md')}). Ingenting ble endret.\n`,
      });
      expect(await readdir(folder)).toEqual(['T-1.md', 'T-3.md', 'T-4.md']);
    } finally {
      await chmod(folder, 0o755);
    }
  });
});

describe('writeNewFile', () => {
  test('never overwrites a file and leaves no temporary file behind', async () => {
    const cwd = await workspace();
    const file = path.join(cwd, 'content/tiltak/T-1.md');
    const before = await readFile(file, 'utf8');
    await expect(writeNewFile(file, 'overskrevet')).rejects.toMatchObject({ code: 'EEXIST', path: file });
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await readdir(path.dirname(file))).toEqual(['T-1.md', 'T-3.md', 'T-4.md']);
  });
});
