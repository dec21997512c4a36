// The editors' guide walks through the workflow with real commands and their output. This test runs every
// ```console block of docs/veiledning.md, in order, in a copy of the editor fixture, and compares what the
// command prints (stdout and stderr as a terminal shows them) with what the guide says. A line `…` ends the
// part of the output the guide shows; timings `(123 ms)` are compared as a number of milliseconds.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../src/main.ts';
import { workspace } from './helpers.ts';

const guide = path.join(import.meta.dirname, '..', '..', '..', 'docs', 'veiledning.md');

interface Example {
  command: string;
  args: string[];
  expected: string[];
  /** True when the guide shows only the start of the output. */
  partial: boolean;
}

/** The examples of every ```console block: `$ pnpm strategi …` lines, each followed by its output. */
export function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  for (const block of markdown.matchAll(/^```console\n([\s\S]*?)^```$/gm)) {
    for (const line of block[1]!.replace(/\n$/, '').split('\n')) {
      if (line.startsWith('$ ')) {
        const command = line.slice(2);
        if (!command.startsWith('pnpm strategi ')) throw new Error(`Not a strategi command: ${command}`);
        const args = [...command.slice('pnpm strategi '.length).matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
        examples.push({ command, args, expected: [], partial: false });
      } else if (line === '…') examples.at(-1)!.partial = true;
      else examples.at(-1)?.expected.push(line);
    }
  }
  return examples;
}

const timings = (text: string) => text.replace(/\(\d+ ms\)/g, '(N ms)');

describe('the guide’s examples', async () => {
  const examples = examplesOf(await readFile(guide, 'utf8'));

  test('the guide walks the whole workflow with real commands', () => {
    const commands = examples.map((example) => example.args[0]);
    expect(commands).toEqual(expect.arrayContaining(['new', 'validate', 'diff', 'release', 'status']));
    expect(examples.some((example) => example.args.includes('--undo'))).toBe(true);
  });

  test('each command prints what the guide says, run in order', async () => {
    const cwd = await workspace('strategi-guide-');
    for (const example of examples) {
      let output = '';
      const write = (text: string) => (output += text);
      await main(example.args, { stdout: { write }, stderr: { write }, cwd, env: {} });
      const actual = timings(output.replace(/\n$/, '')).split('\n');
      const expected = example.expected.map(timings);
      expect({ command: example.command, output: example.partial ? actual.slice(0, expected.length) : actual }).toEqual({
        command: example.command,
        output: expected,
      });
    }
  }, 120_000);
});
