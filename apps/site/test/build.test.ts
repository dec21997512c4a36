/**
 * Builds the site twice from the fixture content (public and preview, into temporary folders) and reads every
 * file written, Pagefind's compressed index included. The public build must hold nothing unreleased.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureContent, markers, siteRoot } from './helpers.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'strategi-site-'));
const out = { public: path.join(scratch, 'public'), preview: path.join(scratch, 'preview') };

function build(mode: 'public' | 'preview'): void {
  const result = spawnSync('pnpm', ['exec', 'astro', 'build'], {
    cwd: siteRoot,
    env: {
      ...process.env,
      STRATEGI_CONTENT: fixtureContent,
      STRATEGI_DIST: out[mode],
      STRATEGI_BUILD: mode === 'preview' ? 'preview' : '',
      ASTRO_TELEMETRY_DISABLED: '1',
      INIT_CWD: siteRoot,
    },
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (result.status !== 0) throw new Error(`astro build (${mode}) failed:\n${result.stdout}\n${result.stderr}`);
}

/** Every file under `root` with its text; Pagefind's .pf_* files are gunzipped first. */
function readTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    let bytes = readFileSync(file);
    if (/\.pf_\w+$/.test(entry.name)) bytes = gunzipSync(bytes);
    files.set(path.relative(root, file).split(path.sep).join('/'), bytes.toString('utf8'));
  }
  return files;
}

const containing = (files: Map<string, string>, marker: string) =>
  [...files].filter(([, text]) => text.toLowerCase().includes(marker.toLowerCase())).map(([file]) => file);

let publicFiles: Map<string, string>;
let previewFiles: Map<string, string>;
beforeAll(() => {
  build('public');
  build('preview');
  publicFiles = readTree(out.public);
  previewFiles = readTree(out.preview);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the public build', () => {
  test('reads every kind of file it wrote, the search index included', () => {
    const names = [...publicFiles.keys()];
    expect(names.some((name) => /^pagefind\/fragment\/.+\.pf_fragment$/.test(name))).toBe(true);
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
    expect(containing(publicFiles, 'Kompetansepakke for barnehageansatte').some((name) => name.startsWith('pagefind/fragment/'))).toBe(true);
  });

  test.each(Object.entries(markers))('contains no %s text anywhere', (_name, marker) => {
    expect(containing(publicFiles, marker)).toEqual([]);
  });

  test('has no pages of unreleased editions and no preview marks', () => {
    const names = [...publicFiles.keys()];
    expect(
      names.filter((name) => name.startsWith('versjoner/utkast/') || name.startsWith('versjoner/2022-utkast/') || name.startsWith('data/utkast/')),
    ).toEqual([]);
    expect(containing(publicFiles, 'noindex')).toEqual([]);
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

  test('a former id redirects to the renamed document', () => {
    const html = publicFiles.get('tiltak/T-2/index.html') ?? '';
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/tiltak/T-4/">');
    expect(html).toContain('href="/tiltak/T-4/"');
  });

  test('a nynorsk document gets the nynorsk interface', () => {
    const html = publicFiles.get('versjoner/2024-revidert/tiltak/T-3/index.html') ?? '';
    expect(html).toMatch(/^<!DOCTYPE html><html lang="nn"/i);
    expect(html).toContain('Hopp til hovudinnhaldet');
  });
});

describe('the preview build', () => {
  test('contains the working draft and the draft version', () => {
    expect(containing(previewFiles, markers.workingDraft)).toEqual(
      expect.arrayContaining(['versjoner/utkast/tiltak/T-9/index.html', 'data/utkast/strategi.json']),
    );
    expect(containing(previewFiles, markers.draftVersion)).toEqual(expect.arrayContaining(['versjoner/2022-utkast/index.html']));
    expect(containing(previewFiles, markers.workingDraft).some((name) => name.startsWith('pagefind/'))).toBe(true);
  });

  test('still never publishes internal notes', () => {
    expect(containing(previewFiles, markers.internalNote)).toEqual([]);
  });

  test('marks every page as an unindexed preview and shows the validator warnings', () => {
    for (const [name, html] of previewFiles) {
      if (!name.endsWith('.html')) continue;
      expect([name, html.includes('<meta name="robots" content="noindex, nofollow">')]).toEqual([name, true]);
      expect([name, html.includes('Forhåndsvisning — ikke publisert') || html.includes('Førehandsvising — ikkje publisert')]).toEqual([name, true]);
    }
    expect(previewFiles.get('robots.txt')).toBe('User-agent: *\nDisallow: /\n');
    expect(previewFiles.get('versjoner/utkast/mal/M-4/index.html')).toContain('[link/goal-without-measure]');
  });
});
