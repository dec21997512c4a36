import { watch as watchFolder } from 'node:fs';
import path from 'node:path';
import { ContentFolderError, loadCorpus, openParseCache } from '@strategi/model';
import { formatProblem, formatProblemLine, formatSummary, type Problem } from '@strategi/problems';
import { type CommandIO, parseOptions, UsageError, useColor } from '../io.ts';

type Command = (args: string[], io: CommandIO) => Promise<number>;

const help = `Bruk: strategi validate --watch [mappe] [--dir mappe] [--lix-threshold 55]

Sjekker innholdet, og sjekker på nytt hver gang en fil i innholdsmappen lagres. Etter første runde vises
bare problemer som har kommet til («+») eller forsvunnet («-»), og en linje med summen.
Trykk Ctrl-C for å avslutte.`;

/** `strategi validate` runs once; with `--watch` it keeps checking on every save. */
export function validateOrWatch(validate: Command): Command {
  return (args, io) =>
    args.includes('--watch')
      ? watchCommand(
          args.filter((arg) => arg !== '--watch'),
          io,
        )
      : validate(args, io);
}

async function watchCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseOptions({
    args,
    allowPositionals: true,
    options: { dir: { type: 'string' }, 'lix-threshold': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  const lixThreshold = values['lix-threshold'] === undefined ? undefined : Number(values['lix-threshold']);
  if (lixThreshold !== undefined && !Number.isFinite(lixThreshold))
    throw new UsageError(`--lix-threshold skal være et tall, ikke «${values['lix-threshold']}».`);
  const dir = positionals[0] ?? values.dir ?? 'content';
  const folder = path.resolve(io.cwd, dir);

  const controller = new AbortController();
  const stop = () => controller.abort();
  io.signal?.addEventListener('abort', stop, { once: true });
  if (io.signal?.aborted) stop();
  if (!io.signal) process.once('SIGINT', stop);
  try {
    await watch({ folder, io, signal: controller.signal, ...(lixThreshold === undefined ? {} : { lixThreshold }) });
  } catch (error) {
    if (error instanceof ContentFolderError)
      throw new UsageError(error.message.replace(folder, dir), 'Kjør kommandoen i prosjektmappen, eller oppgi innholdsmappen med --dir <mappe>.');
    throw error;
  } finally {
    process.off('SIGINT', stop);
    io.signal?.removeEventListener('abort', stop);
  }
  return 0;
}

export interface WatchCheck {
  problems: Problem[];
  appeared: Problem[];
  disappeared: Problem[];
}

export interface WatchOptions {
  folder: string;
  io: CommandIO;
  /** Stops watching; the promise resolves once the check in progress is done. */
  signal: AbortSignal;
  /** Quiet time after the last change before checking again. Default 50 ms. */
  debounceMs?: number;
  lixThreshold?: number;
  /** Called after every check, for tests and tools. */
  onCheck?: (check: WatchCheck) => void;
}

/**
 * Checks the content folder, then again after every change to a file in it (debounced), printing only the
 * problems that appeared or disappeared since the previous check. The parse cache makes a re-check after
 * one saved file cheap: only that file is parsed again.
 */
export async function watch(options: WatchOptions): Promise<void> {
  const { folder, io, signal } = options;
  if (signal.aborted) return;
  const color = useColor(io);
  let previous: Problem[] | undefined;
  let running: Promise<void> | undefined;
  let pending = false;
  let timer: NodeJS.Timeout | undefined;
  let initial: WatchCheck | undefined;
  // One cache for the whole session: a re-check parses only the files saved since, even with no cache folder.
  const cache = await openParseCache(folder);

  const check = async () => {
    const started = performance.now();
    try {
      const corpus = await loadCorpus(folder, {
        displayBase: io.cwd,
        cache,
        ...(options.lixThreshold === undefined ? {} : { lixThreshold: options.lixThreshold }),
      });
      const elapsed = performance.now() - started;
      const { appeared, disappeared } = previous ? compare(previous, corpus.problems) : { appeared: corpus.problems, disappeared: [] };
      if (!previous) for (const problem of corpus.problems) io.stdout.write(`${formatProblem(problem, { color })}\n`);
      else {
        for (const problem of disappeared) io.stdout.write(`- ${formatProblemLine(problem, { color })}\n`);
        for (const problem of appeared) io.stdout.write(`+ ${formatProblem(problem, { color })}\n`);
      }
      io.stdout.write(`${formatSummary(corpus.problems, corpus.fileCount, elapsed)}\n`);
      const first = !previous;
      previous = corpus.problems;
      // The first check is announced once the watcher is listening, so that a caller may start saving.
      if (first) initial = { problems: corpus.problems, appeared, disappeared };
      else options.onCheck?.({ problems: corpus.problems, appeared, disappeared });
    } catch (error) {
      // A missing folder at the start is the caller's to report; one removed while watching is only a message.
      if (!(error instanceof ContentFolderError) || !previous) throw error;
      io.stderr.write(`${error.message}\n`);
      options.onCheck?.({ problems: previous ?? [], appeared: [], disappeared: [] });
    }
  };
  const schedule = () => {
    if (signal.aborted) return;
    if (running) {
      pending = true;
      return;
    }
    running = check().finally(() => {
      running = undefined;
      if (pending) {
        pending = false;
        schedule();
      }
    });
  };

  await check();
  if (signal.aborted) return;
  await new Promise<void>((resolve, reject) => {
    const watcher = watchFolder(folder, { recursive: true, signal }, () => {
      clearTimeout(timer);
      timer = setTimeout(schedule, options.debounceMs ?? 50);
    });
    watcher.on('error', (error: NodeJS.ErrnoException) => (error.name === 'AbortError' ? resolve() : reject(error)));
    watcher.on('close', () => resolve());
    signal.addEventListener('abort', () => resolve(), { once: true });
    io.stdout.write(`Følger med på endringer i ${path.relative(io.cwd, folder) || '.'}. Trykk Ctrl-C for å avslutte.\n`);
    if (initial) options.onCheck?.(initial);
  });
  clearTimeout(timer);
  await running;
}

const keyOf = (problem: Problem) => `${problem.version ?? ''}\u0000${problem.file}\u0000${problem.ruleId}\u0000${problem.message}`;

/**
 * Problems that appeared and disappeared between two checks. A problem is the same when its file, rule and
 * message are: a problem that only moved to another line (text added above it) is not news.
 */
function compare(before: readonly Problem[], after: readonly Problem[]): { appeared: Problem[]; disappeared: Problem[] } {
  const remaining = new Map<string, number>();
  for (const problem of before) remaining.set(keyOf(problem), (remaining.get(keyOf(problem)) ?? 0) + 1);
  const appeared: Problem[] = [];
  for (const problem of after) {
    const left = remaining.get(keyOf(problem)) ?? 0;
    if (left > 0) remaining.set(keyOf(problem), left - 1);
    else appeared.push(problem);
  }
  const seen = new Map<string, number>();
  for (const problem of after) seen.set(keyOf(problem), (seen.get(keyOf(problem)) ?? 0) + 1);
  const disappeared: Problem[] = [];
  for (const problem of before) {
    const left = seen.get(keyOf(problem)) ?? 0;
    if (left > 0) seen.set(keyOf(problem), left - 1);
    else disappeared.push(problem);
  }
  return { appeared, disappeared };
}
