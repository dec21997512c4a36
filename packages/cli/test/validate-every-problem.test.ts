// A wrong date in one field used to hide the rest of the file's problems until it was fixed: a second run found
// the broken links and the date rules. `validate` reports them all in one run.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { run, workspace } from './helpers.ts';

test('a wrong date, two broken links and the date rules are reported in one run', async () => {
  const cwd = await workspace();
  const file = path.join(cwd, 'content', 'tiltak', 'T-1.md');
  const text = await readFile(file, 'utf8');
  await writeFile(
    file,
    text
      .replace('goals: [M-1, M-3]', 'goals: [M-3, M-9]')
      .replace('partners: [Udir]', 'partners: [Udr]')
      .replace('start: 2023', 'start: 2031')
      .replace('deadline: 2025', 'deadline: 2025-13'),
  );
  const result = await run(['validate'], cwd);
  expect(result.code).toBe(1);
  expect(result.stdout.split('\n').filter((line) => line.startsWith('content/tiltak/T-1.md'))).toEqual([
    'content/tiltak/T-1.md:4:14  error  Finner ikke målet «M-9». Mente du «M-1»?  [link/unknown-goal]',
    'content/tiltak/T-1.md:6:12  error  Finner ikke aktøren «Udr». Mente du «Udir»?  [link/unknown-actor]',
    'content/tiltak/T-1.md:8:8  error  «start» er 2031, utenfor perioden 2023–2025 for handlingsplanen «H-1».  [date/outside-action-plan]',
    'content/tiltak/T-1.md:8:8  error  «start» er 2031, utenfor strategiperioden 2023–2030.  [date/outside-period]',
    'content/tiltak/T-1.md:9:11  error  «deadline»: 2025-13 finnes ikke: måneden må være fra 01 til 12.  [schema/invalid]',
  ]);
  // M-3 is served only by T-1 in the draft; T-1’s own fault is not echoed as a goal without measures.
  expect(result.stdout).not.toMatch(/^content\/mal\//m);
});
