/**
 * The image upload keeps every check of a changing request, and writes nothing but an image under a plain name in
 * `bilder/`: not without the form's token, not from a reader's link, another Host or another origin, not a name
 * that climbs out of the folder, not a file too large, and not a file that is not a PNG, JPEG or WebP.
 */
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { signShareToken } from '@strategi/review';
import { describe, expect, test } from 'vitest';
import { localAndHostedEditor } from '../helpers.ts';
import { PNG, uploadForm } from '../upload-form.ts';

const editors = await localAndHostedEditor('upload');

/** Every file under the scratch folder the repository sits in, outside `bilder/`: what a traversal could write. */
const imagesWritten = () => {
  const folder = path.join(editors.repository.content, 'bilder');
  return existsSync(folder) ? readdirSync(folder) : [];
};
const send = (form: FormData, headers: Record<string, string> = {}) =>
  editors.local.request('/bilder', { method: 'POST', body: form, headers: { 'Sec-Fetch-Site': 'same-origin', Accept: 'application/json', ...headers } });

describe('the image upload refuses', () => {
  test.each(['../../../evil.png', '..\\..\\evil.png', '/etc/evil.png', 'bilder/../../tiltak/T-2.md'])(
    'the name «%s» climbing out: it lands in bilder/ under a plain name',
    async (name) => {
      const response = await send(await uploadForm(editors.local.request, { name }));
      expect(response.status).toBe(200);
      const written = imagesWritten();
      expect(written).toHaveLength(1);
      expect(written[0]).toMatch(/^[a-z0-9-]+\.png$/);
      expect(readFileSync(path.join(editors.repository.content, 'tiltak', 'T-2.md'), 'utf8')).not.toContain('PNG');
      expect(existsSync(path.join(editors.repository.root, '..', 'evil.png'))).toBe(false);
    },
  );

  test.each(['../../evil.md', '../tiltak/T-2.md', 'tiltak/../../x.md', 'tiltak/T-2.txt'])(
    'a document path «%s» outside the content’s folders',
    async (document) => {
      const response = await send(await uploadForm(editors.local.request, { document }));
      expect(response.status).toBe(400);
      expect(imagesWritten()).toEqual([]);
    },
  );

  test('a bilder folder that is a symbolic link out of the content', async () => {
    symlinkSync(editors.repository.root, path.join(editors.repository.content, 'bilder'));
    const response = await send(await uploadForm(editors.local.request));
    expect(response.status).toBe(422);
    expect((await response.json()).error).toMatch(/^«bilder» i innholdsmappen er ikke en vanlig mappe/);
    expect(existsSync(path.join(editors.repository.root, 'figur-1.png'))).toBe(false);
  });

  test('a file over the image limit (413), and a request over the editor’s limit (413), writing nothing', async () => {
    const large = new Uint8Array(950 * 1024);
    large.set(PNG);
    expect((await send(await uploadForm(editors.local.request, { bytes: large }))).status).toBe(413);
    const huge = new Uint8Array(2 * 1024 * 1024);
    huge.set(PNG);
    expect((await send(await uploadForm(editors.local.request, { bytes: huge }))).status).toBe(413);
    expect(imagesWritten()).toEqual([]);
  });

  test.each([
    ['an SVG with a script', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'figur.svg'],
    ['an HTML page named .png', '<!doctype html><script>alert(1)</script>', 'figur.png'],
    ['a text named .jpg', 'bare tekst', 'figur.jpg'],
  ])('%s (wrong type)', async (_, text, name) => {
    const response = await send(await uploadForm(editors.local.request, { bytes: new TextEncoder().encode(text), name }));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'Bildet må være PNG, JPEG eller WebP. SVG og andre filtyper tas ikke imot her.' });
    expect(imagesWritten()).toEqual([]);
  });

  test('no form token, or a forged one (403)', async () => {
    const form = await uploadForm(editors.local.request);
    form.delete('csrf');
    expect((await send(form)).status).toBe(403);
    form.set('csrf', 'forfalsket');
    expect((await send(form)).status).toBe(403);
    expect(imagesWritten()).toEqual([]);
  });

  test('another Host (421) or another origin (403)', async () => {
    const form = await uploadForm(editors.local.request);
    const rebinding = await editors.local.request('http://evil.example:4323/bilder', {
      method: 'POST',
      body: form,
      headers: { Host: 'evil.example:4323', Origin: 'http://evil.example:4323' },
    });
    expect(rebinding.status).toBe(421);
    expect((await send(form, { Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect(imagesWritten()).toEqual([]);
  });

  test('a reader’s link (403), while an editor’s link uploads', async () => {
    const cookieOf = async (role: 'editor' | 'reviewer') => {
      const link = await editors.store.createLink({ name: 'Lenke', role, audience: 'editor', expiresAt: new Date(Date.now() + 86_400_000) });
      const response = await editors.hosted.request(`/tilgang?token=${await signShareToken(link, editors.secret)}`);
      return /strategi_redigering=[^;]+/.exec(response.headers.get('set-cookie') ?? '')![0];
    };
    const sendAs = async (cookie: string) =>
      editors.hosted.request('/bilder', {
        method: 'POST',
        body: await uploadForm(editors.hosted.request, { cookie }),
        headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin', Accept: 'application/json' },
      });
    expect((await sendAs(await cookieOf('reviewer'))).status).toBe(403);
    expect(imagesWritten()).toEqual([]);
    expect((await sendAs(await cookieOf('editor'))).status).toBe(200);
    expect(imagesWritten()).toEqual(['figur-1.png']);
  });
});
