/**
 * The files stay the truth while the editor keeps its parses: every request reads the folder afresh and only the
 * parses are kept, by the bytes of each file. A change made outside the editor (VS Code, git) is seen on the next
 * page and by the next save's check of the whole draft, and two workspaces sharing one parse cache (as the tests'
 * do) never see each other's files.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { editorForFile, post, submitForm } from './helpers.ts';

const edited = await editorForFile('draft');
const untouched = await editorForFile('draft');

const titleField = /id="felt-title"[^>]*value="([^"]*)"/;
const titleOn = async (app: typeof edited.app, id: string) => titleField.exec(await (await app.request(`/dokument/measure/${id}`)).text())?.[1];
const overviewOf = async (app: typeof edited.app) => (await app.request('/')).text();
const editOutside = (relative: string, change: (text: string) => string) => {
  const file = path.join(edited.repository.content, relative);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
};

test('a file changed outside the editor is seen on the next page, in its own folder only', async () => {
  const before = await titleOn(edited.app, 'T-1');
  expect(before).toBeDefined();
  expect(await titleOn(untouched.app, 'T-1')).toBe(before);
  expect(await overviewOf(edited.app)).toContain(`T-1: ${before}`);

  editOutside('tiltak/T-1.md', (text) => text.replace(/^title: .*$/m, 'title: Endret i et annet program'));
  expect(await titleOn(edited.app, 'T-1')).toBe('Endret i et annet program');
  expect(await overviewOf(edited.app)).toContain('T-1: Endret i et annet program');
  expect(await titleOn(untouched.app, 'T-1')).toBe(before);
  expect(await overviewOf(untouched.app)).toContain(`T-1: ${before}`);
});

test('a save is checked with the draft as it is on disk, outside changes included', async () => {
  // Another program removes the goal a measure belongs to: saving that measure is refused on its goals.
  rmSync(path.join(edited.repository.content, 'mal', 'M-4.md'));
  const save = async (app: typeof edited.app) => {
    const { action, body } = submitForm(await (await app.request('/dokument/measure/T-2')).text());
    body.set('f:title', 'En ny tittel');
    return post(app, action, body);
  };
  const refused = await save(edited.app);
  expect(refused.status).toBe(422);
  expect(await refused.text()).toContain('Finner ikke målet «M-4».');
  // The other folder still has the goal: the same save there is written.
  expect(await (await save(untouched.app)).text()).toContain('Lagret. Hele arbeidsutkastet er sjekket.');
});
