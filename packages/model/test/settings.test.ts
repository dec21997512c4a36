// The site's identity comes from the content: `nettsted.yaml` beside the strategy document, checked like
// frontmatter, and the strategy's owners by the names their actor documents give.
import { writeFile } from 'node:fs/promises';
import { formatProblemLine } from '@strategi/problems';
import { describe, expect, test } from 'vitest';
import { declaredVocabulary, siteIdentity } from '../src/index.ts';
import { load, scratch } from './helpers.ts';

const TITLE = 'Strategi for digital kompetanse og infrastruktur';

const SETTINGS = `siteName:
  nb: Strategi for grønn skipsfart
  en: Strategy for green shipping
shortName: Grønn skipsfart
contact:
  organisation: Nærings- og fiskeridepartementet
  email: postmottak@nfd.dep.no
url: https://skipsfart.example.no
`;

describe('the site’s identity', () => {
  test('without a settings file, the site is named after the strategy and its owners’ actors', async () => {
    const corpus = await load((await scratch('valid-minimal')).dir);
    expect(corpus.problems).toEqual([]);
    expect(siteIdentity(corpus)).toEqual({
      name: { nb: TITLE, nn: TITLE, en: TITLE },
      shortName: TITLE,
      owners: [{ id: 'KD', name: 'Kunnskapsdepartementet' }],
      licenceHolder: undefined,
      contact: undefined,
      publicationNumber: undefined,
      lang: 'nb',
      url: undefined,
    });
  });

  test('the settings name the site, its contact and its address; the file is not a stray file', async () => {
    const copy = await scratch('valid-minimal');
    await writeFile(copy.file('nettsted.yaml'), SETTINGS);
    const corpus = await load(copy.dir);
    expect(corpus.problems).toEqual([]);
    const identity = siteIdentity(corpus);
    expect(identity.name).toEqual({ nb: 'Strategi for grønn skipsfart', nn: 'Strategi for grønn skipsfart', en: 'Strategy for green shipping' });
    expect(identity.shortName).toBe('Grønn skipsfart');
    expect(identity.contact).toEqual({ organisation: 'Nærings- og fiskeridepartementet', email: 'postmottak@nfd.dep.no' });
    expect(identity.url).toBe('https://skipsfart.example.no');
  });

  test('a wrong settings file is reported with file, line and column, every problem in one run', async () => {
    const copy = await scratch('valid-minimal');
    await writeFile(copy.file('nettsted.yaml'), `${SETTINGS.replace('postmottak@nfd.dep.no', 'postmottak')}shortname: Skip\n`);
    const corpus = await load(copy.dir);
    expect(corpus.settings).toBeUndefined();
    expect(corpus.problems.map((problem) => formatProblemLine(problem))).toMatchInlineSnapshot(`
      [
        "valid-minimal/nettsted.yaml:7:10  error  «email i contact» har feil format: «postmottak».  [schema/invalid-format]",
        "valid-minimal/nettsted.yaml:9:1  error  Ukjent felt «shortname». Mente du «shortName»?  [schema/unknown-key]",
      ]
    `);
  });

  test('YAML that does not parse is reported where it breaks', async () => {
    const copy = await scratch('valid-minimal');
    await writeFile(copy.file('nettsted.yaml'), 'siteName:\n  nb: [Strategi\n');
    const corpus = await load(copy.dir);
    expect(corpus.problems.map((problem) => formatProblemLine(problem))).toMatchInlineSnapshot(`
      [
        "valid-minimal/nettsted.yaml:2:7  error  Frontmatter er ikke gyldig YAML: en liste åpnes med «[», men lukkes aldri med «]».  [frontmatter/yaml-syntax]",
      ]
    `);
  });
});

