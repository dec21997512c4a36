/**
 * What the PDF says about itself without a browser: the colophon's lines (from the page and the version's open
 * data), the PDF/UA-1 XMP packet, and the role map for Chromium's PDF 2.0 structure types.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, describe, expect, test } from 'vitest';
import { colophonLines, colophonSource } from '../src/pdf/colophon.ts';
import { mapPdf2Roles } from '../src/pdf/role-map.ts';
import { xmpPacket } from '../src/pdf/xmp.ts';

const cover = {
  lang: 'nb',
  heading: 'Strategi for digital kompetanse',
  title: 'Strategi for digital kompetanse – Vedtatt strategi, april 2023',
  owners: 'Kunnskapsdepartementet og KS',
  released: '20. april 2023',
};

describe('the colophon', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'strategi-colophon-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const openData = (id: string, strategy: Record<string, unknown>) => {
    mkdirSync(path.join(dist, 'data', id), { recursive: true });
    writeFileSync(
      path.join(dist, 'data', id, 'strategi.json'),
      JSON.stringify({ documents: { strategi: [{ kind: 'strategy', id: 'strategi', ...strategy }] } }),
    );
  };

  test('names the strategy, its publishers, version and day, publication number, ISBN, stable address and licence, in that order', () => {
    openData('2023-vedtatt', { publicationNumber: 'V-0123 B', isbn: '978-82-0000-000-6' });
    const source = colophonSource(dist, '2023-vedtatt', 'https://strategi.example.no');
    expect(source).toEqual({ publicationNumber: 'V-0123 B', isbn: '978-82-0000-000-6', stableUrl: 'https://strategi.example.no/versjoner/2023-vedtatt/' });
    expect(colophonLines(cover, source).map((line) => (line.label ? `${line.label}: ${line.text}` : line.text))).toEqual([
      'Strategi for digital kompetanse',
      'Utgitt av: Kunnskapsdepartementet og KS',
      'Versjon: Vedtatt strategi, april 2023',
      'Publisert: 20. april 2023',
      'Publikasjonsnummer: V-0123 B',
      'ISBN: 978-82-0000-000-6',
      'Varig adresse: https://strategi.example.no/versjoner/2023-vedtatt/',
      'Lisens: Teksten kan brukes fritt etter Norsk lisens for offentlige data (NLOD) 2.0. Oppgi Kunnskapsdepartementet og KS som kilde.',
    ]);
    expect(colophonLines(cover, source).find((line) => line.href)?.href).toBe('https://strategi.example.no/versjoner/2023-vedtatt/');
  });

  test('leaves out what is not known: numbers the strategy does not give, the address of a site without one, the day of a draft', () => {
    openData('2024-utkast', { title: 'Strategi' });
    const source = colophonSource(dist, '2024-utkast', undefined);
    expect(source).toEqual({});
    expect(colophonSource(dist, 'utkast', 'https://strategi.example.no')).toEqual({ stableUrl: 'https://strategi.example.no/versjoner/utkast/' });
    const draft = { ...cover, title: 'Strategi for digital kompetanse – Arbeidsutkast', released: undefined, lang: 'en' };
    expect(colophonLines(draft, source).map((line) => line.label)).toEqual([undefined, 'Published by', 'Version', 'Licence']);
  });
});

describe('the XMP packet', () => {
  const facts = {
    title: 'Strategi <A & B> – "utkast"',
    author: 'KD og KS',
    subject: 'Visjon',
    lang: 'nn',
    keywords: ['UTKAST – ikkje publisert'],
    creator: 'strategi',
    producer: 'Skia/PDF m156',
    created: new Date('2026-12-05T01:02:03.456Z'),
    modified: new Date('2026-12-05T01:02:03Z'),
  };

  test('says PDF/UA-1 and carries the title, language and dates of the document information, escaped', () => {
    const xmp = xmpPacket(facts);
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"');
    expect(xmp).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Strategi &lt;A &amp; B&gt; – &quot;utkast&quot;</rdf:li></rdf:Alt></dc:title>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>nn</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).toContain('<xmp:CreateDate>2026-12-05T01:02:03Z</xmp:CreateDate>');
    expect(xmp).toContain('<pdf:Producer>Skia/PDF m156</pdf:Producer>');
    expect(xmp).toContain('<pdf:Keywords>UTKAST – ikkje publisert</pdf:Keywords>');
    expect(xmp.startsWith('<?xpacket begin="\u{FEFF}"')).toBe(true);
  });

  test('leaves out what the file does not have', () => {
    const xmp = xmpPacket({ ...facts, producer: undefined, created: undefined, keywords: [] });
    expect(xmp).not.toContain('pdf:Producer');
    expect(xmp).not.toContain('xmp:CreateDate');
    expect(xmp).not.toContain('pdf:Keywords');
  });
});

describe('the role map', () => {
  test("maps Chromium's PDF 2.0 types to PDF 1.7 ones, keeping a mapping already there", async () => {
    const pdf = await PDFDocument.create();
    pdf.catalog.set(PDFName.of('StructTreeRoot'), pdf.context.obj({ Type: 'StructTreeRoot', RoleMap: { Strong: 'Span', Aside: 'Div' } }));
    mapPdf2Roles(pdf);
    const map = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookup(PDFName.of('RoleMap'), PDFDict);
    expect(map.get(PDFName.of('Em'))).toBe(PDFName.of('Span'));
    expect(map.get(PDFName.of('Aside'))).toBe(PDFName.of('Div'));
  });
});
