// `versjoner/` as a symbolic link, a version folder that is a link and a FIFO among the versions are each reported
// with the walker's own rules, and never followed or opened.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rename, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { releaseVersion } from '../../src/index.ts';
import { load, problemLines, scratch, testFileCache } from '../helpers.ts';

/** Releases parse through the test file's parse cache (parse-cache.ts). */
const cached = { cache: await testFileCache() };

/** valid-minimal with one version released, 2024-vedtatt. */
async function released(name: string) {
  const copy = await scratch('valid-minimal', name);
  const result = await releaseVersion(
    copy.dir,
    { id: '2024-vedtatt', status: 'vedtatt', label: 'Vedtatt 2024', date: '2024-03-01', change: 'vesentlig', changeNote: 'Første versjon.' },
    cached,
  );
  expect(result.ok).toBe(true);
  return copy;
}

describe('links and special files in versjoner/', () => {
  test('versjoner as a link to a folder elsewhere is reported, and no version is read through it', async () => {
    const copy = await released('versions-link');
    const elsewhere = path.join(await mkdtemp(path.join(tmpdir(), 'strategi-elsewhere-')), 'versjoner');
    await rename(copy.file('versjoner'), elsewhere);
    await symlink(elsewhere, copy.file('versjoner'));
    expect(await problemLines(copy.dir)).toEqual([
      `versions-link/versjoner:1:1  error  «versjoner» er en symbolsk lenke til «${elsewhere}», utenfor innholdsmappen, og blir ikke fulgt.  [file/symlink]`,
    ]);
    expect((await load(copy.dir)).versions).toEqual([]);
  });

  test('a version folder that is a link, and a FIFO among the versions, are reported; the real version is read', async () => {
    const copy = await released('version-folder-link');
    await symlink('2024-vedtatt', copy.file('versjoner/2025-vedtatt'));
    execFileSync('mkfifo', [copy.file('versjoner/ror')]);
    const lines = await problemLines(copy.dir);
    expect(lines).toEqual([
      'version-folder-link/versjoner/2025-vedtatt:1:1  error  «2025-vedtatt» er en symbolsk lenke til «2024-vedtatt», og blir ikke fulgt.  [file/symlink]',
      'version-folder-link/versjoner/ror:1:1  error  «ror» er et navngitt rør (FIFO), ikke en vanlig fil, og blir ikke lest.  [file/special]',
    ]);
    expect((await load(copy.dir)).versions.map((version) => version.id)).toEqual(['2024-vedtatt']);
  });
});
