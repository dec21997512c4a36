import { parseArgs } from 'node:util';
import { suggest } from '@strategi/problems';
/** Where a command writes, and what it knows of its surroundings; tests pass their own. */
export interface CommandIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Asks the person at the terminal and resolves to the answer; absent when nobody can answer (CI, a pipe). */
  ask?: (question: string) => Promise<string>;
  /** Stops long-running commands (`validate --watch`); without it they stop on Ctrl-C. */
  signal?: AbortSignal;
}

/**
 * A process stream as a command writes to it. When the reader of a pipe has gone (`strategi release … | head -1`),
 * writing fails with EPIPE, which Node raises as an uncaught error: exit code 1 for a command whose work was done.
 * Here that error is the end of the output, not of the command: later text is dropped, the exit code stays.
 */
export function pipeSafe(stream: NodeJS.WriteStream): CommandIO['stdout'] {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return {
    write: (text: string) => !closed && stream.write(text),
    isTTY: stream.isTTY,
  };
}

/** A wrong argument, a missing folder, a refusal: printed as a message with exit code 1, never a stack trace. */
export class UsageError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

/** Colour only on a terminal, and never when NO_COLOR is set or in CI logs. */
export function useColor(io: CommandIO): boolean {
  return Boolean(io.stdout.isTTY) && !io.env['NO_COLOR'] && !io.env['CI'];
}

type ParseConfig = NonNullable<Parameters<typeof parseArgs>[0]>;

/**
 * `parseArgs` with its errors said in Norwegian: an unknown option gets a did-you-mean over the command's own
 * options, a missing value names the option. Every command parses its arguments through this.
 */
export function parseOptions<T extends ParseConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config.args ? ({ ...config, args: joinDashValues(config.args, config.options ?? {}) } as T) : config);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message;
    const names = Object.keys(config.options ?? {}).map((name) => `--${name}`);
    const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? '';
    switch (code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
        // A misspelt first word («--fokus» for «--focus-area») counts too.
        const firstWord = (name: string) => name.replace(/^-+/, '').split('-')[0]!;
        const suggestion = suggest(option, names) ?? names.find((name) => suggest(firstWord(option), [firstWord(name)]) !== undefined);
        throw new UsageError(
          `Ukjent valg «${option}».${suggestion ? ` Mente du «${suggestion}»?` : ''}`,
          `Valgene er ${names.map((name) => `«${name}»`).join(', ')}.`,
        );
      }
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        if (/argument missing|argument is ambiguous/.test(message))
          throw new UsageError(`Valget «${option.split(' ')[0]}» trenger en verdi.`, `Skriv for eksempel «${option.split(' ')[0]} «…»».`);
        throw new UsageError(`Valget «${option.split(' ')[0]}» tar ingen verdi.`);
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
        throw new UsageError(`Uventet argument «${/'([^']*)'/.exec(message)?.[1] ?? ''}».`, 'Sett tekst med mellomrom i anførselstegn.');
      default:
        throw error;
    }
  }
}

/**
 * `--title -2+3` read as `--title=-2+3`: after an option that takes a value, the next argument is its value even when
 * it starts with `-` (a title, a negative number), as a reader of the command line expects. `parseArgs` would call
 * it ambiguous. Only one of the command's own options (or `--`) after it is not taken, so a forgotten value is
 * still named as missing.
 */
function joinDashValues(args: readonly string[], options: NonNullable<ParseConfig['options']>): string[] {
  const spellings = Object.entries(options).flatMap(([name, option]) => [`--${name}`, ...(option.short ? [`-${option.short}`] : [])]);
  const isOption = (arg: string) => arg === '--' || spellings.some((spelling) => arg === spelling || arg.startsWith(`${spelling}=`));
  const takesValue = new Map<string, string>(
    Object.entries(options)
      .filter(([, option]) => option.type === 'string')
      .flatMap(([name, option]) => [[`--${name}`, name] as const, ...(option.short ? [[`-${option.short}`, name] as const] : [])]),
  );
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      joined.push(...args.slice(i));
      break;
    }
    const name = takesValue.get(arg);
    const next = args[i + 1];
    if (name !== undefined && next?.startsWith('-') && !isOption(next)) {
      joined.push(`--${name}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}
