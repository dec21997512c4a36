import { parseArgs } from 'node:util';
import { type CommandIO, UsageError } from './io.ts';
import { InterruptedError } from './signals.ts';

type Command = (args: string[], io: CommandIO) => Promise<number>;

// Each command's module is loaded only when it runs: `strategi --help` starts in a tenth of a second, and `validate`
// does not load the review store's database drivers.
const commands: Record<string, { load: () => Promise<Command>; summary: string }> = {
  validate: {
    load: async () => {
      const [{ validateOrWatch }, { validateCommand }] = await Promise.all([import('./commands/watch.ts'), import('./commands/validate.ts')]);
      return validateOrWatch(validateCommand);
    },
    summary: 'Sjekk innholdet og vis alle problemer med fil, linje og kolonne.',
  },
  init: { load: async () => (await import('./commands/init.ts')).initCommand, summary: 'Start en ny strategi i en ny mappe.' },
  new: { load: async () => (await import('./commands/new.ts')).newCommand, summary: 'Lag et nytt dokument med neste ledige id.' },
  diff: { load: async () => (await import('./commands/diff.ts')).diffCommand, summary: 'Vis hva som er endret mellom to versjoner (eller utkastet).' },
  status: {
    load: async () => (await import('./commands/status.ts')).statusCommand,
    summary: 'Tiltak per status, forsinkede tiltak, mål uten tiltak, målform og LIX.',
  },
  release: { load: async () => (await import('./commands/release.ts')).releaseCommand, summary: 'Frys arbeidsutkastet som en frigitt versjon.' },
  version: {
    load: async () => (await import('./commands/version.ts')).versionCommand,
    summary: 'Endre statusen til en frigitt versjon, med dato, eller forsegle en eldre versjon.',
  },
  import: {
    load: async () => (await import('./commands/import.ts')).importCommand,
    summary: 'Gjør et regneark (CSV) med innspill om til innholdsfiler, alle eller ingen.',
  },
  preview: {
    load: async () => (await import('./commands/preview.ts')).previewCommand,
    summary: 'Del forhåndsvisningen med lesere: lag, vis og trekk tilbake lenker.',
  },
  comments: {
    load: async () => (await import('./commands/comments.ts')).commentsCommand,
    summary: 'Lesernes kommentarer der teksten står i kildefilene; merk dem som løst.',
  },
  horing: {
    load: async () => (await import('./commands/horing.ts')).horingCommand,
    summary: 'Gjør høringssvar om til et innspill i innspillsrunden.',
  },
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
    return await (await command.load())(rest, io);
  } catch (error) {
    const { ContentFolderError } = await import('@strategi/model');
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
