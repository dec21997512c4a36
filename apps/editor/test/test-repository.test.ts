/**
 * The tests' repositories (helpers.ts): after `reset()` a copy is its template again, byte for byte, whatever the
 * last test wrote, removed or added, in the content, in git or beside the repository; and what it did not touch is
 * not copied again. A copy a test file gives back is lent, reset, to the next that asks for its corpus.
 */
import { appendFileSync, chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';
import { contentRepository } from './helpers.ts';

/** Every entry under `folder`, sorted: its path, kind and mode, a file's bytes, a link's target. */
function tree(folder: string, under = ''): string[] {
  return readdirSync(path.join(folder, under))
    .sort()
    .flatMap((name) => {
      const relative = path.join(under, name);
      const absolute = path.join(folder, relative);
      const stat = lstatSync(absolute);
      const mode = (stat.mode & 0o7777).toString(8);
      if (stat.isSymbolicLink()) return [`${relative} link ${readlinkSync(absolute)}`];
      if (stat.isDirectory()) return [`${relative}/ ${mode}`, ...tree(folder, relative)];
      return [`${relative} ${mode} ${readFileSync(absolute).toString('base64')}`];
    });
}

const repository = contentRepository('draft');
afterAll(() => repository.remove());
const template = inject('corpusTemplates').draft;
const inContent = (...parts: string[]) => path.join(repository.content, ...parts);

test('a reset puts back what a test wrote, removed and added, and copies nothing it left alone', () => {
  expect(tree(repository.root)).toEqual(tree(template));
  const untouched = lstatSync(inContent('tiltak', 'T-4.md')).ino;
  // Written in place at once, to the same length.
  const text = readFileSync(inContent('tiltak', 'T-2.md'), 'utf8');
  writeFileSync(inContent('tiltak', 'T-2.md'), text.replace('deadline: 2025-12', 'deadline: 2025-06'));
  appendFileSync(inContent('tiltak', 'T-3.md'), 'Mer tekst.\n');
  rmSync(inContent('tiltak', 'T-1.md'));
  rmSync(inContent('aktorer'), { recursive: true });
  mkdirSync(inContent('ny', 'mappe'), { recursive: true });
  writeFileSync(inContent('ny', 'mappe', 'fil.md'), 'x');
  symlinkSync('/etc/passwd', inContent('lenke.md'));
  chmodSync(inContent('strategi.md'), 0o600);
  writeFileSync(path.join(repository.root, '..', 'ved-siden.md'), 'x');
  repository.git('add', '--all');
  repository.git('commit', '--quiet', '-m', 'Endret');
  expect(tree(repository.root)).not.toEqual(tree(template));

  repository.reset();
  expect(tree(repository.root)).toEqual(tree(template));
  expect(readdirSync(path.dirname(repository.root))).toEqual(['repo']);
  expect(lstatSync(inContent('tiltak', 'T-4.md')).ino).toBe(untouched);
  expect(repository.git('log', '--format=%s').trim()).toBe('Innhold');
});

test('a repository a test replaced whole is copied again', () => {
  rmSync(repository.root, { recursive: true });
  writeFileSync(repository.root, 'ikke en mappe');
  repository.reset();
  expect(tree(repository.root)).toEqual(tree(template));
});

test('a copy given back is lent, as its template, to the next that asks for the corpus, and to no one while it is held', () => {
  const first = contentRepository('draft');
  const held = contentRepository('draft');
  expect(held.root).not.toBe(first.root);
  writeFileSync(path.join(first.content, 'tiltak', 'T-2.md'), 'endret');
  writeFileSync(path.join(first.root, '..', 'ved-siden.md'), 'x');
  first.remove();
  const next = contentRepository('draft');
  expect(next.root).toBe(first.root);
  expect(tree(next.root)).toEqual(tree(template));
  expect(readdirSync(path.dirname(next.root))).toEqual(['repo']);
  next.remove();
  held.remove();
});
