/**
 * The print source of a whole document typeset with Typst, without a site build: a small page in the shape of
 * views/WholeView.astro's print source goes through the HTML → Typst conversion and Typst's PDF/UA-1 export.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readPrintSource, typstDocument } from '../src/pdf/html-to-typst.ts';
import { openTypesetter } from '../src/pdf/typeset.ts';

const filler = (words: number) => Array.from({ length: words }, (_, i) => `ord${i}`).join(' ');
const page = (draft: boolean) => `<!DOCTYPE html><html lang="nb"><head><title>Utskrift</title></head><body>
<header class="site-header">Nettstedets meny</header>
<main id="hovedinnhold"><nav class="ds-breadcrumbs"><a href="/versjoner/">Alle versjoner</a></nav>
<header class="whole-cover" data-pdf-title="Strategi – Utkast" data-pdf-author="KD og KS" data-pdf-subject="Visjonen"${draft ? ' data-pdf-draft="UTKAST – ikke publisert"' : ''}>
<h1>Strategi</h1><p data-version-name><strong>Utkast</strong>, <time datetime="2024-01-02">2. januar 2024</time></p>
<dl class="facts"><dt>Periode</dt><dd>2024–2030</dd><dt>Eiere</dt><dd>KD og KS</dd></dl></header>
<p class="screen-only">Bare på skjermen</p>
<nav class="whole-contents" aria-labelledby="innhold"><h2 id="innhold">Innhold</h2><ol>
<li><span class="toc-line"><a href="#I-1">Innsatsområde 1: Barnehagen</a><span class="toc-page" data-toc-page="I-1"></span></span>
<ol><li><span class="toc-line"><a href="#M-1">Mål 1: Lek</a><span class="toc-page" data-toc-page="M-1"></span></span></li></ol></li>
<li><span class="toc-line"><a href="#kilder">Kilder</a><span class="toc-page" data-toc-page="kilder"></span></span></li></ol></nav>
<section id="I-1" class="whole-part"><h2>Innsatsområde 1: Barnehagen</h2><div class="body"><p>Se <a href="#M-1">målet</a> og <a href="/tiltak/T-1/">tiltaket</a>.<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref>1</a></sup></p>
<h4>Et underavsnitt</h4><p>${filler(900)}</p>
<h3></h3><h4> <br> </h4><p>Etter to tomme overskrifter (en «#» alene i teksten), som PDF/UA-1 ikke godtar som overskrifter.</p>
<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Fotnoter</h2><ol><li id="user-content-fn-1"><p>Fotnoten FOTNOTEMARKOR. <a href="#user-content-fnref-1" data-footnote-backref>↩</a></p></li></ol></section></div>
<section id="M-1" lang="nn"><h3>Mål 1: Lek</h3><p class="example-marker"><span class="ds-tag">Eksempel</span> Innhaldet er eit døme.</p></section></section>
<section id="kilder" class="whole-part"><h2>Kilder</h2><table><caption>Tiltak</caption><thead><tr><th>Id</th><th>Tittel</th></tr></thead><tbody><tr><td>T-1</td><td>Et tiltak</td></tr></tbody></table>
<ol class="source-list"><li><a href="https://lovdata.no/">Lovdata</a></li></ol>
${'<ul><li><p>Nivå</p>'.repeat(31)}DYPLISTEMARKOR${'</li></ul>'.repeat(31)}${'<blockquote>'.repeat(62)}DYPSITATMARKOR${'</blockquote>'.repeat(62)}</section>
</main><footer>Bunntekst</footer></body></html>`;

const dir = mkdtempSync(path.join(tmpdir(), 'strategi-typst-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const poppler = (tool: string, args: string[]) => spawnSync(tool, args, { encoding: 'utf8' }).stdout;

async function typeset(draft: boolean) {
  const file = path.join(dir, `${draft ? 'draft' : 'released'}.pdf`);
  const pdf = await openTypesetter({ origin: 'https://strategi.example.no', fonts: '/usr/share/fonts/truetype/dejavu' }).typeset(
    page(draft),
    '/versjoner/E/hele-dokumentet/utskrift/',
    {
      stableUrl: 'https://strategi.example.no/versjoner/E/',
    },
  );
  writeFileSync(file, pdf.bytes);
  return { file, pages: pdf.pages, text: poppler('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-']).split('\f').slice(0, -1) };
}

describe('the print source as Typst', () => {
  test('starts at the cover: the breadcrumbs, the site frame and what print hides are left out', () => {
    const markup = typstDocument(readPrintSource(page(false), 'p'), {
      colophon: [],
      texts: { page: 'Side', of: 'av', colophonLabel: 'Kolofon' },
      origin: 'https://x.no',
    });
    expect(markup).not.toMatch(/Alle versjoner|Nettstedets meny|Bunntekst|Bare på skjermen/);
    expect(markup).toContain('#set text(lang: "nn")');
    expect(markup).toContain('#link("https://x.no/tiltak/T-1/")');
  });

  test('a page without a cover is refused with its address', () => {
    expect(() => readPrintSource('<html><body><main><p>x</p></main></body></html>', '/versjoner/E/hele-dokumentet/utskrift/')).toThrow(
      '/versjoner/E/hele-dokumentet/utskrift/ has no .whole-cover',
    );
  });
});

describe('the typeset PDF', () => {
  test('has the cover, the colophon and the contents, each entry with its page and without a list number before its own name', async () => {
    const { text, file } = await typeset(false);
    expect(text[0]).toMatch(/Strategi[\s\S]*Periode\s+2024–2030/);
    expect(text[0]).not.toMatch(/Side \d/);
    expect(text[1]).toContain('Varig adresse: https://strategi.example.no/versjoner/E/');
    // Typst's own entry keeps the page number with its dots by a word joiner (U+2060), never alone on a line.
    expect(text[2]).toMatch(/^\s*Innsatsområde 1: Barnehagen[ .]*\s\u2060?\d+\s*$/m);
    expect(text[2]).toMatch(/^\s*Mål 1: Lek[ .]*\s\u2060?\d+\s*$/m);
    expect(text[2]).toMatch(/^\s*Kilder[ .]*\s\u2060?\d+\s*$/m);
    expect(text.join('')).toContain('FOTNOTEMARKOR');
    // Lists and quotes nested as deep as a body may be are typeset, the deepest levels as plain blocks.
    expect(text.join('')).toContain('DYPLISTEMARKOR');
    expect(text.join('')).toContain('DYPSITATMARKOR');
    expect(text.join('')).not.toContain('UTKAST');
    const xmp = poppler('pdfinfo', ['-meta', file]);
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Strategi – Utkast</rdf:li>');
  });

  test('text right after a line break, emphasis, code or a link is typeset as text, not read as Typst code', async () => {
    // A break at the end of a heading, and text that would continue an embedded expression: `.name` is a field,
    // `(…)` more arguments.
    const body =
      '<h4>Tittel med brudd <br></h4><p><em>kursiv</em>.len, <strong>fet</strong>(i parentes), <code>kode</code>.abc, ' +
      '<a href="https://x.no/">lenke</a>.b og <s>strøket</s>[1]. Linje<br>(ny linje)</p>';
    const html = page(false).replace('<h4>Et underavsnitt</h4>', body);
    const pdf = await openTypesetter({ origin: 'https://strategi.example.no', fonts: '/usr/share/fonts/truetype/dejavu' }).typeset(
      html,
      '/versjoner/E/hele-dokumentet/utskrift/',
    );
    const file = path.join(dir, 'after-inline.pdf');
    writeFileSync(file, pdf.bytes);
    const text = poppler('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(/\s+/g, ' ');
    expect(text).toContain('Tittel med brudd');
    expect(text).toContain('kursiv.len, fet(i parentes), kode.abc, lenke.b og strøket[1]. Linje (ny linje)');
  });

  test("marks a draft's every page, the cover and colophon included", async () => {
    const { text } = await typeset(true);
    expect(text.length).toBeGreaterThan(3);
    expect(text.filter((p) => !p.includes('UTKAST – ikke publisert'))).toEqual([]);
  });
});
