// `release --date` takes only a day that exists, and says in Norwegian what is wrong; nothing is written.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { run, workspace } from './helpers.ts';

test.each([
  ['2023-02-30', '--date 2023-02-30 finnes ikke: februar 2023 har 28 dager.\n'],
  ['2023-02-29', '--date 2023-02-29 finnes ikke: 2023 er ikke et skuddår, så februar har 28 dager.\n'],
  ['2023-13-01', '--date 2023-13-01 finnes ikke: måneden må være fra 01 til 12.\n'],
  ['30.02.2023', '--date skal være en dato på formen ÅÅÅÅ-MM-DD, ikke «30.02.2023».\n'],
  ['', '--date skal være en dato på formen ÅÅÅÅ-MM-DD, ikke «».\n'],
])('release --date %s is refused before anything is written', async (date, stderr) => {
  const cwd = await workspace();
  const before = await readdir(path.join(cwd, 'content/versjoner'));
  expect(await run(['release', '2025-vedtatt', '--status', 'vedtatt', '--date', date], cwd)).toEqual({ code: 1, stdout: '', stderr });
  expect(await readdir(path.join(cwd, 'content/versjoner'))).toEqual(before);
});

test('release --date on a leap day of a leap year is accepted', async () => {
  const cwd = await workspace();
  const result = await run(
    ['release', '2024-vedtatt', '--status', 'vedtatt', '--date', '2024-02-29', '--change', 'mindre', '--change-note', 'Rettelser.', '--yes'],
    cwd,
  );
  expect(result).toMatchObject({
    code: 0,
    stdout: expect.stringMatching(/^Frigitt «2024-vedtatt» \(vedtatt, 2024-02-29\): 15 filer i content\/versjoner\/2024-vedtatt\n/),
  });
});

test('release --label "" is refused in Norwegian, naming the option, before anything is written', async () => {
  const cwd = await workspace();
  const before = await readdir(path.join(cwd, 'content/versjoner'));
  expect(await run(['release', '2025-vedtatt', '--status', 'vedtatt', '--label', '', '--change', 'mindre', '--change-note', 'Rettelser.'], cwd)).toEqual({
    code: 1,
    stdout: '',
    stderr: '--label kan ikke være tom.\n  → Fyll inn --label.\nIngen versjon ble laget.\n',
  });
  expect(await readdir(path.join(cwd, 'content/versjoner'))).toEqual(before);
});
