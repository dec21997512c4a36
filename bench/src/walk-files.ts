import { readdir } from 'node:fs/promises';

/** Every file under `root`, relative with forward slashes, in name order. */
export async function walkFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath.slice(root.length + 1)}${entry.parentPath.length > root.length ? '/' : ''}${entry.name}`.replace(/\\/g, '/'))
    .sort();
}
