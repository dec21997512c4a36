/**
 * Typed ids that try to become a path outside the working draft: every one is refused with the catalogue's
 * message on the id field, and nothing is written anywhere in the repository. Symbolic links are never followed,
 * neither to write nor to read — a released version is read-only, but a link in it could show any file.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { editorForFile, post, setField, submitForm } from '../helpers.ts';

const { repository, app } = await editorForFile('draft', { reset: true });

/** Every file under the repository's parent folder except git's own, with its content. */
const snapshot = () => {
  const parent = path.dirname(repository.root);
  const ours = readdirSync(repository.root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !path.relative(repository.root, entry.parentPath).startsWith('.git'))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const beside = readdirSync(parent).filter((name) => name.endsWith('.md'));
  return { files: ours.map((file) => `${file} ${readFileSync(file, 'utf8').length}`).sort(), beside };
};

const newActor = async (id: string) => {
  const { action, body } = submitForm(await (await app.request('/ny/actor')).text());
  setField(body, 'nytt-id', id);
  setField(body, 'f:name', 'Angriper');
  setField(body, 'f:kind', 'departement');
  setField(body, 'f:responsibility', 'Noe.');
  return post(app, action, body);
};

describe('a typed id never becomes a path outside the working draft', () => {
  test.each([
    '../../apps/site/src/pages/index',
    '../x',
    '..%2Fx',
    '..%2F..%2Fx',
    '/etc/passwd',
    '/tmp/x',
    'T-1/../../x',
    'KD/../../x',
    '..\\..\\x',
    'KD\\x',
    // Look-alikes: a fullwidth solidus, a one-dot leader pair, Cyrillic letters.
    '\uff0e\uff0e\uff0fx',
    '\u2024\u2024/x',
    'К\u0414',
    'versjoner/2023-vedtatt/aktorer/KD',
    '../versjoner/2023-vedtatt/aktorer/Ny',
  ])('%j is refused on the id field and nothing is written', async (id) => {
    const before = snapshot();
    const response = await newActor(id);
    const page = await response.text();
    expect(response.status).toBe(422);
    expect(page).toContain('kan ikke brukes for en aktør: den har ikke formen til en slik id.');
    expect(snapshot()).toEqual(before);
  });

  test.each(['KD\u0000', 'K\u0000D/../x'])('%j (a NUL) is refused at the door with 400 and nothing is written', async (id) => {
    const before = snapshot();
    expect((await newActor(id)).status).toBe(400);
    expect(snapshot()).toEqual(before);
  });

  test('a folder in the way that is a symbolic link (here into a released version) is refused, not followed', async () => {
    const [version] = readdirSync(path.join(repository.content, 'versjoner'));
    const frozen = path.join(repository.content, 'versjoner', version!, 'aktorer');
    const real = path.join(repository.root, 'aktorer-ekte');
    renameSync(path.join(repository.content, 'aktorer'), real);
    symlinkSync(frozen, path.join(repository.content, 'aktorer'));
    const before = readdirSync(frozen);
    const response = await newActor('Ny');
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('som er en symbolsk lenke.');
    expect(readdirSync(frozen)).toEqual(before);
  });

  test('a document file that is a symbolic link is neither shown nor saved through', async () => {
    const secret = path.join(repository.root, 'hemmelig.md');
    writeFileSync(secret, '---\nid: T-2\ntitle: Hemmelig\n---\nHemmelig tekst.\n');
    const target = path.join(repository.content, 'tiltak', 'T-2.md');
    renameSync(target, path.join(repository.root, 'T-2-ekte.md'));
    symlinkSync(secret, target);
    const page = await (await app.request('/dokument/measure/T-2')).text();
    expect(page).not.toContain('Hemmelig tekst.');
  });
});

describe('a released version is read without following a symbolic link', () => {
  /** A file outside the content folder, with frontmatter the form would show. */
  const secretFile = () => {
    const secret = path.join(repository.root, 'hemmelig.md');
    writeFileSync(secret, '---\nid: T-2\ntitle: Hemmelig\n---\nHemmelig tekst.\n');
    return secret;
  };
  const version = '2023-vedtatt';
  const versionFolder = () => path.join(repository.content, 'versjoner', version);
  const opened = async () => {
    const response = await app.request(`/dokument/measure/T-2?utgave=${version}`);
    return { status: response.status, page: await response.text() };
  };

  test('the document is shown when nothing is linked', async () => {
    const { status, page } = await opened();
    expect(status).toBe(200);
    expect(page).toContain(readFileSync(path.join(versionFolder(), 'tiltak', 'T-2.md'), 'utf8').match(/^title: (.*)$/m)![1]);
  });

  test('the file itself a link', async () => {
    const target = path.join(versionFolder(), 'tiltak', 'T-2.md');
    renameSync(target, path.join(repository.root, 'T-2-ekte.md'));
    symlinkSync(secretFile(), target);
    const { status, page } = await opened();
    expect(status).toBe(404);
    expect(page).not.toContain('Hemmelig');
  });

  test('its kind folder a link', async () => {
    const outside = path.join(repository.root, 'tiltak-utenfor');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'T-2.md'), readFileSync(secretFile()));
    const folder = path.join(versionFolder(), 'tiltak');
    renameSync(folder, path.join(repository.root, 'tiltak-ekte'));
    symlinkSync(outside, folder);
    const { status, page } = await opened();
    expect(status).toBe(404);
    expect(page).not.toContain('Hemmelig');
  });

  test('the version folder a link', async () => {
    const outside = path.join(repository.root, 'versjon-utenfor');
    mkdirSync(path.join(outside, 'tiltak'), { recursive: true });
    writeFileSync(path.join(outside, 'tiltak', 'T-2.md'), readFileSync(secretFile()));
    renameSync(versionFolder(), path.join(repository.root, 'versjon-ekte'));
    symlinkSync(outside, versionFolder());
    const { status, page } = await opened();
    expect(status).toBe(404);
    expect(page).not.toContain('Hemmelig');
  });

  test('the versions folder a link', async () => {
    const outside = path.join(repository.root, 'versjoner-utenfor');
    mkdirSync(path.join(outside, version, 'tiltak'), { recursive: true });
    writeFileSync(path.join(outside, version, 'tiltak', 'T-2.md'), readFileSync(secretFile()));
    renameSync(path.join(repository.content, 'versjoner'), path.join(repository.root, 'versjoner-ekte'));
    symlinkSync(outside, path.join(repository.content, 'versjoner'));
    const { status, page } = await opened();
    expect(status).toBe(404);
    expect(page).not.toContain('Hemmelig');
  });
});
