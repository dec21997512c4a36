/** Releases and previews started from the editor go through the model's release function and the preview build command. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { localOrigins } from '@strategi/hosting';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createEditorApp } from '../src/app.ts';
import { editorConfig } from '../src/form-config.ts';
import { ContentRepository } from '../src/git.ts';
import { Workspace } from '../src/workspace.ts';
import { contentRepository, post, setField, submitForm, TEST_ORIGIN, type TestRepository } from './helpers.ts';

let repository: TestRepository;

beforeEach(() => {
  repository = contentRepository('draft');
});
afterEach(() => repository.remove());

async function appWithPreview(script: string) {
  const app = createEditorApp({
    allowed: localOrigins(4323),
    workspace: new Workspace(repository.content),
    config: editorConfig(),
    repository: await ContentRepository.find(repository.content, 'redigering'),
    preview: { command: process.execPath, args: ['-e', script], cwd: repository.root },
  });
  return { request: (url: string, init?: RequestInit) => app.request(`${TEST_ORIGIN}${url}`, init) };
}

describe('release', () => {
  test('freezes the working draft as a version, as strategi release does', async () => {
    const app = await appWithPreview('');
    const { body } = submitForm(await (await app.request('/frigi')).text(), undefined, '/frigi');
    setField(body, 'id', '2026-horing');
    setField(body, 'status', 'høring');
    setField(body, 'label', 'Høringsutkast 2026');
    setField(body, 'date', '2026-12-01');
    setField(body, 'notes', 'Første høringsutkast.');
    setField(body, 'change', 'vesentlig');
    setField(body, 'changeNote', 'Nytt kapittel om kunstig intelligens.');
    const page = await (await post(app, '/frigi', body)).text();
    expect(page).toMatch(/Versjonen «2026-horing» er frigitt med \d+ filer\./);
    const description = readFileSync(path.join(repository.content, 'versjoner', '2026-horing', 'versjon.md'), 'utf8');
    expect(description).toMatch(/^change: vesentlig$/m);
    expect(description).toMatch(/^changeNote: Nytt kapittel om kunstig intelligens\.$/m);
    const again = await post(app, '/frigi', body);
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('Det finnes allerede en versjon med id-en «2026-horing».');
  });
});

describe('preview', () => {
  test('runs the preview build and reports how it went', async () => {
    const app = await appWithPreview('console.log("bygget")');
    const { body } = submitForm(await (await app.request('/frigi')).text(), undefined, '/forhandsvis');
    expect((await post(app, '/forhandsvis', body)).status).toBe(303);
    await expect.poll(async () => (await app.request('/frigi')).text(), { timeout: 20_000 }).toContain('Forhåndsvisningen er bygget.');
  });

  test('a failed build shows its last lines', async () => {
    const app = await appWithPreview('console.error("Bygget feilet: mangler noe"); process.exit(1)');
    const { body } = submitForm(await (await app.request('/frigi')).text(), undefined, '/forhandsvis');
    await post(app, '/forhandsvis', body);
    await expect.poll(async () => (await app.request('/frigi')).text(), { timeout: 20_000 }).toContain('Bygget feilet: mangler noe');
  });
});
