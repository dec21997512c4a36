/**
 * The client's address for the failure limiter. `X-Forwarded-For` is read only when the server is told it runs
 * behind a proxy it trusts (then the last entry, the one that proxy added); otherwise anyone could choose their
 * own address per request and never be limited.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export function clientAddress(c: Context, options: { trustProxy: boolean }): string {
  if (options.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'ukjent';
  } catch {
    // `app.request()` in tests has no socket.
    return 'ukjent';
  }
}
