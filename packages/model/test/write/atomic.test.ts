import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { replaceFile, writeNewFile } from '../../src/write/atomic.ts';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'atomic-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('atomic writers at the same time', () => {
  test('eight replacements of one file at once all succeed, and the file holds one of them whole', async () => {
    const file = path.join(folder, 'T-1.md');
    await writeFile(file, 'start\n');
    const texts = Array.from({ length: 8 }, (_, i) => `tekst ${i}\n`.repeat(2000));
    await Promise.all(texts.map((text) => replaceFile(file, text)));
    expect(texts).toContain(await readFile(file, 'utf8'));
    expect(await readdir(folder)).toEqual(['T-1.md']);
  });

  test('of eight new files with one name at once, exactly one is written and the rest are refused', async () => {
    const file = path.join(folder, 'KD.md');
    const texts = Array.from({ length: 8 }, (_, i) => `ny ${i}\n`);
    const results = await Promise.allSettled(texts.map((text) => writeNewFile(file, text)));
    const written = results.flatMap((result, i) => (result.status === 'fulfilled' ? [texts[i]] : []));
    expect(written).toHaveLength(1);
    for (const result of results) if (result.status === 'rejected') expect((result.reason as NodeJS.ErrnoException).code).toBe('EEXIST');
    expect(await readFile(file, 'utf8')).toBe(written[0]);
    expect(await readdir(folder)).toEqual(['KD.md']);
  });
});
