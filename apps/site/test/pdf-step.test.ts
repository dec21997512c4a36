/** The PDF step's pieces that need no browser: the cache key, the cache, and the size written into the links. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cacheSecret } from '@strategi/model';
import { afterAll, describe, expect, test } from 'vitest';
import { pdfCache, pdfCacheDir } from '../src/pdf/cache.ts';
import { pdfInputHash } from '../src/pdf/input-hash.ts';
import { fillPdfLinks, formatSize } from '../src/pdf/pdf-links.ts';
import { distFile } from '../src/pdf/serve-dist.ts';

const page = (parts: { header?: string; main?: string; css?: string; size?: string } = {}) =>
  `<!DOCTYPE html><html lang="nb"><head><title>Hele dokumentet</title><link rel="stylesheet" href="/_astro/${parts.css ?? 'a'}.css"></head>` +
  `<body><header class="site-header">${parts.header ?? 'Versjoner: A'}</header><main id="hovedinnhold">` +
  `<p class="pdf-download" data-strategi-pdf="E"><a href="/versjoner/E/strategi-E.pdf">PDF</a> <span data-strategi-pdf-size="E">${parts.size ?? ''}</span></p>` +
  `${parts.main ?? '<h1>Strategi</h1>'}</main><footer>f</footer></body></html>`;
const assets: Record<string, string> = { '/_astro/a.css': 'h1 { color: red }', '/_astro/b.css': 'h1 { color: blue }' };
const hash = (html: string, settings = { origin: 'https://strategi.example.no', mode: 'public' }) => pdfInputHash(html, (href) => assets[href] ?? '', settings);

describe('the cache key of a PDF', () => {
  test('stays when only the frame around the document changes: a new version in the switcher, a filled-in size', () => {
    expect(hash(page({ header: 'Versjoner: A, B' }))).toBe(hash(page()));
    expect(hash(page({ size: '(PDF, 412 kB)' }))).toBe(hash(page()));
  });

  test('changes with the document, its stylesheet and the settings of the step', () => {
    const base = hash(page());
    expect(hash(page({ main: '<h1>Strategi</h1><p>Nytt avsnitt</p>' }))).not.toBe(base);
    expect(hash(page({ css: 'b' }))).not.toBe(base);
    expect(hash(page(), { origin: 'https://annen.example.no', mode: 'public' })).not.toBe(base);
    expect(hash(page(), { origin: 'https://strategi.example.no', mode: 'preview' })).not.toBe(base);
  });
});

describe('the PDF cache', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'strategi-pdf-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('gives back what was put under a key, and nothing for another key', async () => {
    const cache = pdfCache(path.join(dir, 'pdf'), await cacheSecret({ STRATEGI_CACHE_SECRET: 'test' }));
    expect(cache.get('abc')).toBeUndefined();
    cache.put('abc', new Uint8Array([37, 80, 68, 70]));
    expect([...(cache.get('abc') ?? [])]).toEqual([37, 80, 68, 70]);
    expect(cache.get('abd')).toBeUndefined();
  });

  test('gives nothing for a PDF changed in the folder, resealed with a guessed key, or sealed under another key', async () => {
    const folder = path.join(dir, 'sealed');
    const own = await cacheSecret({ STRATEGI_CACHE_SECRET: 'the build’s' });
    const guess = await cacheSecret({ STRATEGI_CACHE_SECRET: 'a guess' });
    pdfCache(folder, own).put('k', new Uint8Array([1, 2, 3]));
    expect(readdirSync(folder).sort()).toEqual(['k.pdf', 'k.pdf.seal']);
    writeFileSync(path.join(folder, 'k.pdf'), new Uint8Array([6, 6, 6]));
    expect(pdfCache(folder, own).get('k')).toBeUndefined();
    pdfCache(folder, guess).put('k', new Uint8Array([6, 6, 6]));
    expect(pdfCache(folder, own).get('k')).toBeUndefined();
    expect([...(pdfCache(folder, guess).get('k') ?? [])]).toEqual([6, 6, 6]);
  });

  test('lives under STRATEGI_CACHE_DIR when it is set', () => {
    expect(pdfCacheDir('/tmp/strategi-cache', '/srv/site')).toBe('/tmp/strategi-cache/pdf');
    expect(pdfCacheDir(undefined, '/srv/site')).toBe('/srv/site/node_modules/.cache/strategi/pdf');
  });
});

describe('the links to a PDF', () => {
  test('get the size of the PDF in the page language', () => {
    expect(formatSize(412_345, 'nb')).toBe('412 kB');
    expect(formatSize(1_234_567, 'nb')).toBe('1,2 MB');
    expect(formatSize(1_234_567, 'en')).toBe('1.2 MB');
    expect(fillPdfLinks(page(), new Map([['E', 412_345]]))).toContain('<span data-strategi-pdf-size="E">(PDF, 412 kB)</span>');
  });

  test('are taken out when the build made no PDF for the edition', () => {
    const html = fillPdfLinks(page(), new Map());
    expect(html).not.toContain('strategi-E.pdf');
    expect(html).toContain('<h1>Strategi</h1>');
  });
});

describe('the pages the browser is given', () => {
  test('come from the built folder and never from outside it: dot segments stay inside', () => {
    expect(distFile('/site/dist', '/versjoner/E/hele-dokumentet/')).toBe('/site/dist/versjoner/E/hele-dokumentet/index.html');
    expect(distFile('/site/dist', '/%C3%A6/a.css')).toBe('/site/dist/æ/a.css');
    expect(distFile('/site/dist', '/../../etc/passwd')).toBe('/site/dist/etc/passwd');
    expect(distFile('/site/dist', '/%2e%2e/%2e%2e/secret')).toBe('/site/dist/secret');
    expect(distFile('/site/dist', 'a/../../../secret')).toBeUndefined();
  });
});
