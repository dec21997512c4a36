/**
 * Builds the site twice from the fixture content (public and preview, into folders of their own) and reads every
 * file written, Pagefind's compressed index included. The public build must hold nothing unreleased, and no build
 * may hold what the page hides (comments, unused link definitions, scripts and handlers in bodies and release
 * notes): every export — pages, JSON, CSV, feed, sitemap, search index — goes through the same sanitising.
 * The public build is the run's shared one (shared-builds.ts, fixturePublicBuild), which consultation.test.ts and
 * measure-status-build.test.ts read too: the fixture with one more progress report, which changes no marker's place.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderBody } from '@strategi/model/render';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildPdfs } from '../src/pdf/build-pdfs.ts';
import { filesHolding, fixtureContent, hiddenMarkers, markers, publishedReportMarker } from './helpers.ts';
import { fixturePublicBuild, fixtureSite, sharedTree } from './shared-builds.ts';
import { buildScratch, buildSite, readTree } from './site-build.ts';

/** Debian's fonts-dejavu-core, the build plan's default for the PDFs' fonts. */
const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const scratch = buildScratch('build');
const { repoUrl } = fixtureSite;
const out = { public: '', preview: path.join(scratch, 'preview') };
const draftMarks = ['UTKAST – ikke publisert', 'UTKAST – ikkje publisert'];
/** The text of each page of a PDF as read by pdftotext (pages end with a form feed). */
const pdfPages = (text: string) =>
  text
    .slice(text.indexOf('\n\n') + 2)
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ' '));

