/**
 * The release, its undo and the built preview keep the hosting layer's checks: a confirmed release or an undo
 * without the form's token, or from a reader's link, writes and removes nothing; the built preview needs a session
 * with the editor role.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { localAndHostedEditor, post, setField, setFields, submitForm } from '../helpers.ts';

const editors = await localAndHostedEditor('release');

const released = () => existsSync(path.join(editors.repository.content, 'versjoner', '2026-horing'));

/** The confirmation form of a release, as the editor's own page gives it. */
async function confirmation() {
  const { body } = submitForm(await (await editors.local.request('/frigi')).text(), undefined, '/frigi');
  setFields(body, { id: '2026-horing', status: 'høring', label: 'H', date: '2026-12-01', change: 'mindre', changeNote: 'Rettelser.' });
  return submitForm(await (await post(editors.local, '/frigi', body)).text(), { name: 'steg', value: 'frigi' }, '/frigi').body;
}

describe('release and undo', () => {
  test('a confirmed release without its token, or from another origin, writes nothing', async () => {
    const body = await confirmation();
    const token = body.get('csrf')!;
    body.delete('csrf');
    expect((await post(editors.local, '/frigi', body)).status).toBe(403);
    setField(body, 'csrf', token);
    const foreign = await editors.local.request('/frigi', {
      method: 'POST',
      body: body.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(released()).toBe(false);
  });

  test('an undo without its token removes nothing', async () => {
    expect((await post(editors.local, '/frigi', await confirmation())).status).toBe(200);
    expect(released()).toBe(true);
    const { body } = submitForm(await (await editors.local.request('/frigi')).text(), undefined, '/frigi/angre');
    body.delete('csrf');
    expect((await post(editors.local, '/frigi/angre', body)).status).toBe(403);
    setField(body, 'csrf', 'forfalsket');
    expect((await post(editors.local, '/frigi/angre', body)).status).toBe(403);
    expect(released()).toBe(true);
  });

  test.each(['../../tiltak', '..', '.2026-horing.tmp-1', 'tiltak/T-2.md'])('an undo of «%s» is no version and removes nothing', async (id) => {
    const { body } = submitForm(await (await editors.local.request('/frigi')).text(), undefined, '/frigi');
    const undo = new URLSearchParams({ csrf: body.get('csrf')!, id });
    const response = await post(editors.local, '/frigi/angre', undo);
    expect(response.status).toBe(422);
    expect(existsSync(path.join(editors.repository.content, 'tiltak', 'T-2.md'))).toBe(true);
  });

  test('a reader’s link can neither release, nor undo, nor open the built preview', async () => {
    expect((await post(editors.local, '/frigi', await confirmation())).status).toBe(200);
    const cookie = await editors.signIn('reviewer');
    const page = await (await editors.hosted.request('/frigi', { headers: { Cookie: cookie } })).text();
    const { body } = submitForm(page, undefined, '/frigi/angre');
    expect((await editors.postAs(cookie, '/frigi/angre', body)).status).toBe(403);
    expect(released()).toBe(true);
    const release = new URLSearchParams({
      csrf: body.get('csrf')!,
      id: 'leser',
      status: 'utkast',
      label: 'X',
      date: '2026-01-01',
      change: 'mindre',
      changeNote: 'X',
      steg: 'frigi',
      filer: '49',
    });
    expect((await editors.postAs(cookie, '/frigi', release)).status).toBe(403);
    expect(existsSync(path.join(editors.repository.content, 'versjoner', 'leser'))).toBe(false);
    expect((await editors.hosted.request('/forhandsvisning/', { headers: { Cookie: cookie } })).status).toBe(403);
  });

  test('without a session the built preview is not served; with the editor role it is, once built', async () => {
    expect((await editors.hosted.request('/forhandsvisning/')).status).toBe(401);
    const cookie = await editors.signIn('editor');
    const response = await editors.hosted.request('/forhandsvisning/', { headers: { Cookie: cookie } });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Forhåndsvisningen er ikke bygget ennå.');
  });
});
