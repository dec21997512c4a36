/**
 * The site's own headers, read from the `_headers` file its build writes (the Netlify format): what every path
 * (`/*`) gets. A server that serves a build (the review server, the editor's built preview) answers with these, so
 * its pages run under the same policy as the public site's — Pagefind's `wasm-unsafe-eval`, the site's fonts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The site's policy, used when the build has no `_headers` file (or one without headers for every path). */
const fallback: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
};

/** The headers `_headers` in `dist` gives every path, or the site's policy when there are none. */
export function siteHeaders(dist: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path.join(dist, '_headers'), 'utf8');
  } catch {
    return { ...fallback };
  }
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (inAll && match) headers[match[1]!] = match[2]!.trim();
  }
  return Object.keys(headers).length > 0 ? headers : { ...fallback };
}
