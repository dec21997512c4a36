/**
 * The headers on every answer: the site's own (Content-Security-Policy and the rest, read from the preview
 * build's `_headers` so the two cannot drift), hardened by `@strategi/hosting` (no inline scripts, no framing,
 * nosniff), plus what a private preview needs — no indexing, no caching by anyone but the reader's own browser,
 * and no referrer that would carry a draft's address elsewhere.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { securityHeaderSet } from '@strategi/hosting';

/** The site's policy (Pagefind needs `wasm-unsafe-eval`), used when the build has no `_headers` file. */
const fallback: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
};

/** The headers `_headers` gives every path (`/*`), in the Netlify format the site writes. */
function siteHeaders(dist: string): Record<string, string> {
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

export function reviewHeaders(dist: string): Record<string, string> {
  return securityHeaderSet({
    ...siteHeaders(dist),
    'X-Robots-Tag': 'noindex, nofollow, noarchive',
    'Cache-Control': 'private, no-store',
    // Same origin only: a draft's address never goes to another site, and forms still carry their Origin.
    'Referrer-Policy': 'same-origin',
  });
}
