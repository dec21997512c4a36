/**
 * The headers on every answer. A server may pass its own (the site's, from the build's `_headers`); whatever it
 * passes, the Content-Security-Policy keeps scripts to files of this origin (no `unsafe-inline`, no `unsafe-eval`),
 * forbids framing, plugins and a foreign `<base>`, and the rest of the hardening headers are always there.
 */
import type { MiddlewareHandler } from 'hono';

export const DEFAULT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

const required: Record<string, string> = {
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

/** A policy with inline and eval'd scripts removed from `script-src` and the directives above added when missing. */
export function hardenCsp(policy: string): string {
  const directives = policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [name = '', ...values] = part.split(/\s+/);
      const lower = name.toLowerCase();
      const kept = lower === 'script-src' || lower === 'default-src' ? values.filter((value) => !/^'unsafe-(inline|eval|hashes)'$/i.test(value)) : values;
      return { name: lower, values: kept };
    });
  for (const [name, value] of Object.entries(required)) {
    if (!directives.some((directive) => directive.name === name)) directives.push({ name, values: [value] });
  }
  return directives.map((directive) => [directive.name, ...directive.values].join(' ')).join('; ');
}

/** The hardened set: `overrides` first (e.g. the site's), then the required values over them. */
export function securityHeaderSet(overrides: Record<string, string> = {}): Record<string, string> {
  const lower = Object.fromEntries(Object.entries(overrides).map(([name, value]) => [name.toLowerCase(), { name, value }]));
  const given = (name: string) => lower[name.toLowerCase()]?.value;
  const rest = Object.fromEntries(
    Object.values(lower)
      .filter(({ name }) => !['content-security-policy', 'x-content-type-options', 'x-frame-options'].includes(name.toLowerCase()))
      .map(({ name, value }) => [name, value]),
  );
  return {
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...rest,
    'Content-Security-Policy': hardenCsp(given('content-security-policy') ?? DEFAULT_CSP),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
  };
}

/** Sets the headers on every answer, refusals and errors included. */
export function securityHeaders(headers: Record<string, string>): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
