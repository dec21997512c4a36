import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadSecret } from '../src/secret.ts';

test('the key is made once in a folder only its owner can enter, and every instance sharing the folder reads the same', async () => {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'strategi-horing-')), 'data');
  const keys = await Promise.all(Array.from({ length: 5 }, () => loadSecret({}, dataDir)));
  expect(new Set(keys.map((key) => Buffer.from(key).toString()))).toEqual(new Set([readFileSync(path.join(dataDir, 'horing-nokkel'), 'utf8')]));
  expect(statSync(dataDir).mode & 0o777).toBe(0o700);
  expect(statSync(path.join(dataDir, 'horing-nokkel')).mode & 0o777).toBe(0o600);
});

test('STRATEGI_HORING_SECRET is the key when set, and must be long enough', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'strategi-horing-'));
  expect(Buffer.from(await loadSecret({ STRATEGI_HORING_SECRET: 'k'.repeat(32) }, dataDir)).toString()).toBe('k'.repeat(32));
  await expect(loadSecret({ STRATEGI_HORING_SECRET: 'kort' }, dataDir)).rejects.toThrow('STRATEGI_HORING_SECRET er for kort: den må ha minst 32 tegn.');
});
