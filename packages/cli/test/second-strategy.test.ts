// The second real strategy in corpora/ is checked by the same command as content/: it validates without a problem,
// its settings name it and its owners, and its sectors are its own.
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus, siteIdentity } from '@strategi/model';
import { describe, expect, test } from 'vitest';
import { run } from './helpers.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const CORPUS = 'corpora/fremtidens-digitale-norge';

describe('the second strategy in corpora/', () => {
  test('validates with no error and no warning', async () => {
    const result = await run(['validate', '--dir', CORPUS], repo);
    expect(result.stdout).toMatch(/^\d+ filer sjekket: 0 feil, 0 advarsler \(\d+ ms\)\n$/);
    expect(result.code).toBe(0);
  });

  test('names itself, its owners and its contact from its own content', async () => {
    const corpus = await loadCorpus(path.join(repo, CORPUS));
    expect(siteIdentity(corpus)).toMatchObject({
      name: { nb: 'Fremtidens digitale Norge', en: 'The Digital Norway of the Future' },
      owners: [
        { id: 'DFD', name: 'Digitaliserings- og forvaltningsdepartementet' },
        { id: 'KS', name: 'KS – kommunesektorens organisasjon' },
      ],
      contact: { organisation: 'Digitaliserings- og forvaltningsdepartementet', email: 'postmottak@dfd.dep.no' },
    });
    expect(corpus.working.index.strategy?.data).toMatchObject({
      title: 'Fremtidens digitale Norge – nasjonal digitaliseringsstrategi 2024–2030',
      period: { start: 2024, end: 2030 },
    });
    const sectors = new Set(corpus.working.documents.flatMap((doc) => (doc.kind === 'measure' ? doc.data.sectors : [])));
    expect([...sectors].sort()).toEqual(['innbyggere', 'kommunal', 'næringsliv', 'statlig']);
  });

  test('releases a version with its own sectors, by the same command', async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'strategi-second-'));
    await cp(path.join(repo, CORPUS), path.join(cwd, 'content'), { recursive: true, filter: (source) => !source.includes(`${path.sep}versjoner`) });
    const args = ['release', 'neste', '--status', 'utkast', '--change', 'mindre', '--change-note', 'Rettelser.', '--date', '2025-01-10', '--yes'];
    const result = await run([...args, '--dir', 'content'], cwd);
    // Its 18 documents are frozen; the settings are read to check them, not frozen with them.
    expect(result.stderr).toBe('Frigivelsen fryser 18 filer som «neste». En frigitt versjon endres aldri.\n');
    expect(result.code).toBe(0);
    expect(await readdir(path.join(cwd, 'content/versjoner'))).toEqual(['neste']);
    expect(await readFile(path.join(cwd, 'content/versjoner/neste/versjon.sha256'), 'utf8')).not.toContain('nettsted.yaml');
  });
});
