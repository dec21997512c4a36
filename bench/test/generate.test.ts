import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus } from '@strategi/model';
import { diffEditions } from '@strategi/model/diff';
import { afterAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../src/generate.ts';
import { walkFiles } from '../src/walk-files.ts';

const folder = await mkdtemp(path.join(tmpdir(), 'strategi-bench-test-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('the synthetic corpus', () => {
  test('is valid content with released versions that each change about a tenth of the measures', async () => {
    const root = path.join(folder, 'corpus');
    await generateCorpus(root, { measures: 60, versions: 3 });
    const corpus = await loadCorpus(root, { cacheFolder: false, lixThreshold: 1000 });
    expect(corpus.problems).toEqual([]);
    expect(corpus.working.index.byKind.measure).toHaveLength(60);
    expect(corpus.versions.map((edition) => edition.id)).toEqual(['v1', 'v2', 'v3']);
    const [v1, v2] = corpus.versions;
    const changed = diffEditions(v1!, v2!).changed.filter((change) => change.kind === 'measure');
    expect(changed).toHaveLength(6);
  });

  test('is the same every time it is generated', async () => {
    const a = path.join(folder, 'a');
    const b = path.join(folder, 'b');
    await generateCorpus(a, { measures: 20, versions: 1 });
    await generateCorpus(b, { measures: 20, versions: 1 });
    const contents = async (root: string) => Promise.all((await walkFiles(root)).map(async (file) => [file, await readFile(path.join(root, file), 'utf8')]));
    expect(await contents(a)).toEqual(await contents(b));
  });
});
