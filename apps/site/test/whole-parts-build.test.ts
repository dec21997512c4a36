/**
 * A whole document too heavy for one page, built for real: the fixture's working draft with long measures,
 * released as 2025-deler, and the public build made (one build: the parts are laid out alike for every edition).
 * The version's parts each stay under the page budget, hold every section once, link to each other's sections, and
 * the PDF is printed from the print source, which the site never keeps. No public file holds anything unreleased
 * or hidden. The build is the one deep-nesting-build.test.ts reads (shared-builds.ts, longContentBuild).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { pageWeight } from '../scripts/page-weight.ts';
import { hiddenMarkers, markers } from './helpers.ts';
import { LONG_WORDS, prose, UNRELEASED_MARKER as unreleasedMarker } from './long-content.ts';
import { longContentBuild, sharedTree } from './shared-builds.ts';

let out = '';
let whole = '';
let publicFiles: ReadonlyMap<string, string>;
/** The version's PDF as text (the build's files are read with readTree, which reads PDFs with pdftotext). */
const pdfOf = () => publicFiles.get('versjoner/2025-deler/strategi-2025-deler.pdf') ?? '';

/** Every file under the part folder that is a part: `hele-dokumentet/index.html` and `del/<n>/index.html`. */
function partFiles(): string[] {
  const parts = readdirSync(path.join(whole, 'del')).sort((a, b) => Number(a) - Number(b));
  return [path.join(whole, 'index.html'), ...parts.map((n) => path.join(whole, 'del', n, 'index.html'))];
}

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));

beforeAll(async () => {
  out = (await longContentBuild()).out;
  whole = path.join(out, 'versjoner', '2025-deler', 'hele-dokumentet');
  publicFiles = sharedTree(out);
}, 600_000);

describe('a whole document in parts', () => {
  test('is split, every part ≤ 60 kB transferred, with one h1 and headings in order', () => {
    const files = partFiles();
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const relative = path.relative(out, file);
      const weight = pageWeight(out, relative);
      expect([relative, weight.total <= 60_000]).toEqual([relative, true]);
      const html = readFileSync(file, 'utf8');
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      const levels = [...main.matchAll(/<h([1-6])\b/g)].map((match) => Number(match[1]));
      expect([relative, levels.filter((level) => level === 1).length]).toEqual([relative, 1]);
      const skips = levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1);
      expect([relative, skips]).toEqual([relative, []]);
    }
  });

  test('shows every measure once, and every link to a section finds it on its part', () => {
    const files = partFiles();
    const htmlOf = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
    const measureSections = [...htmlOf.values()].flatMap((html) => [...html.matchAll(/<section id="(T-\d+)" class="whole-measure"/g)].map((m) => m[1]));
    expect(measureSections.sort()).toEqual(['T-1', 'T-3', 'T-4', 'T-5', 'T-9']);
    const wholeUrl = '/versjoner/2025-deler/hele-dokumentet/';
    let checked = 0;
    let toOtherParts = 0;
    for (const [file, html] of htmlOf) {
      for (const [, href] of html.matchAll(/href="([^"]*#[^"]+)"/g)) {
        const [address, id] = href!.split('#') as [string, string];
        if (address !== '' && !address.startsWith(wholeUrl)) continue;
        const target = address === '' ? file : path.join(out, address, 'index.html');
        expect([href, idsOf(htmlOf.get(target) ?? '').has(decodeURIComponent(id))]).toEqual([href, true]);
        checked++;
        if (target !== file) toOtherParts++;
      }
    }
    expect(checked).toBeGreaterThan(15);
    // Links that a part's contents or cross-references make to a section on another part.
    expect(toOtherParts).toBeGreaterThan(2);
  });

  test('the PDF has every part, and no print source is left in the site', () => {
    const names = readdirSync(out, { recursive: true }).map(String);
    expect(names.filter((name) => name.includes('utskrift'))).toEqual([]);
    const text = pdfOf().replace(/\s+/g, ' ');
    const last = readFileSync(partFiles().at(-1)!, 'utf8');
    // A goal's or a measure's heading on the last part (a focus area's there may be its continuation).
    const lastHeading = /<h[34][^>]*>([^<]+)<\/h[34]>/.exec(last.slice(last.indexOf('<main')))?.[1];
    expect(lastHeading).toBeDefined();
    expect(text).toContain(lastHeading!.replace(/\s+/g, ' ').trim());
    expect(text).toContain(prose(5, LONG_WORDS).slice(0, 60).replace(/\s+/g, ' '));
  });

  test('a section the parts continue from one part to the next is one section in the PDF', () => {
    const continued = partFiles().filter((file) => readFileSync(file, 'utf8').includes('(fortsettelse)'));
    expect(continued.length).toBeGreaterThan(0);
    const text = pdfOf();
    expect(text).not.toContain('fortsettelse');
  });
});

describe('a whole document in parts, published', () => {
  test('the released version is read in parts in the public build, and no print source is published', () => {
    const names = [...publicFiles.keys()];
    expect(names).toContain('versjoner/2025-deler/hele-dokumentet/del/2/index.html');
    expect(names).toContain('hele-dokumentet/del/2/index.html');
    expect(names.filter((name) => name.includes('utskrift'))).toEqual([]);
    expect(publicFiles.get('sitemap.xml') ?? '').not.toContain('utskrift');
    // The scan below reads the parts: the released long text is in them, and in the search index. T-5's (the fourth
    // measure's prose, long-content.ts) is on the second part.
    const released = prose(4, LONG_WORDS).slice(0, 60);
    const holding = names.filter((name) => publicFiles.get(name)!.includes(released));
    expect(holding.some((name) => name.startsWith('versjoner/2025-deler/hele-dokumentet/del/'))).toBe(true);
    expect(holding.some((name) => name.includes('/pagefind/'))).toBe(true);
  });

  test.each(Object.entries({ unreleased: unreleasedMarker, internalNote: markers.internalNote, ...hiddenMarkers }))(
    'no public file, the parts, their search index and the PDF included, holds the %s text',
    (_name, marker) => {
      expect([...publicFiles].filter(([, text]) => text.includes(marker)).map(([name]) => name)).toEqual([]);
    },
  );
});
