import { cpSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../src/main.ts';

export const editorFixture = path.join(import.meta.dirname, 'fixtures', 'editor');

/** Runs the CLI as a user would, collecting what it prints. */
export async function run(args: string[], cwd: string, extra: { env?: NodeJS.ProcessEnv; signal?: AbortSignal; tty?: boolean; answers?: string[] } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text), isTTY: extra.tty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: extra.tty ?? false },
    cwd,
    env: extra.env ?? {},
    ...(extra.signal ? { signal: extra.signal } : {}),
    // Questions are printed to stderr as a terminal shows them, each followed by its scripted answer.
    ...(extra.answers
      ? {
          ask: async (question: string) => {
            const answer = extra.answers!.shift() ?? '';
            stderr += `${question}${answer}\n`;
            return answer;
          },
        }
      : {}),
  });
  return { code, stdout, stderr };
}

/**
 * A copy of a fixture folder. `cpSync` copies a tree in native code, a tenth of the CPU of `fs/promises`' `cp`,
 * which walks it in JavaScript, and most tests here start from a fresh copy.
 */
export function copyTree(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
}

/** A fresh copy of the editor fixture at `<tmp>/content`; returns the temporary folder (the cwd for `run`). */
export async function workspace(prefix = 'strategi-cli-'): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), prefix));
  copyTree(editorFixture, path.join(folder, 'content'));
  return folder;
}

/** Root ignores file permissions, so chmod cannot make a folder read-only in tests run as root. */
export const isRoot = process.getuid?.() === 0;
