/**
 * A tiny static file server over a built site folder, on 127.0.0.1 and a random port.
 *
 * It runs inside the vitest process (no child process to lose), answers directories with their
 * `index.html`, redirects `/dir` to `/dir/` the way a static host does, gives every file a content
 * type (the hosting layer's one table), and answers unknown paths 404 with the site's own `404.html`
 * when there is one. `close()` drops every open connection, so a keep-alive socket can never hold the
 * run open.
 */

import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { contentTypeOf } from '@strategi/hosting/content-types';

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Astro's styles and scripts, named by a hash of their content: a copy kept is never stale, so a context keeps them
 * from page to page, as a reader's browser does, instead of fetching the 140 kB of styles and parsing them again at
 * every page load (about 17 ms of Chromium's CPU a load). Everything else is fetched anew each time.
 */
const HASHED = '/_astro/';

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}
async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** Serves `root` until `close()`. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = normalize(root + sep);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      let path: string;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        response.writeHead(400).end('bad path');
        return;
      }
      const target = normalize(join(base, path));
      if (!target.startsWith(base) && target + sep !== base) {
        response.writeHead(403).end('forbidden');
        return;
      }
      let file: string | undefined;
      if (path.endsWith('/')) {
        if (await isFile(join(target, 'index.html'))) file = join(target, 'index.html');
      } else if (await isFile(target)) {
        file = target;
      } else if (await isDirectory(target)) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const head = request.method === 'HEAD';
      if (file === undefined) {
        const notFound = join(base, '404.html');
        const body = (await isFile(notFound)) ? await readFile(notFound) : Buffer.from('not found');
        response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(head ? undefined : body);
        return;
      }
      const body = await readFile(file);
      const caching = path.startsWith(HASHED) ? 'public, max-age=31536000, immutable' : 'no-store';
      response.writeHead(200, { 'content-type': contentTypeOf(file), 'content-length': body.length, 'cache-control': caching }).end(head ? undefined : body);
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
