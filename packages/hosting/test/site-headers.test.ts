import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteHeaders } from '../src/index.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'strategi-site-headers-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the site’s headers', () => {
  it('are the ones `_headers` gives every path, not those of a single path', () => {
    writeFileSync(
      path.join(dist, '_headers'),
      "/pagefind/*\n  Cache-Control: max-age=60\n/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'\n  X-Frame-Options: DENY\n",
    );
    expect(siteHeaders(dist)).toEqual({ 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'", 'X-Frame-Options': 'DENY' });
  });

  it('fall back to the site’s policy when the build has no `_headers`', () => {
    expect(siteHeaders(path.join(dist, 'ingen'))['Content-Security-Policy']).toContain("'wasm-unsafe-eval'");
  });
});
