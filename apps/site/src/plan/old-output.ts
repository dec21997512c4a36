/**
 * The last build's output, moved out of Astro's way. Astro empties the output folder before it writes, one file at a
 * time on the main thread: for a preview of a thousand measures (4,700 pages, their search indexes and PDFs) that
 * was disk work of several seconds in every wait for the preview. The folder is renamed beside itself, which takes
 * no time, and removed while the pages render; the build waits for the removal before it ends, so nothing is left
 * behind and no process outlives the build. A folder left by a build that was killed is removed with it.
 */
import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** The name a build gives the output folder `outDir` it moves aside; `.` first, so listings and git leave it out. */
const asideName = (outDir: string) => `.${path.basename(outDir)}.old-`;

/**
 * Moves the output folder `outDir` aside and starts removing it; resolves with the removal, which never rejects
 * (a folder it could not remove is named in the warning it resolves with). Leaves the folder to Astro when it holds
 * `.git` (Astro keeps that) or cannot be renamed (a mount point).
 */
export async function moveOutputAside(outDir: string): Promise<{ removed: Promise<string | undefined> }> {
  const parent = path.dirname(outDir);
  const prefix = asideName(outDir);
  const leftovers = (await readdir(parent).catch(() => [])).filter((name) => name.startsWith(prefix)).map((name) => path.join(parent, name));
  const aside = path.join(parent, `${prefix}${process.pid}-${Date.now()}`);
  let moved: string[] = [];
  if (existsSync(outDir) && !existsSync(path.join(outDir, '.git'))) {
    moved = await rename(outDir, aside).then(
      () => [aside],
      () => [],
    );
  }
  const removed = Promise.all(
    [...moved, ...leftovers].map((folder) =>
      rm(folder, { recursive: true, force: true, maxRetries: 3 }).then(
        () => undefined,
        (error: NodeJS.ErrnoException) => `${folder}: ${error.code ?? error.message}`,
      ),
    ),
  ).then((failures) => {
    const failed = failures.filter((failure) => failure !== undefined);
    return failed.length > 0 ? `Den forrige byggingens mappe ble ikke fjernet: ${failed.join('; ')}` : undefined;
  });
  return { removed };
}
