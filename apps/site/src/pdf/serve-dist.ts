/**
 * Answers the browser's requests for the site's origin from the built folder, without a server: the page is
 * loaded at its public address, so every relative link in the PDF points at the published site. Requests to
 * any other origin are refused.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentTypeOf } from '@strategi/hosting/content-types';
import type { BrowserContext } from 'playwright-core';

/** The file of `dist` a URL path names (`index.html` for a folder), or undefined when it would leave `dist`. */
export function distFile(dist: string, pathname: string): string | undefined {
  const relative = decodeURIComponent(pathname).replace(/\/$/, '/index.html');
  const root = path.resolve(dist);
  const file = path.join(root, path.normalize(relative));
  return file.startsWith(root + path.sep) ? file : undefined;
}

export async function serveDist(context: BrowserContext, dist: string, origin: string): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const file = url.origin === origin ? distFile(dist, url.pathname) : undefined;
    if (!file) return route.abort('blockedbyclient');
    try {
      const body = await readFile(file);
      return route.fulfill({ status: 200, body, contentType: contentTypeOf(file) });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
}
