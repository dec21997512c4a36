import path from 'node:path';

/** The last task queued for each file; a file's entry is removed when its queue runs empty. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `task` when no other task holds the same file in this process, one at a time in the order they came: a
 * save reads the file, compares it with what the editor opened and writes it, and a second save of the same file
 * must see the first one's result, not read between its compare and its write.
 */
export async function withFileLock<T>(file: string, task: () => Promise<T>): Promise<T> {
  const key = path.resolve(file);
  const before = queues.get(key) ?? Promise.resolve();
  const run = before.then(task, task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, settled);
  try {
    return await run;
  } finally {
    if (queues.get(key) === settled) queues.delete(key);
  }
}
