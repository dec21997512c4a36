/** Git without git: the changes since the editor's last commit, and a commit to its own branch that leaves the checkout alone. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { ContentRepository } from '../src/git.ts';
import { editorForFile, post, setField, setFields, submitForm } from './helpers.ts';

// One app for the file; each test works in a fresh copy of the repository at the same path.
const { repository, app } = await editorForFile('draft');
beforeEach(async () => {
  repository.reset();
  repository.git('config', 'user.name', 'Maskinen');
  repository.git('config', 'user.email', 'maskin@example.org');
  identity ||= (await saveIdentity('Kari Nordmann', 'kari@departementet.no')).cookie;
});

/** The identity cookie the editor's form sets, saved once here for the tests that commit. */
let identity = '';
const asEditor = (init: RequestInit = {}): RequestInit => ({ ...init, headers: { ...(init.headers as Record<string, string>), Cookie: identity } });
const postAsEditor = (url: string, body: URLSearchParams) =>
  app.request(
    url,
    asEditor({ method: 'POST', body: body.toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' } }),
  );

/** Saves the name and address on the identity form; the cookie it sets. */
async function saveIdentity(name: string, email: string, message?: string): Promise<{ response: Response; cookie: string }> {
  const { body } = submitForm(await (await app.request('/meg')).text(), { name: '', value: '' }, '/meg');
  setField(body, 'navn', name);
  setField(body, 'epost', email);
  if (message !== undefined) setField(body, 'melding', message);
  const response = await post(app, '/meg', body);
  return { response, cookie: (response.headers.get('Set-Cookie') ?? '').split(';')[0]! };
}

const commitForm = async (message: string) => {
  const form = submitForm(await (await app.request('/endringer')).text(), { name: '', value: '' }, '/endringer');
  setField(form.body, 'melding', message);
  return form.body;
};

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
    const refused = await postAsEditor('/endringer', form.body);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Innholdet har feil, så endringene kan ikke sendes inn ennå.');
    expect(repository.git('branch', '--list', 'redigering')).toBe('');

    repository.git('clean', '--quiet', '--force', '--', 'content/aktorer/Ny.md');
    const committed = await (await postAsEditor('/endringer', form.body)).text();
    expect(committed).toMatch(/Endringene er sendt inn til grenen «redigering» \([0-9a-f]+\)\./);
    expect(repository.git('log', '-1', '--format=%s', 'redigering').trim()).toBe('Nytt navn på T-2');
    expect(repository.git('diff', '--name-only', 'main', 'redigering').trim()).toBe('content/tiltak/T-2.md');
    // Authored by the editor, committed by the machine.
    expect(repository.git('log', '-1', '--format=%an <%ae> / %cn <%ce>', 'redigering').trim()).toBe(
      'Kari Nordmann <kari@departementet.no> / Maskinen <maskin@example.org>',
    );
    // The checked-out branch and its index are as they were.
    expect(repository.git('rev-parse', 'main').trim()).toBe(main);
    expect(repository.git('symbolic-ref', 'HEAD').trim()).toBe('refs/heads/main');
    expect(repository.git('diff', '--cached', '--name-only')).toBe('');
    expect(await (await app.request('/endringer')).text()).toContain('Ingen endringer siden forrige innsending.');

    await saveTitle('Enda et navn');
    const second = submitForm(await (await app.request('/endringer')).text(), { name: '', value: '' }, '/endringer');
    setField(second.body, 'melding', 'Enda et navn på T-2');
    await postAsEditor('/endringer', second.body);
    expect(repository.git('log', '--format=%s', 'main..redigering').trim().split('\n')).toEqual(['Enda et navn på T-2', 'Nytt navn på T-2']);
  });

  test('a commit without a message is refused on the message field', async () => {
    await saveTitle('Nytt navn');
    const form = submitForm(await (await app.request('/endringer')).text(), { name: '', value: '' }, '/endringer');
    const response = await postAsEditor('/endringer', form.body);
    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(/id="melding-feil"><p>Skriv en beskrivelse av endringen\.<\/p>/);
  });

  test('when the editor’s branch is checked out, the index follows the commit', async () => {
    repository.git('switch', '--quiet', '--create', 'redigering');
    await saveTitle('Nytt navn');
    const form = submitForm(await (await app.request('/endringer')).text(), { name: '', value: '' }, '/endringer');
    setField(form.body, 'melding', 'Nytt navn');
    await postAsEditor('/endringer', form.body);
    expect(repository.git('status', '--porcelain')).toBe('');
    expect(repository.git('log', '-1', '--format=%s').trim()).toBe('Nytt navn');
  });

  test('only the files this editor wrote are committed: a file someone else staged or changed stays out, and stays as it was', async () => {
    // Someone at the same machine stages one file and changes another, in the checked-out branch.
    writeFileSync(
      path.join(repository.content, 'tiltak', 'T-1.md'),
      `${readFileSync(path.join(repository.content, 'tiltak', 'T-1.md'), 'utf8')}\nStaget av en annen.\n`,
    );
    repository.git('add', 'content/tiltak/T-1.md');
    const foreign = path.join(repository.content, 'tiltak', 'T-3.md');
    writeFileSync(foreign, `${readFileSync(foreign, 'utf8')}\nEndret i et annet program.\n`);
    repository.git('switch', '--quiet', '--create', 'redigering');
    await saveTitle('Mitt navn på tiltaket');

    const page = await (await postAsEditor('/endringer', await commitForm('Mitt navn'))).text();
    expect(page).toMatch(/Endringene er sendt inn til grenen «redigering» \([0-9a-f]+\)\./);
    expect(repository.git('diff', '--name-only', 'main', 'redigering').trim()).toBe('content/tiltak/T-2.md');
    // The other person's work is where they left it: staged, and changed on disk.
    expect(repository.git('diff', '--cached', '--name-only').trim()).toBe('content/tiltak/T-1.md');
    expect(repository.git('diff', '--name-only').trim()).toBe('content/tiltak/T-3.md');

    // With nothing of this editor's left, sending in commits nothing.
    const again = await (await postAsEditor('/endringer', await commitForm('Ingenting'))).text();
    expect(again).toContain('Ingen av filene som er endret, ble endret i denne nettredigeringen');
    expect(repository.git('log', '-1', '--format=%s', 'redigering').trim()).toBe('Mitt navn');
  });

  test('a document the editor created is committed with the document they changed', async () => {
    await saveTitle('Nytt navn');
    const { action, body } = submitForm(await (await app.request('/ny/actor')).text(), { name: '', value: '' });
    setFields(body, { 'nytt-id': 'Nyaktor', 'f:name': 'En ny aktør', 'f:kind': 'departement', 'f:responsibility': 'Har ansvar for noe.' });
    const created = await post(app, action, body);
    expect(created.status).toBeLessThan(400);
    await postAsEditor('/endringer', await commitForm('To dokumenter'));
    expect(repository.git('diff', '--name-only', 'main', 'redigering').trim().split('\n')).toEqual(['content/aktorer/Nyaktor.md', 'content/tiltak/T-2.md']);
  });
});

