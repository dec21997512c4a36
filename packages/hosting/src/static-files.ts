/**
 * Maps a request path to a file under one folder, and to nothing outside it: the path is decoded once; a NUL, a
 * backslash, a `..`, `.` or hidden segment, a path outside the folder or a symbolic link out of it is refused.
 * Runs of slashes count as one (`//x` is `/x`), and a folder's redirect goes to that one-slash path, so it can never
 * be read as another host. Folders are served only through their `index.html`: there is no listing.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { safeRedirectPath } from './redirect.ts';

export type Resolved = { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'none' };

export interface StaticOptions {
  /** First path segments that are never files (`_headers`, a server's own namespace). */
  hidden?: readonly string[];
}

const stat = (file: string) => {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
};

export function resolveStatic(root: string, pathname: string, search = '', options: StaticOptions = {}): Resolved {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'none' };
  }
  if (!decoded.startsWith('/') || /[\0\\]/.test(decoded)) return { kind: 'none' };
  const trailing = decoded.endsWith('/');
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.startsWith('.'))) return { kind: 'none' };
  if (segments[0] !== undefined && options.hidden?.includes(segments[0])) return { kind: 'none' };
  const base = path.resolve(root);
  const target = path.resolve(base, ...segments);
  if (target !== base && !target.startsWith(base + path.sep)) return { kind: 'none' };
  let file: string;
  if (trailing || segments.length === 0) {
    file = path.join(target, 'index.html');
    if (!stat(file)?.isFile()) return { kind: 'none' };
  } else {
    const found = stat(target);
    if (found?.isDirectory()) {
      if (!stat(path.join(target, 'index.html'))?.isFile()) return { kind: 'none' };
      const location = safeRedirectPath(`${pathname.replace(/\/{2,}/g, '/')}/${search}`);
      return location === undefined ? { kind: 'none' } : { kind: 'redirect', location };
    }
    if (!found?.isFile()) return { kind: 'none' };
    file = target;
  }
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return { kind: 'none' };
  }
  if (!real.startsWith(realpathSync(base) + path.sep)) return { kind: 'none' };
  return { kind: 'file', file };
}
