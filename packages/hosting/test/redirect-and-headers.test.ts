import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { hardenCsp, safeRedirectPath, securityHeaderSet, securityHeaders } from '../src/index.ts';

describe('safe redirects', () => {
  it('keeps same-origin paths', () => {
    expect(safeRedirectPath('/')).toBe('/');
    expect(safeRedirectPath('/versjoner/utkast/tiltak/T-1/?a=1#kommentar-3')).toBe('/versjoner/utkast/tiltak/T-1/?a=1#kommentar-3');
    expect(safeRedirectPath('/Spr%C3%A5k')).toBe('/Spr%C3%A5k');
  });

  it.each([
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/%5Cevil.example',
    '/%5cevil.example',
    '/%2F/evil.example',
    '/%2fevil.example',
    '/%09/evil.example',
    '/\t/evil.example',
    '/\r\nSet-Cookie: x=1',
    '/%0d%0aSet-Cookie:%20x=1',
    '/%00',
    '/%255Cevil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'evil.example',
    '',
    '/%E0%A4%A',
  ])('refuses %j', (value) => {
    expect(safeRedirectPath(value)).toBeUndefined();
  });

  it('refuses what is not a string', () => {
    expect(safeRedirectPath(undefined)).toBeUndefined();
    expect(safeRedirectPath(['/'])).toBeUndefined();
  });
});

describe('security headers', () => {
  it('removes inline and eval from scripts and adds the directives a policy forgot', () => {
    expect(hardenCsp("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval'")).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it('puts the hardened set on every answer, errors included, over what the server passed', async () => {
    const app = new Hono();
    app.use('*', securityHeaders(securityHeaderSet({ 'x-content-type-options': 'sniff', 'X-Robots-Tag': 'noindex', 'Referrer-Policy': 'no-referrer' })));
    app.get('/feil', () => {
      throw new Error('x');
    });
    app.onError((_, c) => c.text('feil', 500));
    for (const path of ['/', '/feil']) {
      const response = await app.request(path);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-robots-tag')).toBe('noindex');
    }
  });
});
