// A file the program may not read (EACCES). Tests usually run as root, where chmod 000 does not stop a read,
// so the refusal is simulated at the one call that reads a document's bytes.
import { readFile } from 'node:fs/promises';
import { expect, test, vi } from 'vitest';
import { addSentinel, problemLines, scratch } from './helpers.ts';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

const refused = new Set<string>();
const actualReadFile = vi.mocked(readFile).getMockImplementation()!;
vi.mocked(readFile).mockImplementation(((file: Parameters<typeof readFile>[0], ...rest: unknown[]) => {
  if (typeof file === 'string' && refused.has(file)) {
    return Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' }));
  }
  return (actualReadFile as (...args: unknown[]) => unknown)(file, ...rest);
}) as typeof readFile);

test('an unreadable file is reported, and the other files are still checked', async () => {
  const copy = await scratch('valid-minimal', 'unreadable');
  const second = await addSentinel(copy, 'unreadable');
  refused.add(copy.file('tiltak/T-2.md'));
  expect(await problemLines(copy.dir)).toEqual([second, 'unreadable/tiltak/T-2.md:1:1  error  Filen kan ikke leses: EACCES.  [file/unreadable]']);
});
