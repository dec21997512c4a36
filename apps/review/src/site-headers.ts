/**
 * The headers on every answer: the site's own (Content-Security-Policy and the rest, read from the preview
 * build's `_headers` so the two cannot drift), hardened by `@strategi/hosting` (no inline scripts, no framing,
 * nosniff), plus what a private preview needs — no indexing, no caching by anyone but the reader's own browser,
 * and no referrer that would carry a draft's address elsewhere.
 */
import { securityHeaderSet, siteHeaders } from '@strategi/hosting';

export function reviewHeaders(dist: string): Record<string, string> {
  return securityHeaderSet({
    ...siteHeaders(dist),
    'X-Robots-Tag': 'noindex, nofollow, noarchive',
    'Cache-Control': 'private, no-store',
    // Same origin only: a draft's address never goes to another site, and forms still carry their Origin.
    'Referrer-Policy': 'same-origin',
  });
}
