/**
 * The first middleware: a request for any host but the allowed ones gets 421 before any route runs. Both the
 * `Host` header and the host of the request URL are checked (they differ when the request line is an absolute URL).
 */
import type { MiddlewareHandler } from 'hono';
import { refusals, refusalText } from './messages.ts';
import type { AllowedOrigins } from './origins.ts';

export function hostAllowed(allowed: AllowedOrigins, request: Request): boolean {
  const header = request.headers.get('host');
  const urlHost = new URL(request.url).host.toLowerCase();
  if (header !== null && !allowed.hosts.has(header.trim().toLowerCase())) return false;
  return allowed.hosts.has(urlHost);
}

export function hostGuard(allowed: AllowedOrigins): MiddlewareHandler {
  return async (c, next) => {
    if (!hostAllowed(allowed, c.req.raw)) {
      return c.text(refusalText(refusals.foreignHost), refusals.foreignHost.status, { 'Cache-Control': 'no-store' });
    }
    await next();
  };
}
