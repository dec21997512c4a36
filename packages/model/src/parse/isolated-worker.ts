// Worker thread for files large enough that a pathological text could keep the parser busy for long:
// the main thread can stop this worker when a file takes too long, which it cannot do to itself.
import { parentPort, workerData } from 'node:worker_threads';
import type { Limits } from '../limits.ts';
import { parseBytes } from './parse-bytes.ts';

const limits = workerData as Limits;
parentPort?.on('message', ({ id, bytes }: { id: number; bytes: Uint8Array }) => {
  parentPort?.postMessage({ id, parsed: parseBytes(bytes, limits) });
});
