/** The built folder's file for a URL path of the site: the stylesheets a print source links to, for its cache key. */
import path from 'node:path';

/** The file of `dist` a URL path names (`index.html` for a folder), or undefined when it would leave `dist`. */
export function distFile(dist: string, pathname: string): string | undefined {
  const relative = decodeURIComponent(pathname).replace(/\/$/, '/index.html');
  const root = path.resolve(dist);
  const file = path.join(root, path.normalize(relative));
  return file.startsWith(root + path.sep) ? file : undefined;
}
