/** A copy of the fixture content whose consultation is open until `deadline`, for servers that run on the real clock. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { releaseVersion } from '@strategi/model';

export const fixtureContent = path.join(import.meta.dirname, 'fixtures', 'content');

/**
 * A copy of the fixture content, at `content` in a new temporary folder. `cpSync` copies the tree in native code, a
 * fraction of the CPU of `fs/promises`' `cp`, which walks it in JavaScript.
 */
export function fixtureCopy(prefix = 'strategi-horing-'): string {
  const folder = path.join(mkdtempSync(path.join(tmpdir(), prefix)), 'content');
  cpSync(fixtureContent, folder, { recursive: true });
  return folder;
}

export function openFixture(deadline = '2099-01-31'): string {
  const folder = fixtureCopy();
  const description = path.join(folder, 'versjoner', '2022-horing', 'versjon.md');
  writeFileSync(description, readFileSync(description, 'utf8').replace('deadline: 2023-01-31', `deadline: ${deadline}`));
  return folder;
}

/** The fixture's working draft released as the adopted 2025 version, after its consultation: what the outcome needs. */
export const releaseAdopted = (contentDir: string) =>
  releaseVersion(contentDir, {
    id: '2025-vedtatt',
    status: 'vedtatt',
    label: 'Vedtatt strategi 2025',
    date: '2025-03-01',
    change: 'vesentlig',
    changeNote: 'Vedtatt.',
  });
