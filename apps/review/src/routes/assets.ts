/** The server's own script and stylesheet: public (they hold no draft), so the status pages can use them. */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';

const publicFolder = new URL('../../public/', import.meta.url);
const assets: Record<string, { body: string; type: string }> = {
  'kommentarer.js': { body: readFileSync(new URL('kommentarer.js', publicFolder), 'utf8'), type: 'text/javascript; charset=utf-8' },
  'kommentarer.css': { body: readFileSync(new URL('kommentarer.css', publicFolder), 'utf8'), type: 'text/css; charset=utf-8' },
};

export const HEAD_ADDITIONS = '<link rel="stylesheet" href="/_review/kommentarer.css"><script type="module" src="/_review/kommentarer.js"></script>';

export const assetRoutes = new Hono().get('/_review/:asset{kommentarer\\.(js|css)}', (c) => {
  const asset = assets[c.req.param('asset')]!;
  return c.body(asset.body, 200, { 'Content-Type': asset.type });
});
