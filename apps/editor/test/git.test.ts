/** Git without git: the changes since the editor's last commit, and a commit to its own branch that leaves the checkout alone. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { contentRepository, editorApp, post, setField, submitForm, type TestRepository } from './helpers.ts';

let repository: TestRepository;
let app: Awaited<ReturnType<typeof editorApp>>;

// One app for the file; each test works in a fresh copy of the repository at the same path.
beforeAll(async () => {
  repository = contentRepository('draft');
  app = await editorApp(repository);
});
beforeEach(() => repository.reset());
afterAll(() => repository.remove());

const saveTitle = async (title: string) => {
  const { action, body } = submitForm(await (await app.request('/dokument/measure/T-2')).text());
  setField(body, 'f:title', title);
  await post(app, action, body);
};

describe('changes', () => {
  test('none right after a commit', async () => {
    const page = await (await app.request('/endringer')).text();
    expect(page).toContain('Ingen endringer siden forrige innsending.');
  });

  test('a saved document is listed with its diff, and committed to the editor’s branch with the message', async () => {
    const main = repository.git('rev-parse', 'main').trim();
    await saveTitle('Nytt navn på tiltaket');
    writeFileSync(path.join(repository.content, 'aktorer', 'Ny.md'), '---\nid: Ny\n---\n');
    const page = await (await app.request('/endringer')).text();
    expect(page).toContain('<code>content/tiltak/T-2.md</code>');
    expect(page).toContain('<ins>+title: Nytt navn på tiltaket</ins>');
    expect(page).toMatch(/Ny<\/span> <code>content\/aktorer\/Ny\.md<\/code>/);

    const form = submitForm(page, { name: '', value: '' }, '/endringer');
    // The new actor file has errors: nothing may be committed until they are corrected.
    setField(form.body, 'melding', 'Nytt navn på T-2');
    const refused = await post(app, '/endringer', form.body);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Innholdet har feil, så endringene kan ikke sendes inn ennå.');
    expect(repository.git('branch', '--list', 'redigering')).toBe('');

    repository.git('clean', '--quiet', '--force', '--', 'content/aktorer/Ny.md');
    const committed = await (await post(app, '/endringer', form.body)).text();
    expect(committed).toMatch(/Endringene er sendt inn til grenen «redigering» \([0-9a-f]+\)\./);
    expect(repository.git('log', '-1', '--format=%s', 'redigering').trim()).toBe('Nytt navn på T-2');
    expect(repository.git('diff', '--name-only', 'main', 'redigering').trim()).toBe('content/tiltak/T-2.md');
    // The checked-out branch and its index are as they were.
    expect(repository.git('rev-parse', 'main').trim()).toBe(main);
    expect(repository.git('symbolic-ref', 'HEAD').trim()).toBe('refs/heads/main');
    expect(repository.git('diff', '--cached', '--name-only')).toBe('');
    expect(await (await app.request('/endringer')).text()).toContain('Ingen endringer siden forrige innsending.');

    await saveTitle('Enda et navn');
    const second = submitForm(await (await app.request('/endringer')).text(), { name: '', value: '' }, '/endringer');
    setField(second.body, 'melding', 'Enda et navn på T-2');
    await post(app, '/endringer', second.body);
    expect(repository.git('log', '--format=%s', 'main..redigering').trim().split('\n')).toEqual(['Enda et navn på T-2', 'Nytt navn på T-2']);
  });

  test('a commit without a message is refused on the message field', async () => {
    await saveTitle('Nytt navn');
    const form = submitForm(await (await app.request('/endringer')).text(), { name: '', value: '' }, '/endringer');
    const response = await post(app, '/endringer', form.body);
    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(/id="melding-feil"><p>Skriv en beskrivelse av endringen\.<\/p>/);
  });

  test('when the editor’s branch is checked out, the index follows the commit', async () => {
    repository.git('switch', '--quiet', '--create', 'redigering');
    await saveTitle('Nytt navn');
    const form = submitForm(await (await app.request('/endringer')).text(), { name: '', value: '' }, '/endringer');
    setField(form.body, 'melding', 'Nytt navn');
    await post(app, '/endringer', form.body);
    expect(repository.git('status', '--porcelain')).toBe('');
    expect(repository.git('log', '-1', '--format=%s').trim()).toBe('Nytt navn');
  });
});
