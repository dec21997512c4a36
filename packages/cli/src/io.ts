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
    return parseArgs(config);
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
        if (/argument missing/.test(message))
          throw new UsageError(`Valget «${option.split(' ')[0]}» trenger en verdi.`, `Skriv for eksempel «${option.split(' ')[0]} «…»».`);
        throw new UsageError(`Valget «${option.split(' ')[0]}» tar ingen verdi.`);
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
        throw new UsageError(`Uventet argument «${/'([^']*)'/.exec(message)?.[1] ?? ''}».`, 'Sett tekst med mellomrom i anførselstegn.');
      default:
        throw error;
    }
  }
}
