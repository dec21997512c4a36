import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { createProblem, type RuleArgs } from '@strategi/problems';
import type { Limits } from '../limits.ts';
import { decodeFile } from '../read/decode.ts';
import { parseBytes } from './parse-bytes.ts';
import type { ParsedFile } from './parse-file.ts';

/** A file waiting for the worker; resolved with its parse, a too-slow result, or undefined (parse here). */
interface Job {
  bytes: Uint8Array;
  resolve: (parsed: ParsedFile | undefined) => void;
}

/**
 * Parses large files in a worker thread with a time limit. Small files (the usual case) are parsed in the
 * calling thread: remark's worst case grows with the square of a paragraph's length, and below
 * `limits.isolateAboveBytes` it stays under a second. A file that runs past `limits.parseTimeoutMs` is
 * stopped and reported as `file/too-slow`; the worker is replaced and the run goes on.
 *
 * The worker gets one file at a time, and a file's clock starts when the worker gets it: a file queued
 * behind a slow one is neither charged for the slow one's time nor taken out of the worker when it is stopped.
 * Nor is a file charged for the worker's start-up (loading the parsers, seconds on a busy machine): the clock of
 * the first file starts when the worker says it is ready.
 */
export class BoundedParser {
  readonly #limits: Limits;
  #worker: Worker | undefined;
  #port: MessagePort | undefined;
  #unavailable = false;
  #nextId = 0;
  readonly #queue: Job[] = [];
  /** Whether the worker has loaded its modules and listens; a file's clock does not run before. */
  #ready = false;
  #current: (Job & { id: number; timer: NodeJS.Timeout | undefined }) | undefined;

  constructor(limits: Limits) {
    this.#limits = limits;
  }

