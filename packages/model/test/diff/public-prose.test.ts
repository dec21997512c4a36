// The word diff shows the body as it is published: an editor's HTML comment or unused link definition is no
// more part of a change than `internalNote` is, on the site's change pages or in `strategi diff`.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Edition, loadCorpus } from '@strategi/model';
import { diffEditions } from '@strategi/model/diff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const before = fileURLToPath(new URL('./fixtures/before', import.meta.url));
let scratch: string;

/** The working draft of a copy of `before` whose T-1 body is `body`. */
async function withBody(name: string, body: string): Promise<Edition> {
  const folder = path.join(scratch, name);
  await cp(before, folder, { recursive: true });
  const file = path.join(folder, 'tiltak', 'T-1.md');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('Tiltaket støtter [målet](mal:M-1).', body));
  const corpus = await loadCorpus(folder, { cacheFolder: false });
  expect(corpus.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return corpus.working;
}

let original: Edition;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'strategi-diff-'));
  original = await withBody('original', 'Tiltaket støtter [målet](mal:M-1).');
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('the prose diff', () => {
  it('shows no comment, definition or raw HTML, and reference links as inline links', async () => {
    const edited = await withBody(
      'edited',
      'Tiltaket støtter [det nye målet][m].\n\n<!-- HEMMELIG kommentar -->\n\n<script>HEMMELIG</script>\n\n[m]: mal:M-1\n[ubrukt]: https://example.org/HEMMELIG',
    );
    const change = diffEditions(original, edited).changed.find((c) => c.id === 'T-1')!;
    expect(change.prose).toEqual([{ value: 'Tiltaket støtter [' }, { value: 'det nye ', added: true }, { value: 'målet](mal:M-1).' }]);
  });

  it('finds no change where only a comment or an unused definition changed', async () => {
    const commented = await withBody('commented', 'Tiltaket støtter <!-- HEMMELIG --> [målet](mal:M-1).\n\n[ubrukt]: https://example.org/HEMMELIG');
    expect(diffEditions(original, commented).changed.find((c) => c.id === 'T-1')).toBeUndefined();
  });
});
