/**
 * The print sources typeset on a worker thread while the pages are still being built: a source is taken once it is
 * whole, its PDF is found under the input hash the step computes from the final page, and the step uses it, or
 * typesets the page itself when nothing, or a failure, was typeset ahead.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cacheSecret } from '@strategi/model';
import { afterAll, describe, expect, test } from 'vitest';
import { buildPdfs, typesetterOptions } from '../src/pdf/build-pdfs.ts';
import { pdfCache } from '../src/pdf/cache.ts';
import { printInput } from '../src/pdf/print-input.ts';
import { typesetAhead } from '../src/pdf/typeset-ahead.ts';

const fonts = '/usr/share/fonts/truetype/dejavu';
const source = (text: string) => `<!DOCTYPE html><html lang="nb"><head><title>Utskrift</title></head><body><main>
<header class="whole-cover" data-pdf-title="Strategi" data-pdf-author="KD"><h1>Strategi</h1></header>
<section id="I-1"><h2>Innsatsområde 1</h2><p>${text}</p></section></main></body></html>
`;
const root = mkdtempSync(path.join(tmpdir(), 'strategi-ahead-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const secret = await cacheSecret({ STRATEGI_CACHE_SECRET: 'test' });

/** A built folder with edition E's print source holding `html`. */
function dist(name: string, html?: string) {
  const folder = path.join(root, name);
  mkdirSync(path.join(folder, 'versjoner/E/hele-dokumentet/utskrift'), { recursive: true });
  if (html !== undefined) writeFileSync(path.join(folder, 'versjoner/E/hele-dokumentet/utskrift/index.html'), html);
  return folder;
}
const settings = { origin: undefined, mode: 'public' as const };

describe('typesetting ahead of the step', () => {
  test('takes a print source once it is whole and typesets it on the worker under its input hash', async () => {
    const folder = dist('whole');
    const file = path.join(folder, 'versjoner/E/hele-dokumentet/utskrift/index.html');
    const cache = pdfCache(path.join(root, 'cache-whole'), secret);
    const ahead = typesetAhead({ dist: folder, ...settings, cache, typesetter: typesetterOptions({ origin: undefined, fonts }), interval: 20 });
    try {
      const html = source('Ferdig skrevet.');
      // Half written: not taken.
      writeFileSync(file, html.slice(0, 200));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(ahead.take(printInput(folder, 'E', settings, html.slice(0, 200)).key)).toBeUndefined();
    } finally {
      await ahead.close();
    }
    const again = typesetAhead({ dist: folder, ...settings, cache, typesetter: typesetterOptions({ origin: undefined, fonts }), interval: 20 });
    try {
      writeFileSync(file, source('Ferdig skrevet.'));
      const key = printInput(folder, 'E', settings).key;
      const pdf = await again.take(key);
      expect(pdf?.pages).toBe(3);
      expect(Buffer.from(pdf!.bytes).subarray(0, 5).toString()).toBe('%PDF-');
      // Another input, another key: nothing.
      expect(again.take(printInput(folder, 'E', settings, source('Endret etterpå.')).key)).toBeUndefined();
    } finally {
      await again.close();
    }
  }, 60_000);

  test('the step writes the PDF typeset ahead for the input it reads, and typesets the page itself after a failure ahead', async () => {
    const marker = new TextEncoder().encode('%PDF-1.7 typeset ahead');
    for (const [name, ahead, expected] of [
      ['taken', Promise.resolve({ bytes: marker, pages: 7 }), { bytes: marker.byteLength, pages: 7 }],
      ['failed', Promise.reject(new Error('worker gone')), { pages: 3 }],
    ] as const) {
      const folder = dist(name, source('Ferdig skrevet.'));
      const key = printInput(folder, 'E', settings).key;
      const result = await buildPdfs({
        dist: folder,
        ...settings,
        cacheDir: path.join(root, `cache-${name}`),
        secret,
        enabled: true,
        fonts,
        ahead: { take: (asked) => (asked === key ? ahead : undefined) },
      });
      expect(result.pdfs.get('E')).toMatchObject({ ...expected, from: 'typst' });
      const written = readFileSync(path.join(folder, 'versjoner/E/strategi-E.pdf'));
      if (name === 'taken') expect(written.toString()).toBe('%PDF-1.7 typeset ahead');
      else expect(written.subarray(0, 5).toString()).toBe('%PDF-');
    }
  }, 60_000);
});
