/** The page's stylesheet and script, read once from `public/`. */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';

const file = (name: string) => readFileSync(new URL(`../../public/${name}`, import.meta.url), 'utf8');
const assets = {
  '/horing.css': { body: file('horing.css'), type: 'text/css; charset=utf-8' },
  '/horing.js': { body: file('horing.js'), type: 'text/javascript; charset=utf-8' },
};

export const assetRoutes = new Hono();
for (const [path, asset] of Object.entries(assets)) {
  assetRoutes.get(path, (c) => {
    c.header('Content-Type', asset.type);
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(asset.body);
  });
}
