/**
 * Who is committing keeps the hosting layer's checks: the identity form refuses a post without its token or from
 * another origin (no cookie is set), and hosted there is no such form — the author is the share link's name.
 */
import { describe, expect, test } from 'vitest';
import { localAndHostedEditor, post, setField, submitForm } from '../helpers.ts';

const editors = await localAndHostedEditor('identity');

async function identityForm() {
  const { body } = submitForm(await (await editors.local.request('/meg')).text(), { name: '', value: '' }, '/meg');
  setField(body, 'navn', 'Angriper');
  setField(body, 'epost', 'a@evil.example');
  return body;
}

describe('the identity form', () => {
  test('without its token, or from another origin, it sets no cookie', async () => {
    const body = await identityForm();
    const token = body.get('csrf')!;
    body.delete('csrf');
    const tokenless = await post(editors.local, '/meg', body);
    expect(tokenless.status).toBe(403);
    expect(tokenless.headers.get('Set-Cookie')).toBeNull();
    setField(body, 'csrf', token);
    const foreign = await editors.local.request('/meg', {
      method: 'POST',
      body: body.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('Set-Cookie')).toBeNull();
  });

  test('hosted, there is none: a commit is authored by the share link’s name', async () => {
    const cookie = await editors.signIn('editor', { name: 'Redaktør Rita' });
    expect((await editors.hosted.request('/meg', { headers: { Cookie: cookie } })).status).toBe(404);
    expect((await editors.postAs(cookie, '/meg', await identityForm())).status).toBe(404);

    const { action, body } = submitForm(await (await editors.hosted.request('/dokument/measure/T-2', { headers: { Cookie: cookie } })).text());
    setField(body, 'f:title', 'Endret av Rita');
    expect((await editors.postAs(cookie, action, body)).status).toBe(200);
    const commit = submitForm(
      await (await editors.hosted.request('/endringer', { headers: { Cookie: cookie } })).text(),
      { name: '', value: '' },
      '/endringer',
    );
    setField(commit.body, 'melding', 'Ritas endring');
    expect(await (await editors.postAs(cookie, '/endringer', commit.body)).text()).toMatch(/Endringene er sendt inn til grenen «redigering»/);
    expect(editors.repository.git('log', '-1', '--format=%an', 'redigering').trim()).toBe('Redaktør Rita');
  });
});
