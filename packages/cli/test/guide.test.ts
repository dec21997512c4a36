// The editors' guide walks through the workflow with real commands and their output. This test runs every
// ```console block of docs/veiledning.md, in order, in a copy of the editor fixture, and compares what the
// command prints (stdout and stderr as a terminal shows them) with what the guide says. A line `…` ends the
// part of the output the guide shows; timings `(123 ms)` are compared as a number of milliseconds.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../src/main.ts';
import { restoreTree, workspace } from './helpers.ts';

const docs = path.join(import.meta.dirname, '..', '..', '..', 'docs');
const guide = path.join(docs, 'veiledning.md');
/** Every guide whose command examples must work. */
const guides = ['veiledning.md', 'nettredigering.md'];

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

/** One `strategi …` line of a ```sh block, as a shell would split it. */
interface CommandExample {
  line: string;
  env: Record<string, string>;
  args: string[];
  /** `> file`: where the shell would send stdout. */
  redirect: string | undefined;
  /** The number of its block: each block starts from the demonstration folder as it is. */
  block: number;
}

/**
 * The `pnpm strategi …` and `strategi …` lines of every ```sh block, with the blocks marked as not runnable and
 * why. A block is marked with the comment `<!-- eksempel kjøres ikke: <grunn> -->` on the line before its fence.
 */
export function shellExamplesOf(markdown: string): { run: CommandExample[]; skipped: { line: string; reason: string }[] } {
  const run: CommandExample[] = [];
  const skipped: { line: string; reason: string }[] = [];
  let number = 0;
  for (const block of markdown.matchAll(/(?:<!-- eksempel kjøres ikke: ([^\n]*?) -->\n)?^ *```sh\n([\s\S]*?)^ *```$/gm)) {
    number++;
    for (const raw of block[2]!.split('\n')) {
      const line = raw.replace(/\s+#.*$/, '').trim();
      const words = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
      const env: Record<string, string> = {};
      while (words[0] && /^[A-Z_]+=/.test(words[0])) {
        const [name, ...value] = words.shift()!.split('=');
        env[name!] = value.join('=');
      }
      if (words[0] === 'pnpm') words.shift();
      if (words[0] !== 'strategi') continue;
      if (block[1] !== undefined) {
        skipped.push({ line, reason: block[1] });
        continue;
      }
      const arrow = words.indexOf('>');
      const redirect = arrow === -1 ? undefined : words[arrow + 1];
      run.push({ line, env, args: arrow === -1 ? words.slice(1) : words.slice(1, arrow), redirect, block: number });
    }
  }
  return { run, skipped };
}

/**
 * The demonstration corpus the guide's worked examples run on (`--dir examples`): releases, a consultation and
 * scheduled publishing to try the workflow on, apart from the real strategy in content/.
 */
const demoContent = path.join(import.meta.dirname, '..', '..', '..', 'examples');

describe.each(guides)('every command example in %s', async (name) => {
  const { run, skipped } = shellExamplesOf(await readFile(path.join(docs, name), 'utf8'));

  test('the guide has examples to run', () => {
    expect(run.length).toBeGreaterThan(0);
  });

  test('works: each block run in order in a fresh copy of examples/, files it writes kept', async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'strategi-guide-sh-'));
    let block = 0;
    for (const example of run) {
      if (example.block !== block) {
        block = example.block;
        restoreTree(demoContent, path.join(cwd, 'examples'));
      }
      let stdout = '';
      let stderr = '';
      const code = await main(example.args, {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        cwd,
        env: example.env,
        // As at a terminal: a command that asks to be sure (`release`) is answered yes.
        ask: async () => 'ja',
      });
      if (example.redirect) await writeFile(path.join(cwd, example.redirect), stdout);
      expect({ example: example.line, code, stderr: code === 0 ? '' : stderr }).toEqual({ example: example.line, code: 0, stderr: '' });
    }
  }, 300_000);

  test('an example that is not run says why', () => {
    for (const example of skipped) expect(example.reason.length, example.line).toBeGreaterThan(10);
  });
});
