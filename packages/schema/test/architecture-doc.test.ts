// docs/arkitektur.md says where things live; every path it names must exist, so the map cannot drift from the code.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { documentKinds } from '../src/kinds.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const doc = readFileSync(path.join(root, 'docs/arkitektur.md'), 'utf8');

test('every file and folder docs/arkitektur.md names exists', () => {
  const named = [...doc.matchAll(/`((?:packages|apps|docs|content)\/[^`\s]*)`/g)].map((match) => match[1]!);
  expect(named.length).toBeGreaterThan(10);
  const concrete = named.filter((name) => !/[<{*]/.test(name));
  expect(concrete.filter((name) => !existsSync(path.join(root, name)))).toEqual([]);
});

test('the registry it describes has the fields it names', () => {
  for (const field of ['idPrefix', 'idPattern', 'folder', 'cli', 'link', 'words']) expect(Object.keys(documentKinds.measure)).toContain(field);
  expect(doc).toContain('documentKinds');
});
