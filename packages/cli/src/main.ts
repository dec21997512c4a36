import { parseArgs } from 'node:util';
import { ContentFolderError } from '@strategi/model';
import { commentsCommand } from './commands/comments.ts';
import { diffCommand } from './commands/diff.ts';
import { importCommand } from './commands/import.ts';
import { newCommand } from './commands/new.ts';
import { previewCommand } from './commands/preview.ts';
import { releaseCommand } from './commands/release.ts';
import { statusCommand } from './commands/status.ts';
import { validateCommand } from './commands/validate.ts';
import { versionCommand } from './commands/version.ts';
import { validateOrWatch } from './commands/watch.ts';
import { type CommandIO, UsageError } from './io.ts';
import { InterruptedError } from './signals.ts';

type Command = (args: string[], io: CommandIO) => Promise<number>;

const commands: Record<string, { run: Command; summary: string }> = {
  validate: { run: validateOrWatch(validateCommand), summary: 'Sjekk innholdet og vis alle problemer med fil, linje og kolonne.' },
  new: { run: newCommand, summary: 'Lag et nytt dokument med neste ledige id.' },
  diff: { run: diffCommand, summary: 'Vis hva som er endret mellom to versjoner (eller utkastet).' },
  status: { run: statusCommand, summary: 'Tiltak per status, forsinkede tiltak, mål uten tiltak, målform og LIX.' },
  release: { run: releaseCommand, summary: 'Frys arbeidsutkastet som en frigitt versjon.' },
  version: { run: versionCommand, summary: 'Endre statusen til en frigitt versjon, med dato, eller forsegle en eldre versjon.' },
  import: { run: importCommand, summary: 'Gjør et regneark (CSV) med innspill om til innholdsfiler, alle eller ingen.' },
  preview: { run: previewCommand, summary: 'Del forhåndsvisningen med lesere: lag, vis og trekk tilbake lenker.' },
  comments: { run: commentsCommand, summary: 'Lesernes kommentarer der teksten står i kildefilene; merk dem som løst.' },
};

const usage = () =>
  [
    'Bruk: strategi <kommando> [valg]',
    '',
    'Kommandoer:',
    ...Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(10)}${summary}`),
    '',
    'Alle kommandoer tar --dir <mappe> (standard: content). Skriv «strategi <kommando> --help» for mer.',
  ].join('\n');

/** Runs one command and returns its exit code. Bad input is a message, never a stack trace. */
export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${usage()}\n`);
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    io.stderr.write(`Ukjent kommando «${name}».\n\n${usage()}\n`);
    return 1;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ContentFolderError || isArgumentError(error)) {
      io.stderr.write(`${(error as Error).message}\n`);
      if (error instanceof UsageError && error.hint) io.stderr.write(`  → ${error.hint}\n`);
      return 1;
    }
    if (error instanceof InterruptedError) {
      io.stderr.write(`Avbrutt (${error.signal}): alt som var skrevet, er tatt tilbake. Ingenting ble endret.\n`);
      return error.exitCode;
    }
    if (isFileSystemError(error)) {
      io.stderr.write(`Kunne ikke skrive: ${describeFileSystemError(error)}. Ingenting ble endret.\n`);
      return 1;
    }
    throw error;
  }
}

function isArgumentError(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code === 'ENOSPC' || code === 'EEXIST' || code === 'ENOTDIR';
}

function describeFileSystemError(error: NodeJS.ErrnoException): string {
  const reasons: Record<string, string> = {
    EROFS: 'filsystemet er skrivebeskyttet',
    EACCES: 'mangler skrivetilgang',
    EPERM: 'mangler tillatelse',
    ENOSPC: 'disken er full',
    EEXIST: 'filen finnes allerede',
    ENOTDIR: 'en del av stien er en fil, ikke en mappe',
  };
  return `${reasons[error.code ?? ''] ?? error.code}${error.path ? ` (${error.path})` : ''}`;
}

export { parseArgs };
