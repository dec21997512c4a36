/**
 * The review server started on the second strategy in corpora/, over its preview built by the site's own
 * `astro build`: a reviewer's start page lists that strategy's documents, and once one is commented on, the
 * overview of the review lists it with a link to its page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prebuiltSite } from '@strategi/testing/prebuilt';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { json, openApp, type TestApp } from './helpers.ts';

const repository = path.resolve(import.meta.dirname, '../../..');
const content = path.join(repository, 'corpora/fremtidens-digitale-norge');
// The run's `build:second-preview` when `pnpm test` has just made it; else a build of this file's own.
const prebuilt = prebuiltSite('secondPreview');
const dist = prebuilt ?? mkdtempSync(path.join(tmpdir(), 'strategi-review-second-'));
let app: TestApp;

beforeAll(async () => {
  if (!prebuilt) {
    const build = spawnSync('pnpm', ['--filter', '@strategi/site', 'exec', 'astro', 'build'], {
      cwd: repository,
      env: { ...process.env, STRATEGI_BUILD: 'preview', STRATEGI_CONTENT: content, STRATEGI_DIST: dist, STRATEGI_PDF: '0', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`The preview of the second strategy did not build:\n${build.stdout}\n${build.stderr}`);
  }
  if (!existsSync(path.join(dist, 'versjoner', 'utkast', 'tiltak', 'T-5', 'index.html'))) throw new Error(`${dist} has no page for T-5`);
  app = await openApp('sqlite', { dist });
});
afterAll(async () => {
  await app?.close();
  if (!prebuilt) rmSync(dist, { recursive: true, force: true });
});

describe('the review server on the second strategy', () => {
  test("a reviewer's start page lists its documents, and the overview lists the one commented on", async () => {
    const reviewer = await app.link('Digitaliseringsdirektoratet');
    const start = await app.request('/versjoner/utkast/', { cookie: reviewer.cookie });
    expect(start.status).toBe(200);
    const page = await start.text();
    expect(page).toContain('Fremtidens digitale Norge');
    for (const id of ['I-1', 'I-2', 'I-3', 'I-4']) expect(page).toContain(`/versjoner/utkast/innsatsomrader/${id}/`);
    expect(page).not.toContain('Kunnskapsdepartementet');

    const quote = { type: 'TextQuoteSelector', exact: 'nasjonal infrastruktur for kunstig intelligens' };
    const comment = { document: 'T-5', edition: 'utkast', text: 'Hvem bygger den?', target: { selector: [quote] } };
    expect((await app.request('/api/kommentarer', { ...json(comment), cookie: reviewer.cookie })).status).toBe(201);
    const editor = await app.link('Redaksjonen', 'editor');
    const overview = await (await app.request('/_review/oversikt', { cookie: editor.cookie })).text();
    expect(overview).toContain('<a href="/versjoner/utkast/tiltak/T-5/">T-5</a>');
  });
});
