// A bidirectional control typed or pasted into `--label` or `--change-note` gives a version that validates: it is
// taken out before the description is sealed, as the reader takes it out of any frontmatter.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { run, workspace } from './helpers.ts';

test('release with U+202E in the label and change note, then validate: no version/edited-by-hand', async () => {
  const cwd = await workspace();
  const released = await run(
    [
      'release',
      '2025-vedtatt',
      '--status',
      'vedtatt',
      '--date',
      '2025-06-01',
      '--label',
      'Vedtatt\u202e 2025',
      '--change',
      'mindre',
      '--change-note',
      'Rettelser\u202e.',
      '--yes',
    ],
    cwd,
  );
  expect(released.code).toBe(0);
  const description = await readFile(path.join(cwd, 'content/versjoner/2025-vedtatt/versjon.md'), 'utf8');
  expect(description).toContain('\nlabel: Vedtatt 2025\n');
  expect(description).toContain('\nchangeNote: Rettelser.\n');
  const validated = await run(['validate'], cwd);
  expect(validated.stdout).not.toContain('version/');
  expect(validated.stdout).not.toContain('frontmatter/bidi-control');
});
