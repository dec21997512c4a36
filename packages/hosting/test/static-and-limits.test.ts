import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { bodySizeLimit, contentTypeOf, resolveStatic, textRefusal } from '../src/index.ts';

function folder() {
  const outside = mkdtempSync(path.join(tmpdir(), 'strategi-utenfor-'));
  writeFileSync(path.join(outside, 'hemmelig.txt'), 'hemmelig');
  const root = mkdtempSync(path.join(tmpdir(), 'strategi-rot-'));
  mkdirSync(path.join(root, 'versjoner'));
  writeFileSync(path.join(root, 'versjoner', 'index.html'), '<h1>Versjoner</h1>');
  writeFileSync(path.join(root, 'index.html'), '<h1>Forside</h1>');
  writeFileSync(path.join(root, '_headers'), '/*');
  writeFileSync(path.join(root, '.env'), 'x');
  symlinkSync(path.join(outside, 'hemmelig.txt'), path.join(root, 'lenke.txt'));
  return root;
}

describe('static files', () => {
  const root = folder();

  it('serves files and folders through index.html', () => {
    expect(resolveStatic(root, '/')).toEqual({ kind: 'file', file: path.join(root, 'index.html') });
    expect(resolveStatic(root, '/versjoner/')).toEqual({ kind: 'file', file: path.join(root, 'versjoner', 'index.html') });
    expect(resolveStatic(root, '/versjoner', '?a=1')).toEqual({ kind: 'redirect', location: '/versjoner/?a=1' });
  });

  it('reads runs of slashes as one, and never redirects to a protocol-relative address', () => {
    expect(resolveStatic(root, '//versjoner')).toEqual({ kind: 'redirect', location: '/versjoner/' });
    expect(resolveStatic(root, '///versjoner')).toEqual({ kind: 'redirect', location: '/versjoner/' });
    expect(resolveStatic(root, '//versjoner/')).toEqual({ kind: 'file', file: path.join(root, 'versjoner', 'index.html') });
  });

  it.each([
    '/../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/versjoner/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E%2Fetc%2Fpasswd',
    '/versjoner%5C..%5C..%5Cetc',
    '/index.html%00.txt',
    '/.env',
    '/%2eenv',
    '/lenke.txt',
    '/_headers',
    '/%E0%A4%A',
  ])('refuses %s', (pathname) => {
    expect(resolveStatic(root, pathname, '', { hidden: ['_headers'] })).toEqual({ kind: 'none' });
  });

  it('knows the content types', () => {
    expect(contentTypeOf('a/b.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('pagefind/x.pf_fragment')).toBe('application/octet-stream');
  });
});

describe('request limits', () => {
  it('refuses a NUL or an over-long text with a Norwegian message', () => {
    expect(textRefusal('hei\nhå\tdu', 10)).toBeUndefined();
    expect(textRefusal('hei\u0000', 10)).toMatchObject({ status: 400, message: 'Teksten inneholder tegn som ikke kan lagres (et kontrolltegn som NUL).' });
    expect(textRefusal('x'.repeat(200_000), 5_000)).toMatchObject({ status: 413, message: 'Det du sendte, var større enn serveren tar imot.' });
  });

  it('refuses a body over the limit with 413 before the handler reads it', async () => {
    const app = new Hono();
    app.use(
      '*',
      bodySizeLimit(1_000, (c, refusal) => c.text(refusal.message, refusal.status)),
    );
    app.post('/', async (c) => c.text(`lest ${(await c.req.text()).length}`));
    expect(await (await app.request('/', { method: 'POST', body: 'x'.repeat(999) })).text()).toBe('lest 999');
    const big = await app.request('/', { method: 'POST', body: 'x'.repeat(200_000) });
    expect(big.status).toBe(413);
    expect(await big.text()).toBe('Det du sendte, var større enn serveren tar imot.');
  });
});
