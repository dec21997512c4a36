// A file parsed in the stoppable worker that needs more memory than `limits.parseMemoryMb` is stopped and reported,
// and the run goes on with the next file. The bound is set low here so that an ordinary large file crosses it.

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblemLine } from '@strategi/problems';
import { expect, test } from 'vitest';
import { loadCorpus } from '../../src/index.ts';
import { scratch } from '../helpers.ts';

test('a large file that needs more memory than allowed is reported as too-much-memory, and the other files are still checked', async () => {
  const copy = await scratch('valid-minimal', 'memory-bound');
  const root = copy.dir;
  const paragraph = 'Tiltaket skal gi barnehager og skoler felles støtte til personvern og universell utforming. '.repeat(8);
  await writeFile(path.join(root, 'tiltak', 'T-91.md'), `---\nid: T-1\n---\n${`${paragraph}\n\n`.repeat(320)}`);
  await writeFile(path.join(root, 'tiltak', 'T-92.md'), '---\nid: T-92\ntitel: x\n---\n');
  const corpus = await loadCorpus(root, { displayBase: path.dirname(root), cacheFolder: false, limits: { parseMemoryMb: 8 } });
  const lines = corpus.problems.map((problem) => formatProblemLine(problem));
  expect(lines).toContain('memory-bound/tiltak/T-91.md:1:1  error  Filen ble stoppet fordi lesingen brukte mer enn 8 MB minne.  [file/too-much-memory]');
  expect(lines.some((line) => line.startsWith('memory-bound/tiltak/T-92.md:') && line.includes('[schema/unknown-key]'))).toBe(true);
}, 60_000);
