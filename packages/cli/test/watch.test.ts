import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { type WatchCheck, watch } from '../src/commands/watch.ts';
import { main } from '../src/main.ts';
import { run, workspace } from './helpers.ts';

/** Hands out each check as it finishes, so the test waits for events and never for a clock. */
function checks() {
  const done: WatchCheck[] = [];
  const waiting: ((check: WatchCheck) => void)[] = [];
  return {
    onCheck: (check: WatchCheck) => {
      const next = waiting.shift();
      if (next) next(check);
      else done.push(check);
    },
    next: () => new Promise<WatchCheck>((resolve) => (done.length ? resolve(done.shift()!) : waiting.push(resolve))),
  };
}

function output() {
  let text = '';
  return {
    io: { stdout: { write: (t: string) => (text += t) }, stderr: { write: (t: string) => (text += t) }, cwd: '', env: {} },
    take: () => {
      const taken = text;
      text = '';
      return taken;
    },
  };
}

describe('strategi validate --watch', () => {
  test('re-checks on save and prints only the problems that appeared or disappeared', async () => {
    const cwd = await workspace();
    const file = path.join(cwd, 'content/tiltak/T-4.md');
    const original = await readFile(file, 'utf8');
    const out = output();
    out.io.cwd = cwd;
    const controller = new AbortController();
    const { onCheck, next } = checks();
    const watching = watch({ folder: path.join(cwd, 'content'), io: out.io, signal: controller.signal, onCheck });

    const first = await next();
    expect(first.problems.map((p) => p.ruleId)).toEqual([
      'milestone/done-without-evidence',
      'language/hard-to-read',
      'link/goal-without-measure',
      'language/hard-to-read',
    ]);
    expect(out.take()).toMatch(/32 filer sjekket: 0 feil, 4 advarsler \(\d+ ms\)\nFølger med på endringer i content\. Trykk Ctrl-C for å avslutte\.\n$/);

    await writeFile(file, original.replace('goals: [M-2]', 'goals: [M-9]'));
    let check = await next();
    expect(check.appeared.map((p) => p.message)).toEqual(['Finner ikke målet «M-9». Mente du «M-1»?']);
    expect(check.disappeared).toEqual([]);
    expect(out.take()).toMatch(
      /^\+ content\/tiltak\/T-4\.md:4:9 {2}error {2}Finner ikke målet «M-9»\. Mente du «M-1»\? {2}\[link\/unknown-goal\]\n {2}→ .+\n32 filer sjekket: 1 feil, 4 advarsler \(\d+ ms\)\n$/,
    );

    await writeFile(file, original);
    check = await next();
    expect(check.appeared).toEqual([]);
    expect(check.disappeared.map((p) => p.ruleId)).toEqual(['link/unknown-goal']);
    expect(out.take()).toMatch(/^- content\/tiltak\/T-4\.md:4:9 {2}error {2}Finner ikke målet «M-9»\. .+\n32 filer sjekket: 0 feil, 4 advarsler \(\d+ ms\)\n$/);

    controller.abort();
    await expect(watching).resolves.toBeUndefined();
  });

  test('through the command: stops cleanly with exit code 0 when the signal (Ctrl-C) comes', async () => {
    const cwd = await workspace();
    const controller = new AbortController();
    let stdout = '';
    const code = await main(['validate', '--watch', '--dir', 'content'], {
      stdout: {
        write: (text: string) => {
          stdout += text;
          // Ctrl-C once the first check is done and the command is watching.
          if (text.startsWith('Følger med')) controller.abort();
        },
      },
      stderr: { write: (text: string) => (stdout += text) },
      cwd,
      env: {},
      signal: controller.signal,
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^content\/tiltak\/T-3\.md:9:9 {2}warning/);
    expect(stdout).toMatch(/Trykk Ctrl-C for å avslutte\.\n$/);
  });

  test('a missing folder is a message and exit 1', async () => {
    const cwd = await workspace();
    const result = await run(['validate', '--watch', '--dir', 'borte'], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'Finner ikke innholdsmappen borte: mappen finnes ikke.\n  → Kjør kommandoen i prosjektmappen, eller oppgi innholdsmappen med --dir <mappe>.\n',
    );
  });
});
