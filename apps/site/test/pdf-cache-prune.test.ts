/**
 * The PDF cache keeps what the last build used and the PDFs used most recently before it, and removes the rest:
 * each change to a draft makes a new PDF, and a cache that only grew would fill an editor's server's disk.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cacheSecret } from '@strategi/model';
import { afterAll, describe, expect, test } from 'vitest';
import { buildPdfs } from '../src/pdf/build-pdfs.ts';
import { type PdfCache, pdfCache } from '../src/pdf/cache.ts';
import { printInput } from '../src/pdf/print-input.ts';

const root = mkdtempSync(path.join(tmpdir(), 'strategi-pdf-prune-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const secret = await cacheSecret({ STRATEGI_CACHE_SECRET: 'test' });
const pdf = new TextEncoder().encode('%PDF-1.7');

/** A cache in a folder of its own holding `keys`, the first written longest ago (a minute apart). */
function filled(name: string, keys: string[]): { dir: string; cache: PdfCache } {
  const dir = path.join(root, name);
  const cache = pdfCache(dir, secret);
  keys.forEach((key, index) => {
    cache.put(key, pdf);
    const at = new Date(Date.now() - (keys.length - index) * 60_000);
    utimesSync(path.join(dir, `${key}.pdf`), at, at);
  });
  return { dir, cache };
}

const keysIn = (dir: string) => readdirSync(dir).sort();

describe('pruning the PDF cache', () => {
  test('keeps the PDFs the build used and the spare ones used last, with their seals, and removes the rest', () => {
    const { dir, cache } = filled('spare', ['a1', 'b2', 'c3', 'd4', 'e5']);
    writeFileSync(path.join(dir, 'notes.txt'), 'not a PDF of the cache');
    expect(cache.prune(new Set(['a1']), 2)).toBe(2);
    expect(keysIn(dir)).toEqual(['a1.pdf', 'a1.pdf.seal', 'd4.pdf', 'd4.pdf.seal', 'e5.pdf', 'e5.pdf.seal', 'notes.txt']);
  });

  test('counts a PDF taken from the cache as used then', () => {
    const { dir, cache } = filled('hit', ['a1', 'b2', 'c3']);
    expect(cache.get('a1')).toBeDefined();
    cache.prune(new Set(), 1);
    expect(keysIn(dir)).toEqual(['a1.pdf', 'a1.pdf.seal']);
  });

  test('of a folder not made yet removes nothing', () => {
    expect(pdfCache(path.join(root, 'none'), secret).prune(new Set(), 0)).toBe(0);
  });

  test('happens after the PDF step, with the PDFs the build used', async () => {
    const { dir, cache } = filled('step', ['old1', 'old2']);
    const dist = path.join(root, 'dist');
    mkdirSync(path.join(dist, 'versjoner/E/hele-dokumentet/utskrift'), { recursive: true });
    writeFileSync(
      path.join(dist, 'versjoner/E/hele-dokumentet/utskrift/index.html'),
      '<!DOCTYPE html><html lang="nb"><head><title>Utskrift</title></head><body><main><h1>Strategi</h1></main></body></html>\n',
    );
    const settings = { origin: undefined, mode: 'public' as const };
    const key = printInput(dist, 'E', settings).key;
    const pruned: string[][] = [];
    const noSpare: PdfCache = {
      ...cache,
      prune(used) {
        pruned.push([...used]);
        return cache.prune(used, 0);
      },
    };
    await buildPdfs({
      dist,
      ...settings,
      cacheDir: dir,
      secret,
      enabled: true,
      fonts: '/usr/share/fonts/truetype/dejavu',
      cache: noSpare,
      ahead: { take: (asked) => (asked === key ? Promise.resolve({ bytes: pdf, pages: 1 }) : undefined) },
    });
    expect(pruned).toEqual([[key]]);
    expect(keysIn(dir)).toEqual([`${key}.pdf`, `${key}.pdf.seal`]);
  });
});