describe('lists the strategy declares', () => {
  const DECLARED = `siteName:
  nb: Strategi for grønn skipsfart
sectors:
  havbruk: { nb: Havbruk, en: Aquaculture }
  skipsfart: { nb: Skipsfart }
actorKinds:
  departement: { nb: Departement }
  rederi: { nb: Rederi, nn: Reiarlag }
`;

  test('a measure’s sectors and an actor’s kind are checked against them, with did-you-mean over codes and names', async () => {
    const copy = await scratch('valid-minimal');
    await writeFile(copy.file('nettsted.yaml'), DECLARED);
    await writeFile(copy.file('tiltak/T-1.md'), (await copy.read('tiltak/T-1.md')).replace('sectors: [barnehage]', 'sectors: [skipsfat, aquaculture]'));
    const corpus = await load(copy.dir);
    expect(corpus.problems.map((problem) => formatProblemLine(problem))).toMatchInlineSnapshot(`
      [
        "valid-minimal/aktorer/Sprakradet.md:4:7  error  «kind» kan ikke være «etat».  [schema/invalid-value]",
        "valid-minimal/tiltak/T-1.md:7:11  error  «1. oppføring i sectors» kan ikke være «skipsfat». Mente du «skipsfart»?  [schema/invalid-value]",
        "valid-minimal/tiltak/T-1.md:7:21  error  «2. oppføring i sectors» kan ikke være «aquaculture». Mente du «havbruk»?  [schema/invalid-value]",
        "valid-minimal/tiltak/T-2.md:6:11  error  «1. oppføring i sectors» kan ikke være «grunnskole».  [schema/invalid-value]",
      ]
    `);
  });

  test('the declared labels fall back to bokmål; without a list the schema’s list holds', async () => {
    const copy = await scratch('valid-minimal');
    await writeFile(copy.file('nettsted.yaml'), DECLARED);
    const corpus = await load(copy.dir);
    expect(declaredVocabulary(corpus.settings, 'actorKind')).toEqual({
      values: ['departement', 'rederi'],
      labels: { departement: { nb: 'Departement', nn: 'Departement', en: 'Departement' }, rederi: { nb: 'Rederi', nn: 'Reiarlag', en: 'Rederi' } },
    });
    expect(declaredVocabulary(undefined, 'sector').values).toEqual(['barnehage', 'grunnskole', 'videregående']);
  });

  test('an input’s senderKind is checked against the declared sender kinds, which may be abbreviations in capitals', async () => {
    const copy = await scratch('valid-minimal');
    await writeFile(
      copy.file('nettsted.yaml'),
      `${DECLARED}senderKinds:\n  rederi: { nb: Rederi }\n  NSA: { nb: Norges Rederiforbund, en: Norwegian Shipowners' Association }\n`,
    );
    await writeFile(
      copy.file('innspill/IN-2.md'),
      (await copy.read('innspill/IN-1.md')).replace('IN-1', 'IN-2').replace('senderKind: kommune', 'senderKind: NSA'),
    );
    await writeFile(copy.file('innspill/IN-1.md'), (await copy.read('innspill/IN-1.md')).replace('senderKind: kommune', 'senderKind: rederri'));
    const corpus = await load(copy.dir);
    expect(corpus.problems.map((problem) => formatProblemLine(problem)).filter((line) => line.includes('innspill/'))).toEqual([
      'valid-minimal/innspill/IN-1.md:6:13  error  «senderKind» kan ikke være «rederri». Mente du «rederi»?  [schema/invalid-value]',
    ]);
    expect(corpus.working.vocabularies?.senderKind.labels['NSA']).toEqual({
      nb: 'Norges Rederiforbund',
      nn: 'Norges Rederiforbund',
      en: "Norwegian Shipowners' Association",
    });
  });

  test('a declared code is small letters, digits and hyphens; a sender kind may be an abbreviation in capitals', async () => {
    const copy = await scratch('valid-minimal');
    await writeFile(
      copy.file('nettsted.yaml'),
      'siteName:\n  nb: Strategi\nsectors:\n  Havbruk: { nb: Havbruk }\nsenderKinds:\n  KS: { nb: KS }\n  kommune: { nb: Kommune }\n  ny kode: { nb: Ny }\n',
    );
    const corpus = await load(copy.dir);
    expect(corpus.problems.map((problem) => formatProblemLine(problem))).toEqual([
      'valid-minimal/nettsted.yaml:4:3  error  «Havbruk i sectors»: Skriv koden med små bokstaver, tall og bindestrek, for eksempel «havbruk».  [schema/invalid]',
      'valid-minimal/nettsted.yaml:8:3  error  «ny kode i senderKinds»: Skriv koden med bokstaver, tall og bindestrek, for eksempel «kommune».  [schema/invalid]',
    ]);
  });

  test('the tool’s own sender kinds, for a strategy that declares none, name no particular organisation', () => {
    const { values } = declaredVocabulary(undefined, 'senderKind');
    expect(values).toContain('kommune');
    expect(values).toContain('annen');
    expect(values).not.toContain('KS');
    expect(values).not.toContain('Udir');
  });
});
