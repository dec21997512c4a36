import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { resolveDocumentPath } from '../../src/write/document-path.ts';

let base: string;
let content: string;

beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'document-path-'));
  content = path.join(base, 'content');
  await mkdir(path.join(content, 'aktorer'), { recursive: true });
});
afterEach(() => rm(base, { recursive: true, force: true }));

const problemOf = async (kind: Parameters<typeof resolveDocumentPath>[1], id: string) => {
  const result = await resolveDocumentPath(content, kind, id);
  return 'problem' in result ? `${result.problem.file}  ${result.problem.message}  [${result.problem.ruleId}]` : undefined;
};

describe('resolveDocumentPath', () => {
  test('a valid id gives its file inside the content folder', async () => {
    expect(await resolveDocumentPath(content, 'actor', 'KD')).toEqual({ relative: 'aktorer/KD.md', absolute: path.join(content, 'aktorer', 'KD.md') });
    expect(await resolveDocumentPath(content, 'measure', 'T-12')).toEqual({ relative: 'tiltak/T-12.md', absolute: path.join(content, 'tiltak', 'T-12.md') });
    expect(await resolveDocumentPath(content, 'strategy', 'strategi')).toEqual({ relative: 'strategi.md', absolute: path.join(content, 'strategi.md') });
  });

  test('the attacker’s id is refused before it becomes a path', async () => {
    expect(await problemOf('actor', '../../apps/site/src/pages/index')).toBe(
      'content/aktorer  Id-en «../../apps/site/src/pages/index» kan ikke brukes for en aktør: den har ikke formen til en slik id.  [id/invalid-typed]',
    );
  });

  test.each([
    '../x',
    '..%2Fx',
    '/etc/passwd',
    'C:\\x',
    'T-1/../../x',
    'KD\0',
    'K\\D',
    'KD/',
    '',
    ' KD',
    'KD.md',
    // Cyrillic А and a fullwidth solidus: look like ASCII, are not.
    '\u0410KD',
    'KD\uff0fx',
    'A'.repeat(61),
  ])('%j is refused as an actor id', async (id) => {
    expect(await problemOf('actor', id)).toMatch(/\[id\/invalid-typed\]$/);
  });

  test('a numbered kind takes only its own pattern', async () => {
    expect(await problemOf('measure', 'KD')).toMatch(/kan ikke brukes for et tiltak.*\[id\/invalid-typed\]$/);
    expect(await problemOf('measure', 'T-0')).toMatch(/\[id\/invalid-typed\]$/);
  });

  test('an unprintable character is shown as an escape, so the message stays one line', async () => {
    expect(await problemOf('actor', 'K\nD')).toContain('«K\\nD»');
  });

  test('a symbolic link in the way is refused, not followed', async () => {
    const elsewhere = path.join(base, 'elsewhere');
    await mkdir(elsewhere);
    await symlink(elsewhere, path.join(content, 'tiltak'));
    expect(await problemOf('measure', 'T-1')).toBe(
      'content/tiltak/T-1.md  Filen for id-en «T-1» skulle skrives gjennom «content/tiltak», som er en symbolsk lenke.  [id/path-symlink]',
    );
  });

  test('a symbolic link in the place of the file is refused', async () => {
    await writeFile(path.join(base, 'secret.md'), 'x');
    await symlink(path.join(base, 'secret.md'), path.join(content, 'aktorer', 'KD.md'));
    expect(await problemOf('actor', 'KD')).toMatch(/«content\/aktorer\/KD\.md», som er en symbolsk lenke\. {2}\[id\/path-symlink\]$/);
  });

  test('a content folder reached through a link is fine: only what lies below it is checked', async () => {
    const linked = path.join(base, 'linked');
    await symlink(content, linked);
    expect(await resolveDocumentPath(linked, 'actor', 'KD')).toEqual({ relative: 'aktorer/KD.md', absolute: path.join(linked, 'aktorer', 'KD.md') });
  });

  test('a content folder that does not exist yet gives its path (the writer makes the folders)', async () => {
    const fresh = path.join(base, 'ny');
    expect(await resolveDocumentPath(fresh, 'actor', 'KD')).toEqual({ relative: 'aktorer/KD.md', absolute: path.join(fresh, 'aktorer', 'KD.md') });
  });

  test('problems are named relative to the display base when one is given', async () => {
    const result = await resolveDocumentPath(content, 'actor', '../x', { displayBase: content });
    expect('problem' in result && result.problem.file).toBe('aktorer');
  });
});
