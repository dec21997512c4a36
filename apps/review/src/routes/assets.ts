/**
 * The server's own script and stylesheet: public (they hold no draft), so the status pages can use them. The script
 * is bundled with esbuild on its first request (a server that is only posted to never pays for it) and kept, so the page anchors quotes with `@strategi/review/quote`, the one module
 * the server finds them in the Markdown with, instead of a copy of it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentTypeOf } from '@strategi/hosting';
import { type UiLang, ui } from '@strategi/i18n';
import { buildSync } from 'esbuild';
import { Hono } from 'hono';

const publicFolder = new URL('../../public/', import.meta.url);

/** The page script with its imports bundled in: one ES module for browsers the site supports. */
function bundlePageScript(): string {
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('kommentarer.js', publicFolder))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const assetSources: Record<string, () => string> = {
  'kommentarer.js': bundlePageScript,
  'kommentarer.css': () => readFileSync(new URL('kommentarer.css', publicFolder), 'utf8'),
};
const assets = new Map<string, string>();

function asset(name: string): string {
  let text = assets.get(name);
  if (text === undefined) {
    text = assetSources[name]!();
    assets.set(name, text);
  }
  return text;
}

/**
 * What a preview page gets in its head: the stylesheet, the script, and the script's words in the page's language
 * as a JSON data block. A data block is never run, so the CSP's `script-src 'self'` holds without an inline script;
 * `<` is escaped so no text in it can end the element.
 */
export function headAdditions(lang: UiLang): string {
  const words = JSON.stringify(ui(lang).reviewServer.script).replaceAll('<', '\\u003c');
  return `<link rel="stylesheet" href="/_review/kommentarer.css"><script type="application/json" id="review-words">${words}</script><script type="module" src="/_review/kommentarer.js"></script>`;
}

export const assetRoutes = new Hono().get('/_review/:asset{kommentarer\\.(js|css)}', (c) => {
  const name = c.req.param('asset');
  return c.body(asset(name), 200, { 'Content-Type': contentTypeOf(name) });
});
