#!/usr/bin/env node
import { createInterface } from 'node:readline/promises';
import { pipeSafe } from './io.ts';
import { main } from './main.ts';

/** A question on the terminal; only when someone is there to answer it. */
async function ask(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: pipeSafe(process.stdout),
  stderr: pipeSafe(process.stderr),
  cwd: process.env['INIT_CWD'] ?? process.cwd(),
  env: process.env,
  ...(process.stdin.isTTY && process.stderr.isTTY ? { ask } : {}),
});
