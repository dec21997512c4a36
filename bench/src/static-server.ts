// The baseline for the review server's load figures: a plain static file server over the same preview build, in
// its own process like the review server, with no access check and nothing added to the pages.
// `node static-server.ts <folder>` prints `http://127.0.0.1:<port>` and serves until it is killed.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { contentTypeOf } from '@strategi/hosting/content-types';

const root = path.resolve(process.argv[2] ?? '.');

const server = createServer((request, response) => {
  void (async () => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const target = path.resolve(root, `.${pathname}`);
    if (!target.startsWith(root + path.sep) && target !== root) {
      response.writeHead(404).end();
      return;
    }
    const file = pathname.endsWith('/') ? path.join(target, 'index.html') : target;
    if (!(await stat(file).catch(() => undefined))?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': contentTypeOf(file), 'content-length': body.length }).end(body);
  })().catch(() => response.writeHead(500).end());
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') process.stdout.write(`http://127.0.0.1:${address.port}\n`);
});
