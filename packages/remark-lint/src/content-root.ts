import { existsSync } from 'node:fs';
import path from 'node:path';

const ENTRY_FILE = 'strategi.md';
const VERSIONS_FOLDER = 'versjoner';

/**
 * The content folder a file belongs to: the nearest folder above it with a `strategi.md` that is not itself a
 * released version (`versjoner/<id>/` has a `strategi.md` of its own). Undefined for a file outside any content.
 */
export function contentRootOf(file: string): string | undefined {
  let folder = path.dirname(path.resolve(file));
  for (;;) {
    const isVersionFolder = path.basename(path.dirname(folder)) === VERSIONS_FOLDER;
    if (!isVersionFolder && existsSync(path.join(folder, ENTRY_FILE))) return folder;
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** Whether a path inside the content folder belongs to a released version rather than the working draft. */
export const isInReleasedVersion = (relative: string) => relative.split('/')[0] === VERSIONS_FOLDER;
