/**
 * Maps a request path to a file of the preview build, and to nothing outside it: the path is decoded once,
 * and refused when it holds a NUL, a backslash, a `..` or a hidden segment, when it resolves outside the build
 * folder, or when a symbolic link leads out of it. Folders are served only through their `index.html`: there is
 * no directory listing.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export type Resolved = { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'none' };

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Content type by file name; Pagefind's chunks and anything unknown are bytes. */
export function contentTypeOf(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

const stat = (file: string) => {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
};

export function resolveStatic(root: string, pathname: string, search = ''): Resolved {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'none' };
  }
  if (!decoded.startsWith('/') || /[\0\\]/.test(decoded)) return { kind: 'none' };
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.startsWith('.'))) return { kind: 'none' };
  // The host configuration file and the server's own namespace are never files of the preview.
  if (segments[0] === '_headers' || segments[0] === '_review') return { kind: 'none' };
  const base = path.resolve(root);
  const target = path.resolve(base, `.${decoded}`);
  if (target !== base && !target.startsWith(base + path.sep)) return { kind: 'none' };
  let file: string;
  if (decoded.endsWith('/')) {
    file = path.join(target, 'index.html');
    if (!stat(file)?.isFile()) return { kind: 'none' };
  } else {
    const found = stat(target);
    if (found?.isDirectory()) {
      if (!stat(path.join(target, 'index.html'))?.isFile()) return { kind: 'none' };
      return { kind: 'redirect', location: `${pathname}/${search}` };
    }
    if (!found?.isFile()) return { kind: 'none' };
    file = target;
  }
  const real = realpathSync(file);
  const realBase = realpathSync(base);
  if (!real.startsWith(realBase + path.sep)) return { kind: 'none' };
  return { kind: 'file', file };
}
