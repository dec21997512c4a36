// A release must never freeze a file caught half-saved: each file is read under its size, modification time and
// inode, and stamped again just before the version is put in place.
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { releaseVersion } from '../../src/index.ts';
import { readStable } from '../../src/read/stable-read.ts';
import { scratch } from '../helpers.ts';

const each = <T>(items: readonly T[], task: (item: T) => Promise<void>) => Promise.all(items.map(task));

describe('readStable', () => {
  test('reads each file, and names the ones written since, or replaced', async () => {
    const copy = await scratch('valid-minimal', 'stable');
    const files = ['tiltak/T-1.md', 'tiltak/T-2.md', 'mal/M-1.md'].map((relative) => ({ absolute: copy.file(relative), file: relative }));
    const read = await readStable(files, each);
    expect(read.problems).toEqual([]);
    expect(new TextDecoder().decode(read.bytes.get(copy.file('tiltak/T-1.md')))).toBe(await copy.read('tiltak/T-1.md'));
    expect(await read.moved()).toEqual([]);
    await copy.edit('tiltak/T-2.md', (text) => `${text}\nMer.\n`);
    const same = await copy.read('mal/M-1.md');
    await writeFile(`${copy.file('mal/M-1.md')}.ny`, same);
    const { rename } = await import('node:fs/promises');
    await rename(`${copy.file('mal/M-1.md')}.ny`, copy.file('mal/M-1.md'));
    expect((await read.moved()).map((problem) => `${problem.file}  ${problem.message}  [${problem.ruleId}]`)).toEqual([
      'tiltak/T-2.md  Filen ble endret mens frigivelsen leste den, så det som ble lest, kan være halvt lagret.  [file/changed-while-read]',
      'mal/M-1.md  Filen ble endret mens frigivelsen leste den, så det som ble lest, kan være halvt lagret.  [file/changed-while-read]',
    ]);
  });
});

describe('a release while an editor saves a file in two writes', () => {
  test('never freezes the half-saved file: each try freezes the whole file or is refused', async () => {
    const copy = await scratch('valid-minimal', 'two-writes');
    const whole = await copy.read('tiltak/T-1.md');
    // The first write alone is a valid document too: a half file the validator cannot tell from a whole one.
    const half = `${whole.trimEnd()}\n`;
    const full = `${half}\nEt andre avsnitt som kommer i den andre skrivingen.\n`;
    await copy.write('tiltak/T-1.md', full);
    const writer = spawn(
      process.execPath,
      [
        '-e',
        `const fs = require('node:fs');
         const [file, half, rest] = process.argv.slice(1);
         const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
         for (;;) { fs.writeFileSync(file, half); pause(3); fs.appendFileSync(file, rest); pause(3); }`,
        copy.file('tiltak/T-1.md'),
        half,
        full.slice(half.length),
      ],
      { stdio: 'ignore' },
    );
    const outcomes: string[] = [];
    try {
      for (let i = 0; i < 12; i++) {
        const id = `2026-forsok-${i}`;
        const result = await releaseVersion(
          copy.dir,
          { id, status: 'høring', label: `Forsøk ${i}`, date: '2026-01-01', change: 'mindre', changeNote: 'Forsøk.' },
          { cacheFolder: false },
        );
        if (result.ok) {
          const frozen = await readFile(path.join(copy.dir, 'versjoner', id, 'tiltak/T-1.md'), 'utf8');
          outcomes.push(frozen === full ? 'whole' : 'HALF');
        } else outcomes.push(result.reason === 'invalid-content' ? result.problems.map((problem) => problem.ruleId).join(',') : result.reason);
      }
    } finally {
      writer.kill();
    }
    // Refused as changed, or as empty when caught just after the first write truncated it; never frozen half.
    expect(outcomes.filter((outcome) => !['whole', 'file/changed-while-read', 'file/empty'].includes(outcome))).toEqual([]);
  }, 120_000);
});
