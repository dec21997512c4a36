/**
 * A strategy started with `strategi init` is a site of its own: its page data and its built preview name the new
 * strategy and its owners, and nothing of the strategy in content/ (its name, its owners, its contact address).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus, siteIdentity } from '@strategi/model';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { allPages, pagePath } from '../src/lib/routes.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';
import { siteRoot } from './helpers.ts';
import { buildScratch, buildSite, readTree } from './site-build.ts';

const repo = path.resolve(siteRoot, '../..');
const folder = path.join(mkdtempSync(path.join(tmpdir(), 'strategi-init-site-')), 'digital');
const content = path.join(folder, 'content');
const scratch = buildScratch('new-strategy');
const TITLE = 'Fremtidens digitale Norge – nasjonal digitaliseringsstrategi';
const OWNER = 'Kommunal- og distriktsdepartementet';

let preview: SiteData;
let built: Map<string, string>;
let ours: string[];

beforeAll(async () => {
  const cli = path.join(repo, 'packages/cli/src/bin.ts');
  const args = ['init', folder, '--title', TITLE, '--owner', `KDD=${OWNER}`, '--owner', 'KS=KS', '--period', '2024–2030'];
  execFileSync(process.execPath, [cli, ...args], { cwd: repo, stdio: 'pipe' });
  // What `strategi validate` would refuse: it exits 1 on an error, and warnings are allowed.
  const made = await loadCorpus(content, { cacheFolder: false });
  expect(made.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  preview = await loadSite(content, 'preview');
  // This repository's strategy, by the words its own content gives: what must not reach the new site.
  const corpus = await loadCorpus(path.join(repo, 'content'), { workingOnly: true, cacheFolder: false });
  const identity = siteIdentity(corpus);
  ours = [
    ...new Set([
      ...Object.values(identity.name),
      corpus.working.index.strategy?.data.title ?? '',
      ...identity.owners.map((owner) => owner.name).filter((name) => name.length > 4),
      identity.contact?.email ?? '',
    ]),
  ].filter((word) => word !== '');
  // The preview shows the working draft; the public build, with nothing released yet, only the site's frame.
  for (const mode of ['preview', 'public'] as const) await buildSite(content, mode, path.join(scratch, mode), { STRATEGI_SITE_URL: '', STRATEGI_PDF: '0' });
  built = new Map(
    (['preview', 'public'] as const).flatMap((mode) => [...readTree(path.join(scratch, mode))].map(([file, text]) => [`${mode}/${file}`, text] as const)),
  );
}, 300_000);
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(path.dirname(folder), { recursive: true, force: true });
});

describe('a strategy made with strategi init', () => {
  test('has page data named after it and its owners', () => {
    expect(preview.identity.name.nb).toBe(TITLE);
    expect(preview.identity.owners.map((owner) => owner.name)).toEqual([OWNER, 'KS']);
    const paths = allPages(preview).map(pagePath);
    expect(paths).toContain('/versjoner/utkast/tiltak/T-1/');
  });

  test('builds a preview and a public site that name the new strategy and its owners on every page', () => {
    const pages = [...built].filter(([file]) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const [file, html] of pages) {
      if (!html.includes('<footer')) continue;
      expect(html, file).toContain(TITLE);
      expect(html, file).toContain(OWNER);
    }
  });

  test('filters its measures by its own sectors, not the tool’s defaults', () => {
    const measures = built.get('preview/versjoner/utkast/tiltak/index.html') ?? '';
    expect(measures).toContain('Alle sektorer');
    expect(built.has('preview/versjoner/utkast/tiltak/sektor/alle/index.html')).toBe(true);
    expect(built.has('preview/versjoner/utkast/tiltak/sektor/barnehage/index.html')).toBe(false);
  });

  test('lists its own sector codes on the public open-data page before any version is released', () => {
    const data = built.get('public/data/index.html') ?? '';
    expect(data).toContain('Alle sektorer');
    expect(data).not.toContain('Videregående opplæring');
  });

  test('lists the sender kinds its settings declare on the open-data page, codes and names', () => {
    const data = built.get('public/data/index.html') ?? '';
    const table = /<table[^>]*data-codes="avsendertype"[^>]*>[\s\S]*?<\/table>/.exec(data)?.[0] ?? '';
    expect(table).toContain('<code>privatperson</code>');
    expect(table).toContain('Statlig virksomhet');
  });

  test('says nothing of the strategy in content/ in any file it builds', () => {
    expect(ours.length).toBeGreaterThan(3);
    const leaks = [...built].flatMap(([file, text]) => ours.filter((word) => text.includes(word)).map((word) => `${file}: ${word}`));
    expect(leaks).toEqual([]);
  });
});
