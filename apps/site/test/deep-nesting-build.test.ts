/**
 * A body nested just within the limit (a list 31 levels deep, quotes 60 deep) is released and built once, for real:
 * the build succeeds, and the text at the bottom of the nesting reaches the page, the JSON export and the search
 * index and the PDF; release notes nested as deep reach the feed, which stays well-formed XML.
 */
import { appendFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyFixtureContent, strategi } from './archive-helpers.ts';
import { xmlProblem } from './parse-back.ts';
import { buildScratch, buildSite, readTree } from './site-build.ts';

const LIST_MARKER = 'LISTEBUNNMARKOR7Q';
const QUOTE_MARKER = 'SITATBUNNMARKOR4K';
const NOTES_MARKER = 'NOTATBUNNMARKOR2D';
const VERSION = '2025-dyp';

/** A list of `levels` items, each nested in the one before, with `marker` in the deepest. */
const nestedList = (levels: number, marker: string) =>
  Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- Punkt ${i + 1}${i === levels - 1 ? ` ${marker}` : ''}`).join('\n');

const scratch = buildScratch('deep-nesting');
let files: Map<string, string>;
let log: string;

/** The version's PDF as text, white space taken out. */
const pdfText = () => (files.get(`versjoner/${VERSION}/strategi-${VERSION}.pdf`) ?? '').replace(/\s+/g, '');

const named = (marker: string, pattern: RegExp) => [...files].filter(([name, text]) => pattern.test(name) && text.includes(marker)).map(([name]) => name);

beforeAll(() => {
  const content = copyFixtureContent(scratch);
  // Depth 64 each (the limit): 31 lists of an item with a paragraph and its text; 62 quotes, a paragraph and its text.
  appendFileSync(path.join(content, 'tiltak', 'T-3.md'), `\n${nestedList(31, LIST_MARKER)}\n\n${'> '.repeat(62)}${QUOTE_MARKER}\n`);
  strategi(
    content,
    'release',
    VERSION,
    '--status',
    'vedtatt',
    // Only substantial changes are in the feed.
    '--change',
    'vesentlig',
    '--change-note',
    'Dypt nøstet tekst.',
    '--notes',
    nestedList(31, NOTES_MARKER),
    '--date',
    '2025-03-01',
    '--yes',
  );
  const out = path.join(scratch, 'public');
  log = buildSite(content, 'public', out, { STRATEGI_BUILD_DATE: '2025-09-30', STRATEGI_CACHE_DIR: path.join(scratch, 'cache') });
  files = readTree(out);
}, 600_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a body nested just within the limit, released and built', () => {
  test('builds without a stack overflow', () => {
    expect(log).not.toMatch(/RangeError|Maximum call stack/);
  });

  test('its page keeps the nesting, and holds the text at the bottom of both', () => {
    const pages = named(LIST_MARKER, new RegExp(`^versjoner/${VERSION}/.*\\.html$`));
    expect(pages.length).toBeGreaterThan(0);
    const page = files.get(pages.find((name) => name.includes('T-3')) ?? pages[0]!)!;
    expect(page.match(/<ul>/g)!.length).toBeGreaterThanOrEqual(31);
    expect(page.match(/<blockquote>/g)!.length).toBeGreaterThanOrEqual(62);
    expect(page).toContain(QUOTE_MARKER);
  });

  test('the JSON export and the search index hold it, and the PDF is printed', () => {
    const json = files.get(`data/${VERSION}/strategi.json`)!;
    expect(JSON.stringify(JSON.parse(json))).toContain(LIST_MARKER);
    expect(named(LIST_MARKER, /(^|\/)pagefind\/fragment\//).length).toBeGreaterThan(0);
    expect(named(QUOTE_MARKER, /(^|\/)pagefind\/fragment\//).length).toBeGreaterThan(0);
    // The PDF is printed and holds the text of the page (a word may break over lines in a narrow column).
    expect(pdfText()).toContain('Punkt1Punkt2Punkt3');
  });

  // Each level of a list or quote indents again; past the fourth the style sheet indents only a little, so that the
  // text at the bottom of 31 lists and 62 quotes stays inside the printed area.
  test('the PDF holds the text at the bottom of the nesting', () => {
    expect(pdfText()).toContain(LIST_MARKER);
    expect(pdfText()).toContain(QUOTE_MARKER);
  });

  test('the feed has the release notes from the bottom of their nesting, and is well-formed XML', () => {
    const feed = files.get('feed.xml')!;
    expect(xmlProblem(feed)).toBeUndefined();
    expect(feed).toContain(NOTES_MARKER);
  });
});
