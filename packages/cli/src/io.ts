/** Where a command writes, and what it knows of its surroundings; tests pass their own. */
export interface CommandIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
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
