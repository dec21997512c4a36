/**
 * The preview as a reviewer's workspace, on the demonstration with a planted draft change: the repository's examples/
 * is copied to a scratch folder, a measure is changed and given an internal note, and a goal without measures (in
 * English) is added. Both builds are made from that copy. The preview's front page must list the changes and the
 * problem with its place linked to the source line, show the internal notes, link every document page to its source,
 * and pass axe; the public build must hold none of it, nor the editors' source-level diff.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '@strategi/model';
import { axeViolations } from '@strategi/testing/axe';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildScratch, buildSite, readTree } from '../site-build.ts';
import { fitsWidth } from './harness/axe.ts';
import { diffPairs } from './harness/examples.ts';
import { siteRoot } from './harness/paths.ts';
import { useSite } from './harness/session.ts';
import { type StaticServer, serveStatic } from './harness/static-server.ts';

const repoUrl = 'https://github.com/org/strategi/edit/main/';
const plantedNote = 'Sjekk tallene med KS før høringen. PLANTETNOTAT';
const plantedTitle = 'Utrede en felles støttetjeneste PLANTETENDRING';

const scratch = buildScratch('review');
/**
 * The copy is made under the repository's node_modules/.cache, where the model keeps the parse cache of examples/ (the
 * builds and checks of the demonstration fill it) and finds it from the content folder: the copy differs from
 * examples/ in three files, so the test's read of the corpus and both builds' take the other 260 from that cache.
 * In the temporary folder the copy had no cache, and each of the three reads parsed the whole corpus again.
 */
const copies = path.join(siteRoot, '..', '..', 'node_modules', '.cache');
mkdirSync(copies, { recursive: true });
const contentCopy = path.join(mkdtempSync(path.join(copies, 'strategi-review-')), 'content');
const out = { public: path.join(scratch, 'public'), preview: path.join(scratch, 'preview') };
const servers: StaticServer[] = [];
let previewOrigin = '';
/** The release the working draft is compared with: the newest public version of the demonstration. */
let latest = { id: '', label: '' };
/** The internal notes of the demonstration, in every version (each must stay out of the public build)… */
let realNotes: string[] = [];
/** …and in the working draft, which the overview lists. */
let workingNotes: string[] = [];
/** Every file of the public build with its text (readTree), once the build is done. */
let publicFiles: Promise<Map<string, string>> | undefined;

/** The text of every `internalNote:` line in the Markdown files under `folder` (without `versjoner/` unless `all`). */
function notesIn(folder: string, all = true): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .filter((entry) => all || !path.relative(folder, entry.parentPath).split(path.sep).includes('versjoner'))
    .flatMap((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8').match(/^internalNote: (.+)$/m)?.[1] ?? []);
}

/** The text of an element with its white space collapsed, as a reader sees it run together. */
const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  cpSync(path.resolve(siteRoot, '../../examples'), contentCopy, { recursive: true });
  realNotes = notesIn(contentCopy);
  workingNotes = notesIn(contentCopy, false);
  const measure = path.join(contentCopy, 'tiltak', 'T-1.md');
  const text = readFileSync(measure, 'utf8');
  writeFileSync(measure, text.replace(/^title: .+$/m, `title: ${plantedTitle}`).replace(/^lang: nb$/m, `lang: nb\ninternalNote: ${plantedNote}`));
  // A released measure's new title is a changed promise, which the draft must explain in its fates to build.
  const strategy = path.join(contentCopy, 'strategi.md');
  const fate = '  - measure: T-1\n    fate: endret\n    reason: Planlagt endring til gjennomlesing.\n';
  const strategyText = readFileSync(strategy, 'utf8');
  writeFileSync(
    strategy,
    /^fates:\n/m.test(strategyText) ? strategyText.replace(/^fates:\n/m, `fates:\n${fate}`) : strategyText.replace(/^vision:/m, `fates:\n${fate}vision:`),
  );
  writeFileSync(
    path.join(contentCopy, 'mal', 'M-90.md'),
    '---\nid: M-90\ntitle: A planted goal without measures\nfocusArea: I-1\nlang: en\n---\nA goal in English that no measure serves yet.\n',
  );
  const newest = (await loadCorpus(contentCopy)).versions.filter((version) => version.isPublic).at(-1)!;
  latest = { id: newest.id, label: newest.version!.label };
  // No PDFs in the preview: nothing here reads them (pdf.test.ts checks the demonstration's draft PDF).
  const preview = buildSite(contentCopy, 'preview', out.preview, { STRATEGI_REPO_URL: repoUrl, STRATEGI_PDF: '0' });
  // The public build (its PDFs printed in Chromium) goes on while the preview's tests drive the browser; the tests of
  // the public build wait for it and read its files once.
  publicFiles = buildSite(contentCopy, 'public', out.public, { STRATEGI_REPO_URL: repoUrl }).then(() => readTree(out.public));
  // Its failure is reported by the tests that wait for it, not as an unhandled rejection meanwhile.
  publicFiles.catch(() => undefined);
  await preview;
  servers.push(await serveStatic(out.preview));
  previewOrigin = servers[0]!.origin;
}, 300_000);

