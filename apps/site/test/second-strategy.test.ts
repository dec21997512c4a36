/**
 * The second real strategy in corpora/ is built by the same code as content/: one preview and one public build,
 * shared by the checks (the run's `build:second` and `build:second-preview` when `pnpm test` has made them). Its pages exist, every page names it and its owners, and no file it builds — HTML, search
 * index, feeds, sitemap, open data, PDF text — says anything of the strategy in content/.
 */

import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus, siteIdentity } from '@strategi/model';
import { prebuiltSite } from '@strategi/testing/prebuilt';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { allPages, pagePath } from '../src/lib/routes.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';
import { siteRoot } from './helpers.ts';
import { buildScratch, buildSite, readTree } from './site-build.ts';

const repo = path.resolve(siteRoot, '../..');
const content = path.join(repo, 'corpora/fremtidens-digitale-norge');
const scratch = buildScratch('second-strategy');
const NAME = 'Fremtidens digitale Norge';
const OWNERS = ['Digitaliserings- og forvaltningsdepartementet', 'KS – kommunesektorens organisasjon'];

let preview: SiteData;
let built: Map<string, string>;
let theirs: string[];

beforeAll(async () => {
  preview = await loadSite(content, 'preview');
  // The words that name the strategy in content/, as its own content gives them, less those the two share (KS).
  const first = await loadCorpus(path.join(repo, 'content'), { workingOnly: true, cacheFolder: false });
  const identity = siteIdentity(first);
  const words = [
    ...Object.values(identity.name),
    first.working.index.strategy?.data.title ?? '',
    ...identity.owners.map((owner) => owner.name),
    identity.contact?.email ?? '',
    'digital kompetanse og infrastruktur',
    'Kunnskapsdepartementet',
    'Videregående opplæring',
  ];
  theirs = [...new Set(words)].filter((word) => word.length > 4 && !OWNERS.includes(word));
  // The run's own builds of this corpus when `pnpm test` has just made them; else one of each here.
  const folders = { preview: prebuiltSite('secondPreview'), public: prebuiltSite('secondPublic') };
  for (const mode of ['preview', 'public'] as const) {
    if (folders[mode]) continue;
    folders[mode] = path.join(scratch, mode);
    await buildSite(content, mode, folders[mode], { STRATEGI_SITE_URL: '' });
  }
  built = new Map((['preview', 'public'] as const).flatMap((mode) => [...readTree(folders[mode]!)].map(([file, text]) => [`${mode}/${file}`, text] as const)));
}, 600_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the second strategy, built by the same code', () => {
  test('has a page for each of its documents', () => {
    const paths = allPages(preview).map(pagePath);
    for (const id of ['I-4', 'M-5', 'T-5', 'DFD'])
      expect(
        paths.some((page) => page.endsWith(`/${id}/`)),
        id,
      ).toBe(true);
    // The public build has the released version, its PDF and its open data.
    for (const file of ['public/tiltak/T-5/index.html', 'public/innsatsomrader/I-4/index.html', 'public/data/2024-lagt-fram/tiltak.csv']) {
      expect(built.has(file), file).toBe(true);
    }
    expect([...built.keys()].some((file) => file.startsWith('public/') && file.endsWith('.pdf'))).toBe(true);
    // The whole document's print source becomes its PDF and is not kept as a page.
    for (const page of paths.filter((page) => page.startsWith('/versjoner/utkast/') && !page.endsWith('/utskrift/'))) {
      expect(built.has(`preview${page}index.html`), page).toBe(true);
    }
  });

  test('names the strategy and its owners on every page with the site frame', () => {
    const pages = [...built].filter(([file, html]) => file.endsWith('.html') && html.includes('<footer'));
    expect(pages.length).toBeGreaterThan(10);
    for (const [file, html] of pages) {
      expect(html, file).toContain(NAME);
      expect(html, file).toContain(OWNERS[0]);
    }
  });

  test('says nothing of the strategy in content/ in any file it builds', () => {
    expect(theirs.length).toBeGreaterThan(4);
    const kinds = new Set([...built.keys()].map((file) => path.extname(file) || path.basename(file)));
    for (const kind of ['.html', '.xml', '.json', '.csv', '.pdf']) expect(kinds, kind).toContain(kind);
    const leaks = [...built].flatMap(([file, text]) => {
      const lower = text.toLowerCase();
      return theirs.filter((word) => lower.includes(word.toLowerCase())).map((word) => `${file}: ${word}`);
    });
    expect(leaks).toEqual([]);
  });
});
