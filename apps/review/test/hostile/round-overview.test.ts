/**
 * The rounds overview shows every reviewer's numbers: only an editor's link opens it, and what comes back in the
 * query (a reviewer's name typed into the filter) is escaped.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openApp, type TestApp } from '../helpers.ts';

describe('the rounds overview under attack', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await openApp('sqlite');
  });
  afterAll(() => app.close());

  test('a reviewer’s link, no link and a forged host are refused', async () => {
    const reviewer = await app.link('KS', 'reviewer');
    const refused = await app.request('/_review/runder', { cookie: reviewer.cookie });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('<p>Oversikten over kommentarrundene er bare for redaksjonen.</p>');
    expect((await app.request('/_review/runder')).status).not.toBe(200);
    const editor = await app.link('Redaksjonen', 'editor');
    expect((await app.request('/_review/runder', { cookie: editor.cookie, headers: { host: 'evil.example' } })).status).not.toBe(200);
  });

  test('a filter value is escaped, never markup', async () => {
    const editor = await app.link('Redaksjonen', 'editor');
    const html = await (
      await app.request(`/_review/runder?leser=${encodeURIComponent('"><script>alert(1)</script>')}&runde=%3Cb%3E`, { cookie: editor.cookie })
    ).text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});
