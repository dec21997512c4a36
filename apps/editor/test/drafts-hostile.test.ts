/**
 * The new write routes (`/forkast`, `/historikk`) keep the hosting layer's checks: a foreign Host, a form from
 * another origin or without its token, and a read-only share link change nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { localAndHostedEditor, post, submitForm } from './helpers.ts';

const editors = await localAndHostedEditor('drafts-hostile');

const T2 = path.join('tiltak', 'T-2.md');
const file = () => readFileSync(path.join(editors.repository.content, T2), 'utf8');
const changed = () => writeFileSync(path.join(editors.repository.content, T2), file().replace('deadline: 2025-12', 'deadline: 2025-06'));

/** Each new write route with the form its page sends. */
const routes = async () => {
  const discard = submitForm(await (await editors.local.request('/dokument/measure/T-2/forkast')).text());
  const history = submitForm(await (await editors.local.request('/dokument/measure/T-2/historikk')).text(), undefined, '/dokument/measure/T-2/historikk');
  return [discard, history];
};

describe('«Forkast endringene» and «Gjenopprett denne versjonen»', () => {
  test('a form without its token changes nothing', async () => {
    changed();
    const before = file();
    for (const { action, body } of await routes()) {
      body.delete('csrf');
      expect((await post(editors.local, action, body)).status).toBe(403);
    }
    expect(file()).toBe(before);
  });

  test('a form from another origin, or for a foreign Host, changes nothing', async () => {
    changed();
    const before = file();
    for (const { action, body } of await routes()) {
      const init = { method: 'POST', body: body.toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://evil.example' } };
      expect((await editors.local.request(action, init)).status).toBe(403);
      const rebound = { ...init, headers: { ...init.headers, Host: 'evil.example:4323', Origin: 'http://evil.example:4323' } };
      expect((await editors.local.request(`http://evil.example:4323${action}`, rebound)).status).toBe(421);
    }
    expect(file()).toBe(before);
  });

  test('a read-only share link sees the history but cannot restore or discard', async () => {
    changed();
    const before = file();
    const cookie = await editors.signIn('reviewer', { name: 'Leser' });
    const history = await (await editors.hosted.request('/dokument/measure/T-2/historikk', { headers: { Cookie: cookie } })).text();
    expect(history).toContain('Innhold');
    expect(history).not.toContain('Gjenopprett denne versjonen');
    const csrf = /name="csrf" value="([^"]+)"/.exec(await (await editors.hosted.request('/dokument/measure/T-2', { headers: { Cookie: cookie } })).text())![1]!;
    const commit = editors.repository.git('rev-parse', 'HEAD').trim();
    for (const [action, fields] of [
      ['/dokument/measure/T-2/forkast', { csrf }],
      ['/dokument/measure/T-2/historikk', { csrf, commit }],
    ] as const) {
      const response = await editors.hosted.request(action, {
        method: 'POST',
        body: new URLSearchParams(fields).toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' },
      });
      expect(response.status).toBe(403);
    }
    expect(file()).toBe(before);
  });
});