let publicFiles: ReadonlyMap<string, string>;
let previewFiles: Map<string, string>;
beforeAll(async () => {
  // Both with a repository for edit links: only the preview may link to the sources.
  // With the site's address, as a real build: the sitemap lists every page, so the markers are looked for there too.
  // They share nothing but the parse and PDF caches, whose writes are atomic: the preview builds here while another
  // file may be building the public one.
  const env = {
    STRATEGI_REPO_URL: repoUrl,
    STRATEGI_SITE_URL: fixtureSite.siteUrl,
    STRATEGI_CACHE_DIR: path.join(inject('sharedBuilds'), 'cache'),
  };
  const [shared] = await Promise.all([fixturePublicBuild(), buildSite(fixtureContent, 'preview', out.preview, env)]);
  out.public = shared.out;
  publicFiles = sharedTree(out.public);
  previewFiles = readTree(out.preview);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the public build', () => {
  test('reads every kind of file it wrote, the search index included', () => {
    const names = [...publicFiles.keys()];
    expect(names.some((name) => /^versjoner\/[^/]+\/pagefind\/fragment\/.+\.pf_fragment$/.test(name))).toBe(true);
    expect(names).toEqual(
      expect.arrayContaining([
        'index.html',
        'feed.xml',
        'sitemap.xml',
        'robots.txt',
        '_headers',
        'data/2024-revidert/strategi.json',
        'data/2024-revidert/tiltak.csv',
      ]),
    );
    // The fragments really were decompressed: released text is findable in them.
    expect(filesHolding(publicFiles, 'Kompetansepakke for barnehageansatte').some((name) => /(^|\/)pagefind\/fragment\//.test(name))).toBe(true);
  });

  test.each(Object.entries({ ...markers, ...hiddenMarkers }))('contains no %s text anywhere', (_name, marker) => {
    expect(filesHolding(publicFiles, marker)).toEqual([]);
  });

  test('the files the markers are checked in are every export: pages, JSON, CSV, feed, sitemap, search index', () => {
    const kinds = new Set([...publicFiles.keys()].map((name) => (/(^|\/)pagefind\//.test(name) ? 'pagefind' : path.extname(name))));
    expect([...kinds].filter((kind) => ['.html', '.json', '.csv', '.xml', '.pdf', 'pagefind'].includes(kind)).sort()).toEqual([
      '.csv',
      '.html',
      '.json',
      '.pdf',
      '.xml',
      'pagefind',
    ]);
    expect(publicFiles.get('sitemap.xml')).toContain('/versjoner/2022-horing/');
  });

  test('the JSON publishes each body as the page shows it: references inline, no comment, definition or raw HTML', () => {
    const json = JSON.parse(publicFiles.get('data/2024-revidert/strategi.json') ?? '{}') as { documents: Record<string, { id: string; body: string }[]> };
    expect(json.documents['tiltak']?.find((doc) => doc.id === 'T-1')?.body).toBe(
      'Udir lager en kompetansepakke om digital praksis og personvern i barnehagen. Les [veilederen](https://www.udir.no/).',
    );
    expect(json.documents['strategi']?.[0]?.body).toBe(
      'Strategien samler staten og kommunesektoren om felles mål. Les om [det første tiltaket](tiltak:T-1) og om [målet for barnehagen](mal:M-1).',
    );
  });

  test('release notes are Markdown through the sanitiser on the version page, and plain text in the feed and search', () => {
    const page = publicFiles.get('versjoner/2022-horing/index.html') ?? '';
    expect(page).toContain('<p>Sendt på høring. </p>');
    expect(page).toContain('<p>Se <span><strong>høringssiden</strong></span>.</p>');
    expect(publicFiles.get('feed.xml')).toContain('<summary>Høringsutkast. Sendt på høring. Se høringssiden.');
    const fragments = [...publicFiles].filter(([name, text]) => /(^|\/)pagefind\/fragment\//.test(name) && text.includes('Sendt på høring.'));
    expect(fragments.length).toBeGreaterThan(0);
  });

  test('a stray <title> with <b> and <i> after it builds, rendered by the model', async () => {
    const page = publicFiles.get('innsatsomrader/I-1/index.html') ?? '';
    const html = await renderBody('Barnehagen skal gi barna gode erfaringer med digitale verktøy.\n\n<title>\n\nTekst <b>fet\n\nTekst <i>kursiv', {
      resolveLink: () => undefined,
    });
    expect(html).toBe('<p>Barnehagen skal gi barna gode erfaringer med digitale verktøy.</p>\n\nTekst &#x3C;b>fet\n<p>Tekst <i>kursiv</i></p>');
    expect(page).toContain(`<div class="body">${html}</div>`);
  });

  test('has no review overview, edit links or internal notes', () => {
    expect(filesHolding(publicFiles, 'vscode://')).toEqual([]);
    expect(filesHolding(publicFiles, repoUrl)).toEqual([]);
    expect(filesHolding(publicFiles, 'data-internal-note')).toEqual([]);
    expect(filesHolding(publicFiles, 'Til gjennomgang')).toEqual([]);
    expect(filesHolding(publicFiles, 'Kildefil:')).toEqual([]);
  });

  test('has no pages of unreleased editions and no preview marks', () => {
    const names = [...publicFiles.keys()];
    expect(
      names.filter((name) => name.startsWith('versjoner/utkast/') || name.startsWith('versjoner/2022-utkast/') || name.startsWith('data/utkast/')),
    ).toEqual([]);
    expect(filesHolding(publicFiles, 'noindex')).toEqual([]);
    expect(publicFiles.get('robots.txt')).toContain('Allow: /');
  });

  test('every page has one h1, a lang, and no inline script, style or event handler', () => {
    const pages = [...publicFiles].filter(([name]) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    for (const [name, html] of pages) {
      expect([name, html.match(/<h1[\s>]/g)?.length]).toEqual([name, 1]);
      expect(html).toMatch(/^<!DOCTYPE html><html lang="(nb|nn|en)"/i);
      expect([name, html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)]).toEqual([name, null]);
      expect([name, html.match(/<style|\sstyle="|\son[a-z]+="/g)]).toEqual([name, null]);
    }
  });

  test('has a PDF of every published version and of the current one at a stable name, none of a draft, none marked as one', () => {
    const pdfs = [...publicFiles.keys()].filter((name) => name.endsWith('.pdf')).sort();
    expect(pdfs).toEqual([
      'strategi.pdf',
      'versjoner/2022-horing/strategi-2022-horing.pdf',
      'versjoner/2023-vedtatt/strategi-2023-vedtatt.pdf',
      'versjoner/2024-revidert/strategi-2024-revidert.pdf',
    ]);
    expect(publicFiles.get('strategi.pdf')).toContain('Revidert strategi 2024');
    for (const name of pdfs) for (const mark of draftMarks) expect([name, publicFiles.get(name)?.includes(mark)]).toEqual([name, false]);
  });

  test("a version's pages link to its PDF with its size", () => {
    const size = Math.round(statSync(path.join(out.public, 'versjoner/2022-horing/strategi-2022-horing.pdf')).size / 1000);
    for (const page of ['versjoner/2022-horing/index.html', 'versjoner/2022-horing/hele-dokumentet/index.html']) {
      const html = publicFiles.get(page) ?? '';
      expect(html).toContain('href="/versjoner/2022-horing/strategi-2022-horing.pdf"');
      expect(html).toContain(`<span data-strategi-pdf-size="2022-horing">(PDF, ${size} kB)</span>`);
    }
    expect(publicFiles.get('index.html')).toContain('href="/strategi.pdf"');
  });

  test('prints each PDF from a print source of the whole document and publishes no print source', () => {
    const names = [...publicFiles.keys()];
    expect(names.filter((name) => name.includes('utskrift'))).toEqual([]);
    expect(publicFiles.get('sitemap.xml')).not.toContain('utskrift');
  });

  test('a PDF step over unchanged pages takes every PDF from the cache; a changed document is printed again', async () => {
    // The build took its print sources out; these are its whole-document pages put back in their place (the fixture's fit on one page).
    const dist = path.join(scratch, 'pdf-again');
    cpSync(out.public, dist, { recursive: true });
    const editions = ['2022-horing', '2023-vedtatt'];
    rmSync(path.join(dist, 'versjoner', '2024-revidert'), { recursive: true });
    const source = (id: string) => path.join(dist, 'versjoner', id, 'hele-dokumentet', 'utskrift', 'index.html');
    for (const id of editions) {
      mkdirSync(path.dirname(source(id)), { recursive: true });
      copyFileSync(path.join(dist, 'versjoner', id, 'hele-dokumentet', 'index.html'), source(id));
    }
    const step = () =>
      buildPdfs({
        dist,
        origin: 'https://strategi.example.no',
        mode: 'public',
        cacheDir: path.join(scratch, 'pdf-again-cache'),
        enabled: true,
        fonts: DEJAVU,
      });
    const first = await step();
    expect([...first.pdfs.values()].map((pdf) => pdf.from)).toEqual(['typst', 'typst']);
    expect(editions.map((id) => existsSync(source(id)))).toEqual([false, false]);
    for (const id of editions) {
      mkdirSync(path.dirname(source(id)), { recursive: true });
      copyFileSync(path.join(dist, 'versjoner', id, 'hele-dokumentet', 'index.html'), source(id));
    }
    writeFileSync(source('2022-horing'), readFileSync(source('2022-horing'), 'utf8').replace('</main>', '<p>Et nytt avsnitt.</p></main>'));
    const changed = await step();
    expect(Object.fromEntries([...changed.pdfs].map(([id, pdf]) => [id, pdf.from]))).toEqual({ '2022-horing': 'typst', '2023-vedtatt': 'cache' });
  });

  test('a published progress report reaches the current version: dated status on the measure page, the progress page and the feed', () => {
    const measure = publicFiles.get('tiltak/T-1/index.html') ?? '';
    expect(measure).toContain('Status: Fullført, per 20. mai 2025');
    expect(measure).toContain(`Leveransen er ferdig ${publishedReportMarker}.`);
    expect(measure).toContain('data-measure-status="fullført"');
    const progress = publicFiles.get('fremdrift/index.html') ?? '';
    expect(progress).toContain('data-report="F-1"');
    expect(progress).toContain('href="/fremdrift/2025-06-05/"');
    // A progress page for a day before the report was published does not use it.
    expect(publicFiles.get('fremdrift/2024-06-01/index.html')).not.toContain(publishedReportMarker);
    expect(publicFiles.get('fremdrift/2025-06-05/index.html')).toContain(publishedReportMarker);
    expect(publicFiles.get('feed.xml')).toContain('<title>Fremdriftsrapport: Status per 1. juni 2025</title>');
    // An older version's pages keep the status of their own text.
    expect(publicFiles.get('versjoner/2023-vedtatt/tiltak/T-1/index.html')).not.toContain(publishedReportMarker);
  });

  test('a former id redirects to the renamed document', () => {
    const html = publicFiles.get('tiltak/T-2/index.html') ?? '';
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/tiltak/T-4/">');
    expect(html).toContain('href="/tiltak/T-4/"');
  });

  test('a nynorsk document keeps the site’s interface language, its own words marked nynorsk', () => {
    const html = publicFiles.get('versjoner/2024-revidert/tiltak/T-3/index.html') ?? '';
    expect(html).toMatch(/^<!DOCTYPE html><html lang="nb"/i);
    expect(html).toContain('Hopp til hovedinnholdet');
    expect(html).not.toContain('Hopp til hovudinnhaldet');
    expect(html).toMatch(/<h1 class="ds-heading" data-size="lg" lang="nn">/);
    expect(html).toMatch(/<div class="body" lang="nn"/);
  });
});

describe('the preview build', () => {
  test('contains the working draft and the draft version', () => {
    expect(filesHolding(previewFiles, markers.workingDraft)).toEqual(
      expect.arrayContaining(['versjoner/utkast/tiltak/T-9/index.html', 'data/utkast/strategi.json']),
    );
    expect(filesHolding(previewFiles, markers.draftVersion)).toEqual(expect.arrayContaining(['versjoner/2022-utkast/index.html']));
    expect(filesHolding(previewFiles, markers.workingDraft).some((name) => name.includes('/pagefind/'))).toBe(true);
  });

  test.each(Object.entries(hiddenMarkers))('still never holds %s text', (_name, marker) => {
    expect(filesHolding(previewFiles, marker)).toEqual([]);
  });

  test('has a PDF of each draft, marked «UTKAST – ikke publisert» on every page, and of each released version without the mark', () => {
    for (const name of ['versjoner/2022-utkast/strategi-2022-utkast.pdf', 'versjoner/utkast/strategi-utkast.pdf']) {
      const pages = pdfPages(previewFiles.get(name) ?? '');
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.map((text, i) => [name, i + 1, draftMarks.some((mark) => text.includes(mark))])).toEqual(pages.map((_, i) => [name, i + 1, true]));
    }
    expect(previewFiles.get('versjoner/utkast/strategi-utkast.pdf')).toContain(markers.workingDraft);
    const released = previewFiles.get('versjoner/2024-revidert/strategi-2024-revidert.pdf') ?? '';
    expect(released).toContain('Revidert strategi 2024');
    for (const mark of draftMarks) expect(released).not.toContain(mark);
  });

  test('marks the invented passage of a body right before it, on the document page, the whole-document page and in the PDF', () => {
    const passage =
      '<div class="example-passage" role="note" aria-label="Eksempel"><p class="example-passage__label" data-pagefind-ignore><span class="ds-tag" data-color="warning">Eksempel</span> Avsnittet bygger ikke på kjente fakta.</p><p>Tre barnehager prøver tiltaket først. Avsnittet er oppdiktet: PASSASJEMARKOR5E.</p></div>';
    for (const name of ['versjoner/utkast/tiltak/T-9/index.html', 'versjoner/utkast/hele-dokumentet/index.html']) {
      const html = previewFiles.get(name) ?? '';
      // Exactly one mark, around the invented paragraph only: the real paragraphs before and after stand outside it.
      expect([name, html.match(/class="example-passage"/g)?.length]).toEqual([name, 1]);
      expect([
        name,
        html.includes(`<p>Dette tiltaket finnes bare i arbeidsutkastet: UTKASTMARKOR7Q.</p>\n${passage}\n<p>Tiltaket følges opp i neste handlingsplan.</p>`),
      ]).toEqual([name, true]);
    }
    const pdf = pdfPages(previewFiles.get('versjoner/utkast/strategi-utkast.pdf') ?? '').join(' ');
    expect(pdf).toMatch(/UTKASTMARKOR7Q\. Eksempel Avsnittet bygger ikke på kjente fakta\. Tre barnehager prøver tiltaket først\./);
    // The data keep the mark as Markdown; search finds the passage but not its label.
    expect(previewFiles.get('data/utkast/strategi.json')).toContain(':::eksempel\\nTre barnehager prøver tiltaket først.');
    const search = [...previewFiles].filter(([name]) => name.startsWith('versjoner/utkast/pagefind/fragment/'));
    expect(search.some(([, text]) => text.includes('PASSASJEMARKOR5E'))).toBe(true);
    expect(search.filter(([, text]) => text.includes('Avsnittet bygger ikke på kjente fakta'))).toEqual([]);
  });

  test('shows internal notes on their pages and the overview, marked internal, but never in data or the search index', () => {
    const holding = filesHolding(previewFiles, markers.internalNote);
    expect(holding).toEqual(expect.arrayContaining(['index.html', 'versjoner/utkast/tiltak/T-3/index.html', 'versjoner/2024-revidert/tiltak/T-3/index.html']));
    expect(holding.filter((name) => !name.endsWith('.html'))).toEqual([]);
    const page = previewFiles.get('versjoner/utkast/tiltak/T-3/index.html') ?? '';
    expect(page).toMatch(
      /<aside class="ds-alert review-note"[^>]*data-internal-note[^>]*data-pagefind-ignore="all"[^>]*>\s*<p><span class="ds-tag" data-color="info">Intern merknad<\/span>/,
    );
  });

  test('the front page is the review of the working draft, with each problem in words and its place linked to its line', () => {
    const front = previewFiles.get('index.html') ?? '';
    expect(front).toContain('<h1 class="ds-heading" data-size="lg">Til gjennomgang: Arbeidsutkast</h1>');
    expect(front).toContain('href="/endringer/2024-revidert/utkast/#T-9"');
    expect(front).toContain(`href="vscode://file${path.join(fixtureContent, 'mal', 'M-4.md')}:2:5"`);
    expect(front).toContain('Kildefil: content/mal/M-4.md');
    expect(front).toContain(`href="${repoUrl}content/mal/M-4.md"`);
    // No validator line (path:line:col  warning  …), no path relative to where the build ran.
    for (const [name, html] of previewFiles) {
      if (!name.endsWith('.html')) continue;
      const text = html.replace(/<[^>]*>/g, ' ');
      expect([name, /\bwarning\b|\.\.\/\S*content\//.test(text) || /<pre>|href="[^"]*\.\.\/[^"]*content\//.test(html)]).toEqual([name, false]);
    }
  });

  test('marks every page as an unindexed preview and shows the validator warnings', () => {
    for (const [name, html] of previewFiles) {
      if (!name.endsWith('.html')) continue;
      expect([name, html.includes('<meta name="robots" content="noindex, nofollow">')]).toEqual([name, true]);
      expect([name, html.includes('Forhåndsvisning — ikke publisert') || html.includes('Førehandsvising — ikkje publisert')]).toEqual([name, true]);
    }
    expect(previewFiles.get('robots.txt')).toBe('User-agent: *\nDisallow: /\n');
    expect(previewFiles.get('versjoner/utkast/mal/M-4/index.html')).toContain('<code>link/goal-without-measure</code>');
  });
});
