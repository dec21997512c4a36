/** A copy of the fixture content whose consultation is open until `deadline`, for servers that run on the real clock. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const fixtureContent = path.join(import.meta.dirname, 'fixtures', 'content');

export function openFixture(deadline = '2099-01-31'): string {
  const folder = path.join(mkdtempSync(path.join(tmpdir(), 'strategi-horing-')), 'content');
  cpSync(fixtureContent, folder, { recursive: true });
  const description = path.join(folder, 'versjoner', '2022-horing', 'versjon.md');
  writeFileSync(description, readFileSync(description, 'utf8').replace('deadline: 2023-01-31', `deadline: ${deadline}`));
  return folder;
}
