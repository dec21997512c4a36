/** The server's own script and stylesheet: public (they hold no draft), so the status pages can use them. */
import { readFileSync } from 'node:fs';
import { contentTypeOf } from '@strategi/hosting';
import { Hono } from 'hono';

const publicFolder = new URL('../../public/', import.meta.url);
const assets: Record<string, string> = {
  'kommentarer.js': readFileSync(new URL('kommentarer.js', publicFolder), 'utf8'),
  'kommentarer.css': readFileSync(new URL('kommentarer.css', publicFolder), 'utf8'),
};

export const HEAD_ADDITIONS = '<link rel="stylesheet" href="/_review/kommentarer.css"><script type="module" src="/_review/kommentarer.js"></script>';

export const assetRoutes = new Hono().get('/_review/:asset{kommentarer\\.(js|css)}', (c) => {
  const name = c.req.param('asset');
  return c.body(assets[name]!, 200, { 'Content-Type': contentTypeOf(name) });
});
