import { copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

/**
 * Makes `to`, a copy of `from` that commands may have changed since, hold `from`'s files again: the files a command
 * added are removed, and those it changed or removed are copied back. A tree no command changed is only read, a
 * fraction of the CPU of removing it and copying it again (files are created and unlinked in the file system's
 * journal, and read from the page cache).
 */
export function restoreTree(from: string, to: string): void {
  if (!existsSync(to)) {
    copyTree(from, to);
    return;
  }
  const listing = (root: string) => new Map(readdirSync(root, { recursive: true, encoding: 'utf8' }).map((name) => [name, lstatSync(path.join(root, name))]));
  const source = listing(from);
  const copy = listing(to);
  for (const [name, stats] of copy) {
    const original = source.get(name);
    if (!original || original.isDirectory() !== stats.isDirectory()) rmSync(path.join(to, name), { recursive: true, force: true });
  }
  // Folders before the files in them: a listing names a folder before what it holds.
  for (const [name, stats] of source) {
    const target = path.join(to, name);
    const present = copy.get(name);
    if (stats.isDirectory()) {
      if (!present?.isDirectory()) mkdirSync(target, { recursive: true });
    } else if (!stats.isFile()) {
      throw new Error(`${path.join(from, name)} is neither a file nor a folder`);
    } else if (
      !present?.isFile() ||
      present.size !== stats.size ||
      present.mode !== stats.mode ||
      !readFileSync(target).equals(readFileSync(path.join(from, name)))
    ) {
      // Not through a link a command may have put in the file's place.
      if (present && !present.isFile()) rmSync(target, { force: true });
      copyFileSync(path.join(from, name), target);
    }
  }
}

/** A fresh copy of the editor fixture at `<tmp>/content`; returns the temporary folder (the cwd for `run`). */
export async function workspace(prefix = 'strategi-cli-'): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), prefix));
  copyTree(editorFixture, path.join(folder, 'content'));
  return folder;
}

/** Root ignores file permissions, so chmod cannot make a folder read-only in tests run as root. */
export const isRoot = process.getuid?.() === 0;
