/**
 * The live preview's route: it answers with the model's sanitised rendering of the text as typed, never anything
 * the text smuggles in; it refuses a text larger than a document, and it passes every check a changing request
 * passes (Host, origin, form token, role) although it writes nothing.
 */
import { readFileSync } from 'node:fs';
import { limits } from '@strategi/model';
import { renderBody } from '@strategi/model/render';
import { beforeAll, describe, expect, test } from 'vitest';
import { pageContext } from '../src/views/layout.ts';
import { previewPane } from '../src/views/preview-pane.ts';
import { localAndHostedEditor, post } from './helpers.ts';

const { local, hosted, signIn, postAs } = await localAndHostedEditor('preview', { reset: false });
let csrf: string;
beforeAll(async () => {
  csrf = tokenOf(await (await local.request('/dokument/measure/T-2')).text());
});

const tokenOf = (page: string) => /name="csrf" value="([^"]+)"/.exec(page)![1]!;
const preview = (fields: Record<string, string>, app = local) => post(app, '/forhandsvisning', new URLSearchParams(fields));

describe('the preview', () => {
  test('is the model’s rendering of the text, with links to the other documents’ forms', async () => {
    const text = '# Bakgrunn\n\nSe [tiltaket](../tiltak/T-1.md) og [målet](mal:M-4#bakgrunn).\n\n:::eksempel\nEt tenkt avsnitt.\n:::\n';
    const response = await preview({ csrf, body: text, sti: 'tiltak/T-2.md' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const body = await response.text();
    const links: Record<string, string> = { 'T-1': '/dokument/measure/T-1', 'M-4': '/dokument/goal/M-4#innhold-' };
    const expected = await renderBody(text, {
      resolveLink: (target) => (links[target.id] ? { href: links[target.id]! } : undefined),
      fromPath: 'tiltak/T-2.md',
      exampleLabel: { tag: 'Eksempel', text: 'Avsnittet bygger ikke på kjente fakta.' },
      footnotes: { label: 'Fotnoter', backLabel: 'Tilbake til henvisning' },
    });
    // The same HTML as the model gives, but for the heading's id in another document, which the route resolves.
    expect(body.replace(/href="\/dokument\/goal\/M-4#innhold-[^"]+"/, 'href="/dokument/goal/M-4#innhold-"')).toBe(expected);
    expect(body).toContain('<h2 id="innhold-');
    expect(body).toContain('href="/dokument/measure/T-1"');
    expect(body).toContain('Eksempel');
  });

  test('never carries what the text smuggles in: scripts, handlers and javascript: links are gone', async () => {
    const text = [
      '<script>alert(1)</script>',
      '<img src="x" onerror="alert(2)">',
      '[klikk](javascript:alert(3))',
      '<a href="data:text/html,<script>alert(4)</script>">data</a>',
      '<iframe src="https://angriper.example"></iframe>',
      '<p style="background:url(javascript:alert(5))" onclick="alert(6)">avsnitt</p>',
    ].join('\n\n');
    const response = await preview({ csrf, body: text });
    expect(response.status).toBe(200);
    const body = (await response.text()).toLowerCase();
    for (const smuggled of ['<script', 'onerror', 'onclick', 'javascript:', 'data:text', '<iframe', 'style=', 'alert(']) expect(body).not.toContain(smuggled);
    expect(body).toContain('klikk');
  });

  test('a text larger than a document is refused with 413, whether by the body limit or by the field', async () => {
    const overBody = await preview({ csrf, body: 'ø'.repeat(1024 * 1024) });
    expect(overBody.status).toBe(413);
    const overField = await preview({ csrf, body: 'a'.repeat(limits.maxFileBytes + 1) });
    expect(overField.status).toBe(413);
  });

  test('a path that leaves the version folder is ignored, not followed', async () => {
    const response = await preview({ csrf, body: '# Tittel', sti: '../../../etc/passwd.md' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(await renderBody('# Tittel', { resolveLink: () => undefined }));
  });
});

describe('the checks of a changing request', () => {
  test('without the form token, or with another, it is refused', async () => {
    expect((await preview({ body: 'tekst' })).status).toBe(403);
    expect((await preview({ csrf: `${csrf}x`, body: 'tekst' })).status).toBe(403);
  });

  test('from another origin, or for another Host, it is refused', async () => {
    const body = new URLSearchParams({ csrf, body: 'tekst' }).toString();
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    expect((await local.request('/forhandsvisning', { method: 'POST', body, headers: { ...headers, Origin: 'http://evil.example' } })).status).toBe(403);
    const rebinding = await local.request('http://evil.example:4323/forhandsvisning', {
      method: 'POST',
      body,
      headers: { ...headers, Host: 'evil.example:4323', Origin: 'http://evil.example:4323' },
    });
    expect(rebinding.status).toBe(421);
  });

  test('hosted, it needs a session, and a reader’s session may not use it', async () => {
    expect((await preview({ csrf, body: 'tekst' }, hosted)).status).toBe(401);
    const cookie = await signIn('reviewer', { name: 'Leser' });
    const token = tokenOf(await (await hosted.request('/dokument/measure/T-2', { headers: { Cookie: cookie } })).text());
    const response = await postAs(cookie, '/forhandsvisning', new URLSearchParams({ csrf: token, body: 'tekst' }));
    expect(response.status).toBe(403);
  });
});

describe('the pane', () => {
  test('is hidden until its script runs, names the route and the document, and the script and styles are served', async () => {
    const pane = previewPane(pageContext('nb', 'token', true, '/dokument/measure/T-2'), { path: 'tiltak/T-2.md' }).text;
    expect(pane).toMatch(/<section class="forhandsvisning" data-forhandsvisning="\/forhandsvisning" data-sti="tiltak\/T-2.md" hidden>/);
    expect(pane).toContain('Slik leseren ser teksten');
    const script = await local.request('/ressurser/preview.js');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toBe(readFileSync(new URL('../public/preview.js', import.meta.url), 'utf8'));
    expect((await local.request('/ressurser/preview.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });
});
