/**
 * Files stay the truth: every document of the demonstration corpus, opened in the editor and saved without a change
 * (submitted as a browser submits the form), is left byte for byte as it was; released versions are read-only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listContentFiles } from '@strategi/model';
import { documentKindNames } from '@strategi/schema';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentRepository, demoCorpus, editorApp, editorForFile, post, submitForm, type TestRepository } from './helpers.ts';

// The working draft's documents are the same in both corpora; the editor reads fewer files with one released version.
const { repository, app } = await editorForFile('draft');

const files = (await listContentFiles(demoCorpus, { working: true })).documents;

describe('opening and saving without changes', () => {
  test('the demonstration corpus has documents of every kind', () => {
    expect(new Set(files.map((file) => file.kind))).toEqual(new Set(documentKindNames));
  });

  test.each(files.map((file) => [file.entry.relative, file.kind] as const))('%s is left byte for byte', async (relative, kind) => {
    const id = path.basename(relative, '.md') === 'strategi' ? 'strategi' : path.basename(relative, '.md');
    const absolute = path.join(repository.content, relative);
    const before = readFileSync(absolute);
    const page = await (await app.request(`/dokument/${kind}/${id}`)).text();
    const { action, body } = submitForm(page);
    const response = await post(app, action, body);
    const answer = await response.text();
    expect(response.status).toBe(200);
    expect(answer).toContain('Ingen endringer å lagre. Filen er ikke rørt.');
    expect(readFileSync(absolute).equals(before)).toBe(true);
  });
});

describe('released versions', () => {
  const versions = readdirSync(path.join(demoCorpus, 'versjoner'));
  // Every version of the demonstration corpus.
  let demo: TestRepository;
  let demoApp: Awaited<ReturnType<typeof editorApp>>;
  beforeAll(async () => {
    demo = contentRepository('demo');
    demoApp = await editorApp(demo);
  });
  afterAll(() => demo.remove());

  test.each(versions)('%s is shown read-only and cannot be saved', async (version) => {
    const relative = 'tiltak/T-1.md';
    const page = await (await demoApp.request(`/dokument/measure/T-1?utgave=${version}`)).text();
    expect(page).toContain('Denne versjonen er frigitt og kan ikke endres.');
    expect(page).not.toMatch(/<button[^>]*value="lagre"/);
    const before = readFileSync(path.join(demo.content, 'versjoner', version, relative));
    // A form with a valid token, as from the working draft's page, sent to the released version.
    const { body } = submitForm(await (await demoApp.request('/dokument/measure/T-1')).text());
    body.set('f:title', 'Endret');
    const response = await post(demoApp, `/dokument/measure/T-1?utgave=${version}`, body);
    expect(await response.text()).toContain('Denne versjonen er frigitt og kan ikke endres.');
    expect(response.status).toBe(403);
    expect(readFileSync(path.join(demo.content, 'versjoner', version, relative)).equals(before)).toBe(true);
  });
});
