import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createProblem, formatProblemLine } from '@strategi/problems';
import { expect, test } from 'vitest';

const tasksFile = path.join(import.meta.dirname, '..', '..', '..', '.vscode', 'tasks.json');

test('the VS Code problem matcher reads the lines strategi validate prints', async () => {
  const tasks = JSON.parse(await readFile(tasksFile, 'utf8')) as { tasks: { label: string; problemMatcher: unknown }[] };
  const matcher = tasks.tasks.find((task) => task.label === 'strategi: sjekk innholdet')!.problemMatcher as { pattern: { regexp: string } };
  const regexp = new RegExp(matcher.pattern.regexp);
  const problem = createProblem('link/unknown-goal', { id: 'M-9', field: 'goals', suggestion: 'M-1' }, 'content/tiltak/T-12 kopi.md', { line: 4, column: 9 });
  expect(regexp.exec(formatProblemLine(problem))?.slice(1)).toEqual([
    'content/tiltak/T-12 kopi.md',
    '4',
    '9',
    'error',
    'Finner ikke målet «M-9». Mente du «M-1»?',
    'link/unknown-goal',
  ]);
  const warning = createProblem('language/hard-to-read', { lix: 62, threshold: 55 }, 'content/mal/M-1.md', { line: 6, column: 1 });
  expect(regexp.exec(formatProblemLine(warning))?.slice(4)).toEqual([
    'warning',
    'Teksten har lesbarhetsindeks LIX 62, over grensen på 55.',
    'language/hard-to-read',
  ]);
});
