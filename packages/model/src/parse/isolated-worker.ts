// Worker thread for files large enough that a pathological text could keep the parser busy for long:
// the main thread can stop this worker when a file takes too long, which it cannot do to itself.
import { type MessagePort, workerData } from 'node:worker_threads';
import type { Limits } from '../limits.ts';
import { parseBytes } from './parse-bytes.ts';

// Jobs and results go over a port of their own, so that the main thread can look for a finished result when a
// file's time is up (see isolated.ts).
const { limits, port } = workerData as { limits: Limits; port: MessagePort };
port.on('message', ({ id, bytes }: { id: number; bytes: Uint8Array }) => {
  port.postMessage({ id, parsed: parseBytes(bytes, limits) });
});
// Loading the parsers takes seconds on a busy machine: a file's time limit starts only now.
port.postMessage({ ready: true });
