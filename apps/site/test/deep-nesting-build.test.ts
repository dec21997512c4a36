/**
 * A body nested just within the limit (a list 31 levels deep, quotes 60 deep) is released and built once, for real:
 * the build succeeds, and the text at the bottom of the nesting reaches the page, the JSON export and the search
 * index and the PDF; release notes nested as deep reach the feed, which stays well-formed XML. The build is the one
 * whole-parts-build.test.ts reads (shared-builds.ts, longContentBuild): the nesting is in a long measure's body.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { LIST_MARKER, NOTES_MARKER, QUOTE_MARKER, LONG_VERSION as VERSION } from './long-content.ts';
import { xmlProblem } from './parse-back.ts';
import { longContentBuild, sharedTree } from './shared-builds.ts';

let files: ReadonlyMap<string, string>;
let log: string;

/** The version's PDF as text, white space taken out. */
const pdfText = () => (files.get(`versjoner/${VERSION}/strategi-${VERSION}.pdf`) ?? '').replace(/\s+/g, '');

const named = (marker: string, pattern: RegExp) => [...files].filter(([name, text]) => pattern.test(name) && text.includes(marker)).map(([name]) => name);

beforeAll(async () => {
  const build = await longContentBuild();
  log = build.log;
  files = sharedTree(build.out);
}, 600_000);

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
