/**
 * Which files an editor wrote: the content folder's files are looked at (size, change time, inode) before and after
 * each changing request of a session that may edit, and what differs is noted for that session in the repository
 * (`ContentRepository.noteEdited`), so that their commit takes their files and no one else's. A write by another
 * program in the same instant would be taken for theirs; anything written outside their requests never is.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { MiddlewareHandler } from 'hono';
import type { Env } from './context.ts';
import type { ContentRepository } from './git.ts';
import { PREVIEW_ROUTE } from './views/preview-pane.ts';

type Snapshot = Map<string, string>;

/** Every file under `folder` with what changes when it is written (an atomic write renames a new inode in place). */
async function snapshot(folder: string): Promise<Snapshot> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = new Map<string, string>();
  await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        const stat = await lstat(file).catch(() => undefined);
        if (stat) files.set(file, `${stat.ino}:${stat.size}:${stat.ctimeMs}`);
      }),
  );
  return files;
}

const written = (before: Snapshot, after: Snapshot) => [
  ...[...after].filter(([file, state]) => before.get(file) !== state).map(([file]) => file),
  ...[...before.keys()].filter((file) => !after.has(file)),
];

/** Middleware: notes the files a changing request wrote for its session. */
export function noteEditedFiles(contentFolder: string, repository: ContentRepository | undefined): MiddlewareHandler<Env> {
  return async (c, next) => {
    // The live preview is sent as the editor types and writes nothing.
    if (!repository || c.req.method !== 'POST' || c.req.path === PREVIEW_ROUTE || !c.get('session').canEdit) return next();
    const before = await snapshot(contentFolder);
    await next();
    await repository.noteEdited(c.get('session').id, written(before, await snapshot(contentFolder)));
  };
}