afterAll(async () => {
  await Promise.allSettled([publicFiles, ...servers.map((server) => server.close())]);
  rmSync(scratch, { recursive: true, force: true });
  rmSync(path.dirname(contentCopy), { recursive: true, force: true });
});

describe('the preview for a reviewer', () => {
  const site = useSite();

  test('the front page says what is under review, against which release, and lists the changed documents', async () => {
    const { page, errors } = await site.open(previewOrigin);
    await page.goto('/');
    expect(await text(page.locator('h1'))).toBe('Til gjennomgang: Arbeidsutkast');
    expect(await text(page.locator('main p').first())).toContain(`sammenlignet med ${latest.label}`);
    const changed = page.locator('[data-change="changed"] li[data-doc="T-1"]');
    expect(await text(changed)).toContain(`T-1: ${plantedTitle}`);
    expect(await text(changed)).toContain('Endret: tittel');
    const added = page.locator('[data-change="added"] li[data-doc="M-90"]');
    expect(await text(added)).toContain('M-90: A planted goal without measures');

    // The document link opens its page in the working draft, the diff link its entry in the comparison.
    await changed.getByRole('link', { name: `T-1: ${plantedTitle}` }).click();
    await page.waitForURL(`${previewOrigin}/versjoner/utkast/tiltak/T-1/`);
    await page.goBack();
    await changed.getByRole('link', { name: 'se endringene' }).click();
    await page.waitForURL(new RegExp(`/endringer/${latest.id}/utkast/#T-1$`));
    expect(await page.locator('#T-1').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  test('every problem is in words, grouped by its document, with the place linked to the source line', async () => {
    const { page } = await site.open(previewOrigin);
    await page.goto('/');
    const group = page.locator('.review-problem-group[data-file="content/mal/M-90.md"]');
    expect(await text(group.locator('h3'))).toBe('Mål M-90: A planted goal without measures');
    const problem = group.locator('li[data-rule="link/goal-without-measure"]');
    expect(await text(problem)).toContain('Advarsel Ingen tiltak bidrar til målet «M-90».');
    expect(await text(problem)).toContain('Slik retter du det:');
    const place = problem.getByRole('link', { name: 'linje 2, kolonne 5' });
    expect(await place.getAttribute('href')).toBe(`vscode://file${encodeURI(path.join(contentCopy, 'mal', 'M-90.md'))}:2:5`);
    expect(await group.getByRole('link', { name: 'Rediger på nett' }).getAttribute('href')).toBe(`${repoUrl}content/mal/M-90.md`);
    // Nothing of the validator's terminal line: no English severity, no path relative to where the build ran.
    expect(await text(page.locator('main'))).not.toMatch(/\bwarning\b|\.\.\//);
    await group.getByRole('link', { name: 'A planted goal without measures' }).click();
    await page.waitForURL(`${previewOrigin}/versjoner/utkast/mal/M-90/`);
  });

  test('internal notes are in the overview and on their pages, marked internal', async () => {
    const { page } = await site.open(previewOrigin);
    await page.goto('/');
    const entry = page.locator('.review-note-entry[data-doc="T-1"]');
    expect(await text(entry.locator('.review-note p').first())).toBe('Intern merknad Vises bare i forhåndsvisningen og publiseres aldri.');
    expect(await text(entry.locator('.review-note-text'))).toBe(plantedNote);
    expect(await page.locator('.review-note-entry').count()).toBe(workingNotes.length + 1);
    await page.goto('/versjoner/utkast/tiltak/T-1/');
    const note = page.getByRole('complementary', { name: 'Intern merknad' });
    expect(await note.isVisible()).toBe(true);
    expect(await text(note)).toContain(plantedNote);
  });

  test('every document page links to its source, in the web editor and in VS Code, in the interface language', async () => {
    const { page } = await site.open(previewOrigin);
    await page.goto('/versjoner/utkast/tiltak/T-1/');
    expect(await page.getByRole('link', { name: 'Rediger på nett' }).getAttribute('href')).toBe(`${repoUrl}content/tiltak/T-1.md`);
    expect(await page.getByRole('link', { name: 'Åpne i VS Code' }).getAttribute('href')).toBe(
      `vscode://file${encodeURI(path.join(contentCopy, 'tiltak', 'T-1.md'))}`,
    );
    expect(await page.getByText('Du leser arbeidsutkastet').isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Se hva som skal gjennomgås' }).click();
    await page.waitForURL(`${previewOrigin}/`);

    // A document in English keeps the strategy's interface language (one language per page), its warning included.
    await page.goto('/versjoner/utkast/mal/M-90/');
    expect(await page.getByRole('link', { name: 'Rediger på nett' }).getAttribute('href')).toBe(`${repoUrl}content/mal/M-90.md`);
    expect(await page.getByRole('link', { name: 'linje 2, kolonne 5' }).getAttribute('href')).toMatch(/\/content\/mal\/M-90\.md:2:5$/);
    expect(await page.getByText('Du leser arbeidsutkastet').isVisible()).toBe(true);

    // A released version's page links to its frozen copy.
    await page.goto('/versjoner/2023-vedtatt/handlingsplaner/H-1/');
    expect(await page.getByRole('link', { name: 'Rediger på nett' }).getAttribute('href')).toBe(
      `${repoUrl}content/versjoner/2023-vedtatt/handlingsplaner/H-1.md`,
    );
  });

  test('the versions page says that the preview also lists what is not published', async () => {
    const { page } = await site.open(previewOrigin);
    await page.goto('/versjoner/');
    expect(await text(page.locator('main'))).toContain('Alle versjonene av strategien i denne forhåndsvisningen');
    expect(await text(page.locator('tr', { hasText: 'Arbeidsutkast' }))).toContain('Publiseres ikke');
  });

  const urls = ['/', '/versjoner/utkast/tiltak/T-1/', '/versjoner/utkast/mal/M-90/', '/versjoner/'];
  const widths = [320, 1280] as const;
  // By width first, so that the two tests running at once start two pages, each scanned at both widths.
  const scans = widths.flatMap((width) => urls.map((url) => ({ url, width })));
  // Two pages at once (one core waits on the page while the other runs axe), moving from URL to URL, each in a context
  // of its own that puts axe in every page as it loads, as in axe.test.ts: a fresh context per scan loads the styles
  // and scripts anew. Each URL loads once at 320 px and is widened to 1280 px (no script of the site reads the
  // viewport's size, which axe.test.ts checks). The contexts close when the file is done.
  const idle: Page[] = [];
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    await Promise.allSettled(closers.map((close) => close()));
  });
  /** Each URL's one load and its checks at every width, started by the first of its tests. */
  const checked = new Map<string, Promise<{ violations: string[]; fits: boolean }[]>>();
  async function checkAtEveryWidth(url: string): Promise<{ violations: string[]; fits: boolean }[]> {
    const page = idle.pop() ?? (await site.open(previewOrigin, { axe: true }, (close) => closers.push(close))).page;
    try {
      await page.setViewportSize({ width: widths[0], height: 900 });
      await page.goto(url);
      const results: { violations: string[]; fits: boolean }[] = [];
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        results.push({ violations: await axeViolations(page), fits: await fitsWidth(page) });
      }
      return results;
    } finally {
      idle.push(page);
    }
  }
  test.concurrent.for(scans)('$url passes axe at $width px, without sideways scrolling', async ({ url, width }, { expect }) => {
    let job = checked.get(url);
    if (job === undefined) {
      job = checkAtEveryWidth(url);
      checked.set(url, job);
      // A failure is reported by each test that awaits it, not as an unhandled rejection before the second does.
      job.catch(() => undefined);
    }
    const { violations, fits } = (await job)[widths.indexOf(width)]!;
    expect(violations).toEqual([]);
    expect(fits).toBe(true);
  });
});

describe('the public build of the same content', () => {
  let files = new Map<string, string>();
  beforeAll(async () => {
    if (publicFiles === undefined) throw new Error('the public build was not started');
    files = await publicFiles;
  }, 300_000);

  test('holds no internal note, no edit link and no review page', () => {
    const holding = (needle: string) => [...files].filter(([, text]) => text.includes(needle)).map(([name]) => name);
    expect(realNotes.length).toBeGreaterThan(0);
    for (const note of [plantedNote, ...realNotes]) expect([note, holding(note)]).toEqual([note, []]);
    expect(holding('PLANTETENDRING')).toEqual([]);
    expect(holding('vscode://')).toEqual([]);
    expect(holding(repoUrl)).toEqual([]);
    expect(holding('Til gjennomgang')).toEqual([]);
  });

  test('has diff pages, none with the source-level diff the preview keeps for editors', () => {
    const diffs = diffPairs(out.public).map(([from, to]) => `endringer/${from}/${to}/index.html`);
    expect(diffs.length).toBeGreaterThan(0);
    expect(diffs.filter((file) => files.get(file)?.includes('class="source-diff"'))).toEqual([]);
    expect([...files].filter(([name, text]) => name.endsWith('.html') && text.includes('source-diff')).map(([name]) => name)).toEqual([]);
  });
});
