import { Worker } from 'node:worker_threads';
import { createProblem } from '@strategi/problems';
import type { Limits } from '../limits.ts';
import { parseBytes } from './parse-bytes.ts';
import type { ParsedFile } from './parse-file.ts';

/**
 * Parses large files in a worker thread with a time limit. Small files (the usual case) are parsed in the
 * calling thread: remark's worst case grows with the square of a paragraph's length, and below
 * `limits.isolateAboveBytes` it stays under a second. A file that runs past `limits.parseTimeoutMs` is
 * stopped and reported as `file/too-slow`; the worker is replaced and the run goes on.
 */
export class BoundedParser {
  readonly #limits: Limits;
  #worker: Worker | undefined;
  #unavailable = false;
  #nextId = 0;
  readonly #pending = new Map<number, (parsed: ParsedFile | undefined) => void>();

  constructor(limits: Limits) {
    this.#limits = limits;
  }

  async parse(bytes: Uint8Array): Promise<ParsedFile> {
    if (bytes.length <= this.#limits.isolateAboveBytes || this.#unavailable) return parseBytes(bytes, this.#limits);
    const parsed = await this.#inWorker(bytes);
    return parsed ?? parseBytes(bytes, this.#limits);
  }

  /** Resolves with the parse, a too-slow result, or undefined when no worker can run here (then the caller parses). */
  #inWorker(bytes: Uint8Array): Promise<ParsedFile | undefined> {
    const worker = this.#start();
    if (!worker) return Promise.resolve(undefined);
    const id = this.#nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        this.#stop();
        resolve(tooSlow(this.#limits.parseTimeoutMs));
      }, this.#limits.parseTimeoutMs);
      this.#pending.set(id, (parsed) => {
        clearTimeout(timer);
        resolve(parsed);
      });
      worker.postMessage({ id, bytes });
    });
  }

  #start(): Worker | undefined {
    if (this.#worker) return this.#worker;
    try {
      const worker = new Worker(new URL('./isolated-worker.ts', import.meta.url), { workerData: this.#limits });
      worker.on('message', ({ id, parsed }: { id: number; parsed: ParsedFile }) => this.#pending.get(id)?.(parsed));
      worker.on('error', () => {
        // The worker module cannot run here (for example inside a bundle): parse in this thread instead.
        this.#unavailable = true;
        this.#stop();
      });
      worker.unref();
      this.#worker = worker;
      return worker;
    } catch {
      this.#unavailable = true;
      return undefined;
    }
  }

  #stop(): void {
    const worker = this.#worker;
    this.#worker = undefined;
    for (const resolve of this.#pending.values()) resolve(undefined);
    this.#pending.clear();
    void worker?.terminate();
  }

  close(): void {
    this.#stop();
  }
}

function tooSlow(milliseconds: number): ParsedFile {
  const { file: _file, ...problem } = createProblem('file/too-slow', { seconds: milliseconds / 1000 }, '');
  return { data: undefined, keys: {}, values: {}, body: '', bodyLine: 1, links: [], stats: { words: 0, sentences: 0, longWords: 0 }, problems: [problem] };
}