describe('who is committing', () => {
  test('locally, the first commit asks for a name and address, keeps the message, and commits as them once given', async () => {
    await saveTitle('Nytt navn');
    const asked = await post(app, '/endringer', await commitForm('Første innsending'));
    const form = await asked.text();
    expect(form).toContain('Hvem er du?');
    expect(form).toContain('<input type="hidden" name="melding" value="Første innsending">');
    expect(repository.git('branch', '--list', 'redigering')).toBe('');

    const missing = await post(
      app,
      '/meg',
      new URLSearchParams([...submitForm(form, { name: '', value: '' }, '/meg').body, ['navn', ''], ['epost', 'ikke en adresse']]),
    );
    expect(missing.status).toBe(422);
    const refused = await missing.text();
    expect(refused).toContain('<p>Skriv navnet ditt.</p>');
    expect(refused).toContain('<p>Skriv e-postadressen din, for eksempel navn@departement.no.</p>');

    const { response, cookie } = await saveIdentity('Ola Nordmann', 'ola@departementet.no', 'Første innsending');
    // The browser sends the same form on, the message with it, now with the identity cookie.
    expect(response.status).toBe(307);
    expect(response.headers.get('Location')).toBe('/endringer');
    expect(response.headers.get('Set-Cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    const body = new URLSearchParams(await commitForm('Første innsending'));
    await app.request('/endringer', {
      method: 'POST',
      body: body.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin', Cookie: cookie },
    });
    expect(repository.git('log', '-1', '--format=%s / %an <%ae>', 'redigering').trim()).toBe('Første innsending / Ola Nordmann <ola@departementet.no>');
    // Nothing about the editor is written into the repository.
    expect(repository.git('show', '--format=', 'redigering')).not.toContain('ola@departementet.no');
  });
});

describe('what the last submission holds', () => {
  const T2 = path.join(repository.content, 'tiltak', 'T-2.md');
  const T3 = path.join(repository.content, 'tiltak', 'T-3.md');
  /** A file whose name has a line break, which git keeps as any other. */
  const odd = path.join(repository.content, 'bilder', 'to\nlinjer.md');
  const contentRepository = async () => (await ContentRepository.find(repository.content, 'redigering'))!;

  test('a file as the checked-out commit has it until the editor’s branch exists, then as the branch has it', async () => {
    const repo = await contentRepository();
    const onMain = readFileSync(T2, 'utf8');
    expect(await repo.committedText(T2)).toBe(onMain);
    expect(await repo.committedText(odd)).toBeUndefined();
    // The branch changes T-2, removes T-3 and adds the oddly named file; main is checked out again.
    repository.git('switch', '--quiet', '--create', 'redigering');
    writeFileSync(T2, onMain.replace(/^title: .*$/m, 'title: På grenen'));
    rmSync(T3);
    mkdirSync(path.dirname(odd), { recursive: true });
    writeFileSync(odd, 'Æ\nø\n');
    repository.git('add', '--all');
    repository.git('commit', '--quiet', '-m', 'Grenen');
    repository.git('switch', '--quiet', 'main');
    expect(await repo.committedText(T2)).toBe(onMain.replace(/^title: .*$/m, 'title: På grenen'));
    expect(await repo.committedText(T3)).toBeUndefined();
    expect(await repo.committedText(odd)).toBe('Æ\nø\n');
    expect(await repo.committedText(path.join(repository.content, 'tiltak'))).toBeUndefined();
  });

  test('a folder is committed when the branch or the checked-out commit holds a file in it', async () => {
    const repo = await contentRepository();
    const version = (id: string) => path.join(repository.content, 'versjoner', id);
    expect(await repo.isCommitted(version('2023-vedtatt'))).toBe(true);
    mkdirSync(version('2026-ny'));
    writeFileSync(path.join(version('2026-ny'), 'versjon.md'), '---\n---\n');
    expect(await repo.isCommitted(version('2026-ny'))).toBe(false);
    repository.git('switch', '--quiet', '--create', 'redigering');
    repository.git('add', '--all');
    repository.git('commit', '--quiet', '-m', 'Ny versjon');
    repository.git('switch', '--quiet', 'main');
    expect(await repo.isCommitted(version('2026-ny'))).toBe(true);
    expect(await repo.isCommitted(version('2026-annen'))).toBe(false);
  });

  test('a repository without a commit holds no file', async () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'strategi-editor-empty-'));
    try {
      const content = path.join(scratch, 'content');
      mkdirSync(content);
      writeFileSync(path.join(content, 'strategi.md'), '---\n---\n');
      execFileSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: scratch });
      const repo = (await ContentRepository.find(content, 'redigering'))!;
      expect(await repo.committedText(path.join(content, 'strategi.md'))).toBeUndefined();
      expect(await repo.isCommitted(content)).toBe(false);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
