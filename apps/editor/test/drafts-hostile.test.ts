/**
 * The new write routes (`/forkast`, `/historikk`) keep the hosting layer's checks: a foreign Host, a form from
 * another origin or without its token, and a read-only share link change nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReviewStore, signShareToken } from '@strategi/review';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { contentRepository, editorApp, post, submitForm, type TestRepository } from './helpers.ts';

let repository: TestRepository;
let local: Awaited<ReturnType<typeof editorApp>>;
let hosted: Awaited<ReturnType<typeof editorApp>>;
let store: ReviewStore;
let data: string;
const secret = new TextEncoder().encode('en hemmelig nøkkel på minst trettito tegn for testene');

beforeAll(async () => {
  repository = contentRepository('draft');
  data = mkdtempSync(path.join(tmpdir(), 'strategi-editor-drafts-hostile-'));
  store = await ReviewStore.open({ sqliteFile: path.join(data, 'kommentarer.sqlite') });
  local = await editorApp(repository);
  hosted = await editorApp(repository, { store, secret });
});
beforeEach(() => repository.reset());
afterAll(async () => {
  await store.close();
  rmSync(data, { recursive: true, force: true });
  repository.remove();
});

const T2 = path.join('tiltak', 'T-2.md');
const file = () => readFileSync(path.join(repository.content, T2), 'utf8');
const changed = () => writeFileSync(path.join(repository.content, T2), file().replace('deadline: 2025-12', 'deadline: 2025-06'));

/** Each new write route with the form its page sends. */
const routes = async () => {
  const discard = submitForm(await (await local.request('/dokument/measure/T-2/forkast')).text());
  const history = submitForm(await (await local.request('/dokument/measure/T-2/historikk')).text(), undefined, '/dokument/measure/T-2/historikk');
  return [discard, history];
};

describe('«Forkast endringene» and «Gjenopprett denne versjonen»', () => {
  test('a form without its token changes nothing', async () => {
    changed();
    const before = file();
    for (const { action, body } of await routes()) {
      body.delete('csrf');
      expect((await post(local, action, body)).status).toBe(403);
    }
    expect(file()).toBe(before);
  });

  test('a form from another origin, or for a foreign Host, changes nothing', async () => {
    changed();
    const before = file();
    for (const { action, body } of await routes()) {
      const init = { method: 'POST', body: body.toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://evil.example' } };
      expect((await local.request(action, init)).status).toBe(403);
      const rebound = { ...init, headers: { ...init.headers, Host: 'evil.example:4323', Origin: 'http://evil.example:4323' } };
      expect((await local.request(`http://evil.example:4323${action}`, rebound)).status).toBe(421);
    }
    expect(file()).toBe(before);
  });

  test('a read-only share link sees the history but cannot restore or discard', async () => {
    changed();
    const before = file();
    const link = await store.createLink({ name: 'Leser', role: 'reviewer', audience: 'editor', expiresAt: new Date(Date.now() + 86_400_000) });
    const signIn = await hosted.request(`/tilgang?token=${await signShareToken(link, secret)}`);
    const cookie = /strategi_redigering=[^;]+/.exec(signIn.headers.get('set-cookie') ?? '')![0];
    const history = await (await hosted.request('/dokument/measure/T-2/historikk', { headers: { Cookie: cookie } })).text();
    expect(history).toContain('Innhold');
    expect(history).not.toContain('Gjenopprett denne versjonen');
    const csrf = /name="csrf" value="([^"]+)"/.exec(await (await hosted.request('/dokument/measure/T-2', { headers: { Cookie: cookie } })).text())![1]!;
    const commit = repository.git('rev-parse', 'HEAD').trim();
    for (const [action, fields] of [
      ['/dokument/measure/T-2/forkast', { csrf }],
      ['/dokument/measure/T-2/historikk', { csrf, commit }],
    ] as const) {
      const response = await hosted.request(action, {
        method: 'POST',
        body: new URLSearchParams(fields).toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' },
      });
      expect(response.status).toBe(403);
    }
    expect(file()).toBe(before);
  });
});
