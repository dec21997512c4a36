/** Releases and previews started from the editor go through the model's release function and the preview build command. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { contentRepository, editorApp, post, setFields, submitForm, type TestRepository } from './helpers.ts';

let repository: TestRepository;

beforeEach(() => {
  repository = contentRepository('draft');
});
afterEach(() => repository.remove());

/** How often a test asks for «Frigi» while a build runs: each answer reads and checks the whole draft, and a build takes a Node start. */
const FRIGI_POLL_MS = 250;

const appWithPreview = (script: string, output?: string) =>
  editorApp(repository, { preview: { command: process.execPath, args: ['-e', script], cwd: repository.root, ...(output ? { output } : {}) } });

describe('release', () => {
  test('freezes the working draft as a version, as strategi release does, once confirmed', async () => {
    const app = await appWithPreview('');
    const { body } = submitForm(await (await app.request('/frigi')).text(), undefined, '/frigi');
    setFields(body, {
      id: '2026-horing',
      status: 'høring',
      label: 'Høringsutkast 2026',
      date: '2026-12-01',
      notes: 'Første høringsutkast.',
      change: 'vesentlig',
      changeNote: 'Nytt kapittel om kunstig intelligens.',
    });
    const confirmation = await (await post(app, '/frigi', body)).text();
    const page = await (await post(app, '/frigi', submitForm(confirmation, { name: 'steg', value: 'frigi' }, '/frigi').body)).text();
    expect(page).toMatch(/Versjonen «2026-horing» er frigitt med \d+ filer\./);
    const description = readFileSync(path.join(repository.content, 'versjoner', '2026-horing', 'versjon.md'), 'utf8');
    expect(description).toMatch(/^change: vesentlig$/m);
    expect(description).toMatch(/^changeNote: Nytt kapittel om kunstig intelligens\.$/m);
    expect(description).toMatch(/^Første høringsutkast\.$/m);
  });
});

describe('preview', () => {
  test('runs the preview build and reports how it went', async () => {
    const app = await appWithPreview('console.log("bygget")');
    const { body } = submitForm(await (await app.request('/frigi')).text(), undefined, '/forhandsvis');
    expect((await post(app, '/forhandsvis', body)).status).toBe(303);
    await expect.poll(async () => (await app.request('/frigi')).text(), { timeout: 20_000, interval: FRIGI_POLL_MS }).toContain('Forhåndsvisningen er bygget.');
  });

  test('a failed build shows its last lines', async () => {
    const app = await appWithPreview('console.error("Bygget feilet: mangler noe"); process.exit(1)');
    const { body } = submitForm(await (await app.request('/frigi')).text(), undefined, '/forhandsvis');
    await post(app, '/forhandsvis', body);
    await expect.poll(async () => (await app.request('/frigi')).text(), { timeout: 20_000, interval: FRIGI_POLL_MS }).toContain('Bygget feilet: mangler noe');
  });

  describe('the built preview, opened in the editor', () => {
    /** A build that writes a page linking from the root, a stylesheet, and a file beside the output folder. */
    const build = (output: string) => `
      const fs = require('node:fs'), path = require('node:path');
      fs.mkdirSync(path.join(${JSON.stringify(output)}, 'tiltak'), { recursive: true });
      fs.writeFileSync(path.join(${JSON.stringify(output)}, 'index.html'), '<!doctype html><link rel="stylesheet" href="/_astro/a.css"><a href="/tiltak/">Tiltak</a> <a href="//example.org/">ute</a>');
      fs.writeFileSync(path.join(${JSON.stringify(output)}, 'tiltak', 'index.html'), '<p>Tiltakene</p>');
      fs.writeFileSync(path.join(${JSON.stringify(output)}, '_headers'), '/*');
      fs.writeFileSync(path.join(${JSON.stringify(output)}, '..', 'hemmelig.txt'), 'hemmelig');`;

    const built = async () => {
      const output = path.join(repository.root, 'bygg', 'forhandsvisning');
      const app = await appWithPreview(build(output), output);
      expect((await app.request('/forhandsvisning/')).status).toBe(404);
      const { body } = submitForm(await (await app.request('/frigi')).text(), undefined, '/forhandsvis');
      await post(app, '/forhandsvis', body);
      await expect.poll(async () => (await app.request('/frigi')).text(), { timeout: 20_000, interval: FRIGI_POLL_MS }).toContain('Åpne forhåndsvisningen');
      return app;
    };

    test('after the build, the page says how long it took and links to the preview the editor serves', async () => {
      const app = await built();
      const page = await (await app.request('/frigi')).text();
      expect(page).toMatch(/Forhåndsvisningen er bygget\. Det tok [\d,]+ sekunder\./);
      expect(page).toContain('<a class="ds-link" href="/forhandsvisning/">Åpne forhåndsvisningen</a>');
      const home = await app.request('/forhandsvisning/');
      expect(home.status).toBe(200);
      expect(await home.text()).toBe(
        '<!doctype html><link rel="stylesheet" href="/forhandsvisning/_astro/a.css"><a href="/forhandsvisning/tiltak/">Tiltak</a> <a href="//example.org/">ute</a>',
      );
      expect(await (await app.request('/forhandsvisning/tiltak/')).text()).toBe('<p>Tiltakene</p>');
      const folder = await app.request('/forhandsvisning/tiltak');
      expect(folder.status).toBe(301);
      expect(folder.headers.get('location')).toBe('/forhandsvisning/tiltak/');
    });

    test.each([
      '/forhandsvisning/../hemmelig.txt',
      '/forhandsvisning/..%2fhemmelig.txt',
      '/forhandsvisning/%2e%2e/hemmelig.txt',
      '/forhandsvisning/_headers',
      '/forhandsvisning/tiltak/%00',
    ])('%s is refused', async (url) => {
      const app = await built();
      const response = await app.request(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('hemmelig');
    });

    test('before any build it is not there', async () => {
      const app = await appWithPreview('');
      const response = await app.request('/forhandsvisning/');
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('Forhåndsvisningen er ikke bygget ennå.');
    });
  });
});
