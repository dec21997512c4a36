/**
 * The archive cache with the PDF step on: versions copied in from the cache keep their PDFs and links, PDFs built
 * without a site address link to no page of the site, and a build without PDFs takes nothing built with them from
 * the cache. A file of its own (from archive-cache.test.ts), so that its builds run beside that file's. Two builds,
 * the second taking every version from the cache; the build without PDFs is only planned (`archivePlanLog`).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN, linkAnnotations, linkUri } from '../src/pdf/site-links.ts';
import { copyFixtureContent, differing, filesUnder, versionsPlan as plan } from './archive-helpers.ts';
import { parseBackProblems, structuredFiles } from './parse-back.ts';
import { archivePlanLog, buildScratch, buildSite } from './site-build.ts';

const scratch = buildScratch('archive-cache-pdf');
const out = (name: string) => path.join(scratch, name);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the archive cache with PDFs', () => {
  const pdfCache = path.join(scratch, 'pdf-cache');
  // No site address: the PDFs must then link to no host of the site's, invented or local.
  const withPdf = { STRATEGI_BUILD_DATE: '2025-05-05', STRATEGI_CACHE_DIR: pdfCache, STRATEGI_SITE_URL: '' };
  const pdfLogs: Record<string, string> = {};
  beforeAll(async () => {
    const content = copyFixtureContent(path.join(scratch, 'pdf'));
    // Two released versions prove what three do: the older ones' pages and PDFs were each build's largest part.
    for (const id of ['2022-utkast', '2022-horing']) rmSync(path.join(content, 'versjoner', id), { recursive: true });
    pdfLogs['first'] = await buildSite(content, 'public', out('pdf-first'), withPdf);
    pdfLogs['again'] = await buildSite(content, 'public', out('pdf-again'), withPdf);
    pdfLogs['off'] = await archivePlanLog(content, { ...withPdf, STRATEGI_PDF: '0' });
  }, 900_000);

  test('the versions copied in while the PDF step runs keep their PDFs and links: the second build writes the same site', () => {
    expect(plan(pdfLogs['again']!)).toBe('Versions from the cache: 2023-vedtatt, 2024-revidert; rendered: none.');
    const again = filesUnder(out('pdf-again'), '.');
    expect([...again.keys()].filter((name) => name.endsWith('.pdf')).sort()).toEqual([
      'strategi.pdf',
      'versjoner/2023-vedtatt/strategi-2023-vedtatt.pdf',
      'versjoner/2024-revidert/strategi-2024-revidert.pdf',
    ]);
    expect(again.get('versjoner/2023-vedtatt/index.html')?.toString()).toMatch(/data-strategi-pdf-size="2023-vedtatt">\(PDF, \d+ kB\)</);
    expect(differing(filesUnder(out('pdf-first'), '.'), again)).toEqual([]);
  });

  test('without a site address, no PDF links to a page of the site: only jumps inside it and links to other sites', async () => {
    const pdfs = [...filesUnder(out('pdf-first'), '.')].filter(([name]) => name.endsWith('.pdf'));
    expect(pdfs.length).toBe(3);
    const seen = { jumps: 0, web: 0, unlinked: 0 };
    for (const [name, bytes] of pdfs) {
      const links = linkAnnotations(await PDFDocument.load(bytes, { updateMetadata: false }));
      const uris = links.flatMap((link) => linkUri(link) ?? []);
      const local = uris.filter((uri) => !/^(https?:|mailto:)/.test(uri) || new URL(uri).origin === LOCAL_ORIGIN || uri.includes('strategi.example'));
      expect({ name, local }).toEqual({ name, local: [] });
      seen.jumps += links.filter((link) => link.has(PDFName.of('Dest'))).length;
      seen.web += uris.length;
      seen.unlinked += links.filter((link) => !link.has(PDFName.of('Dest')) && linkUri(link) === undefined).length;
      expect(bytes.toString('latin1')).not.toMatch(/strategi\.(invalid|example)/);
    }
    // The links to the site's pages are still there, without an action; jumps and links to other sites are live.
    expect(seen.jumps).toBeGreaterThan(0);
    expect(seen.web).toBeGreaterThan(0);
    expect(seen.unlinked).toBeGreaterThan(0);
  });

  test('without a site address, the feed and the (empty) sitemap are still well-formed XML, and every JSON file parses', () => {
    const { xml } = structuredFiles(out('pdf-first'));
    // Beside the feed and the sitemap, each released version's StratML export.
    expect(xml.filter((file) => !file.endsWith('/strategi.stratml.xml'))).toEqual(['feed.xml', 'sitemap.xml']);
    expect(xml).toContain('data/2024-revidert/strategi.stratml.xml');
    expect(parseBackProblems(out('pdf-first'))).toEqual([]);
  });

  test('a build without PDFs takes nothing built with them from the cache', () => {
    // Only what the plan reuses is copied in from the cache, so a plan reusing nothing copies no PDF in.
    expect(plan(pdfLogs['off']!)).toBe('Versions from the cache: none; rendered: 2023-vedtatt, 2024-revidert.');
    expect(pdfLogs['off']).toContain('Change pages from the cache: 0 of 1;');
    expect(pdfLogs['off']).toContain('Open data from the cache: none;');
  });
});
