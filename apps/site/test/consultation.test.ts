/**
 * The consultation notice, on the fixture's consultation version (deadline 31 January 2023): built on a day before
 * the deadline (with the reason for the short period in the version's description), every page of that version and
 * the current version's front page say how to respond and by when, and the version's pages say why it is short;
 * built after it (the fixture's public build that build.test.ts reads too, made on the day the tests run), the
 * version's pages say the consultation is closed and the front page says nothing. The feed carries the deadline
 * either way. The day itself is page data (the last day counts as open), checked in page-data.test.ts.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { documentText, limits, parseFile, sealOf } from '@strategi/model';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureContent } from './helpers.ts';
import { fixturePublicBuild, fixtureSite, sharedTree } from './shared-builds.ts';
import { buildScratch, buildSite, readTree } from './site-build.ts';

const scratch = buildScratch('consultation');
const RESPONSE = 'https://www.regjeringen.no/no/dokumenter/horing-eksempel/id0000000/';
const SITE = `${fixtureSite.siteUrl}/`;
let before: Map<string, string>;
let after: ReadonlyMap<string, string>;
let beforeLog = '';
let afterLog = '';

beforeAll(async () => {
  const out = path.join(scratch, 'before');
  // Without the site's address and without PDFs: nothing here reads one, and the PDF step is most of a build's time.
  // The shared build asked for first: a file that waits for it then waits for one build, not two.
  const [shared, log] = await Promise.all([
    fixturePublicBuild(),
    buildSite(contentWithReason(path.join(scratch, 'content')), 'public', out, { STRATEGI_BUILD_DATE: '2023-01-15', STRATEGI_SITE_URL: '', STRATEGI_PDF: '0' }),
  ]);
  before = readTree(out);
  beforeLog = log;
  after = sharedTree(shared.out);
  afterLog = shared.log;
}, 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const REASON = 'Fristen følger av EØS-direktivet.';

/**
 * The fixture with the reason for its short consultation (47 days) in the version's description, sealed as
 * `strategi release --begrunnelse` writes it.
 */
function contentWithReason(content: string): string {
  cpSync(fixtureContent, content, { recursive: true });
  const file = path.join(content, 'versjoner', '2022-horing', 'versjon.md');
  const { data, body } = parseFile(readFileSync(file, 'utf8'), limits) as { data: { consultation: Record<string, string> }; body: string };
  data.consultation['shortDeadlineReason'] = REASON;
  writeFileSync(file, documentText({ ...data, seal: sealOf(data, body) }, body.trim()));
  return content;
}

const notice = (html: string | undefined) =>
  /<section[^>]*class="ds-alert consultation-notice"[^>]*data-consultation="(open|closed)"[\s\S]*?<\/section>/.exec(html ?? '');

describe('before the deadline', () => {
  test('every page of the consultation version shows the deadline and the link to respond', () => {
    const pages = [...before.keys()].filter((file) => file.startsWith('versjoner/2022-horing/') && file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const found = notice(before.get(file));
      expect(found?.[1], file).toBe('open');
      expect(found?.[0], file).toContain('31. januar 2023');
      expect(found?.[0], file).toContain(`href="${RESPONSE}"`);
    }
  });

  test('the current version’s front page points to the open consultation', () => {
    const found = notice(before.get('index.html'));
    expect(found?.[1]).toBe('open');
    expect(found?.[0]).toContain('href="/versjoner/2022-horing/"');
    expect(found?.[0]).not.toContain(REASON);
  });

  test('the version’s own pages give the reason recorded for the short period', () => {
    for (const file of ['versjoner/2022-horing/index.html', 'versjoner/2022-horing/mal/M-1/index.html']) {
      expect(notice(before.get(file))?.[0], file).toContain(`<p>Fristen er kortere enn tre måneder fordi: ${REASON}</p>`);
    }
  });
});

describe('after the deadline', () => {
  test('the version’s pages say the consultation is closed, without the link to respond', () => {
    const found = notice(after.get('versjoner/2022-horing/index.html'));
    expect(found?.[1]).toBe('closed');
    expect(found?.[0]).toContain('Høringen er avsluttet. Fristen var 31. januar 2023.');
    expect(found?.[0]).not.toContain(RESPONSE);
  });

  test('the front page no longer shows it, and a version without a consultation never does', () => {
    expect(notice(after.get('index.html'))).toBeNull();
    expect(notice(before.get('versjoner/2023-vedtatt/index.html'))).toBeNull();
  });
});

test('the feed gives the deadline and where to respond', () => {
  expect(after.get('feed.xml')).toContain(`Høringsfrist 2023-01-31. ${RESPONSE}`);
});

describe('the site’s address (STRATEGI_SITE_URL)', () => {
  test('without it the build says so, and the feed, sitemap, robots.txt and data name no host', () => {
    expect(beforeLog).toContain('STRATEGI_SITE_URL er ikke satt');
    for (const file of ['feed.xml', 'sitemap.xml', 'robots.txt', 'data/strategi.schema.json', 'data/2023-vedtatt/strategi.json', 'index.html']) {
      expect(before.get(file), file).toBeDefined();
      expect(before.get(file), file).not.toMatch(/example\.no|localhost/);
    }
    expect(before.get('feed.xml')).toContain('<link rel="self" href="/feed.xml"/>');
    expect(before.get('sitemap.xml')).not.toContain('<loc>');
    expect(before.get('robots.txt')).not.toContain('Sitemap:');
  });

  test('with it every address in the feed and the sitemap is absolute on that host', () => {
    expect(afterLog).not.toContain('STRATEGI_SITE_URL er ikke satt');
    expect(after.get('feed.xml')).toContain(`<link rel="self" href="${SITE}feed.xml"/>`);
    expect(after.get('sitemap.xml')).toContain(`<loc>${SITE}versjoner/</loc>`);
    expect(after.get('robots.txt')).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });
});
