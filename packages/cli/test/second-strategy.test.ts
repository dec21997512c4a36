// The second real strategy in corpora/ is checked by the same command as content/: it validates without a problem,
// its settings name it and its owners, and its sectors are its own.
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
    const corpus = await loadCorpus(path.join(repo, CORPUS), { cacheFolder: false });
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
});