  async parse(bytes: Uint8Array): Promise<ParsedFile> {
    // What the decoder refuses (too large, not UTF-8 text, a line too long) is refused here at once, never by the clock.
    if (bytes.length <= this.#limits.isolateAboveBytes || this.#unavailable || !decodeFile(bytes, '', this.#limits).ok) {
      return parseBytes(bytes, this.#limits);
    }
    const parsed = await new Promise<ParsedFile | undefined>((resolve) => {
      this.#queue.push({ bytes, resolve });
      this.#next();
    });
    return parsed ?? parseBytes(bytes, this.#limits);
  }

  /**
   * Hands the next queued file to the worker when it is idle. The worker and its port are unref'd, so an idle parser
   * never holds a process open; a file in the worker does, until its answer comes — before the worker says it is
   * ready no timer runs, and nothing else would keep the process waiting for that answer.
   */
  #next(): void {
    this.#handOver();
    if (this.#current) this.#worker?.ref();
    else this.#worker?.unref();
  }

  #handOver(): void {
    if (this.#current) return;
    const job = this.#queue.shift();
    if (!job) return;
    const worker = this.#start();
    if (!worker) {
      // No worker can run here: this and every queued file are parsed by the caller.
      this.#release(job);
      return;
    }
    const id = this.#nextId++;
    this.#current = { ...job, id, timer: undefined };
    this.#port?.postMessage({ id, bytes: job.bytes });
    if (this.#ready) this.#startClock();
  }

  /**
   * Starts the time limit of the file the worker has. The limit is of the processor time the worker spends on the
   * file, where the runtime can tell it: on a machine busy with other work a parse takes longer by the clock but
   * not in processor time, so the same file is accepted on an idle machine and a busy one. When the clock runs out
   * the worker's processor time is asked for, and the file is given what it has not used yet.
   */
  #startClock(): void {
    const current = this.#current;
    const worker = this.#worker;
    if (!current || current.timer || !worker) return;
    const { id } = current;
    const limit = this.#limits.parseTimeoutMs;
    const start = cpuMilliseconds(worker);
    const arm = (wait: number) => {
      current.timer = setTimeout(async () => {
        if (this.#current?.id !== id) return;
        // A main thread kept busy (by parsing small files) runs this timer late, perhaps after the worker had long
        // finished: a result already waiting counts, and only a parse still running is stopped.
        const waiting = this.#port ? receiveMessageOnPort(this.#port) : undefined;
        if (waiting) {
          this.#finish(waiting.message as { id: number; parsed: ParsedFile });
          return;
        }
        const [before, now] = await Promise.all([start, cpuMilliseconds(worker)]);
        if (this.#current?.id !== id) return;
        const used = before === undefined || now === undefined ? limit : now - before;
        if (used < limit) {
          arm(Math.max(limit - used, 10));
          return;
        }
        this.#current = undefined;
        this.#terminate();
        current.resolve(tooSlow(limit));
        this.#next();
      }, wait);
    };
    arm(limit);
  }

  #start(): Worker | undefined {
    if (this.#worker) return this.#worker;
    if (this.#unavailable) return undefined;
    try {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(new URL('./isolated-worker.ts', import.meta.url), {
        workerData: { limits: this.#limits, port: port2 },
        transferList: [port2],
        resourceLimits: { maxOldGenerationSizeMb: this.#limits.parseMemoryMb, maxYoungGenerationSizeMb: 32 },
      });
      port1.on('message', (message: { ready: true } | { id: number; parsed: ParsedFile }) => {
        if (worker !== this.#worker) return;
        if ('ready' in message) {
          this.#ready = true;
          this.#startClock();
        } else this.#finish(message);
      });
      port1.unref();
      this.#port = port1;
      worker.on('error', (error: NodeJS.ErrnoException) => {
        if (worker !== this.#worker) return;
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' && this.#current) {
          // The file needed more memory than a file may have: report it, and go on with a fresh worker.
          const current = this.#current;
          this.#current = undefined;
          clearTimeout(current.timer);
          this.#terminate();
          current.resolve(stopped('file/too-much-memory', { megabytes: this.#limits.parseMemoryMb }));
          this.#next();
          return;
        }
        // The worker module cannot run here (for example inside a bundle): parse in this thread instead.
        this.#unavailable = true;
        this.#terminate();
        const current = this.#current;
        this.#current = undefined;
        if (current) clearTimeout(current.timer);
        this.#release(current);
      });
      worker.unref();
      this.#worker = worker;
      return worker;
    } catch {
      this.#unavailable = true;
      return undefined;
    }
  }

  /** Hands a result from the worker to the file it belongs to, and starts the next one. */
  #finish({ id, parsed }: { id: number; parsed: ParsedFile }): void {
    const current = this.#current;
    if (current?.id !== id) return;
    clearTimeout(current.timer);
    this.#current = undefined;
    current.resolve(parsed);
    this.#next();
  }

  /** Gives `job` and every queued file back to their callers, to be parsed in this thread. */
  #release(job: Job | undefined): void {
    job?.resolve(undefined);
    for (const queued of this.#queue.splice(0)) queued.resolve(undefined);
  }

  #terminate(): void {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#ready = false;
    this.#port?.close();
    this.#port = undefined;
    void worker?.terminate();
  }

  close(): void {
    const current = this.#current;
    this.#current = undefined;
    if (current) clearTimeout(current.timer);
    this.#terminate();
    this.#release(current);
  }
}

/** The processor time `worker` has used, in milliseconds; undefined where the runtime cannot tell (or it has stopped). */
async function cpuMilliseconds(worker: Worker): Promise<number | undefined> {
  if (typeof worker.cpuUsage !== 'function') return undefined;
  try {
    const { user, system } = await worker.cpuUsage();
    return (user + system) / 1000;
  } catch {
    return undefined;
  }
}

function tooSlow(milliseconds: number): ParsedFile {
  return stopped('file/too-slow', { seconds: milliseconds / 1000 });
}

function stopped<Id extends 'file/too-slow' | 'file/too-much-memory'>(ruleId: Id, args: RuleArgs<Id>): ParsedFile {
  const { file: _file, ...problem } = createProblem(ruleId, args, '');
  return { data: undefined, keys: {}, values: {}, body: '', bodyLine: 1, links: [], stats: { words: 0, sentences: 0, longWords: 0 }, problems: [problem] };
}
