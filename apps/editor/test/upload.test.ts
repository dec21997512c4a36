/**
 * An image uploaded into a document's text lands in `bilder/` under a plain name, is answered with the Markdown to
 * insert (relative to the document's folder), and a text with that Markdown saves without a problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { imageExtension, imageMarkdown, imageStem } from '../src/image-upload.ts';
import { editorForFile, post, setField, submitForm } from './helpers.ts';
import { PNG, uploadForm } from './upload-form.ts';

const { repository, app } = await editorForFile('draft', { reset: true });

const upload = (form: FormData, json = true) =>
  app.request('/bilder', { method: 'POST', body: form, headers: { 'Sec-Fetch-Site': 'same-origin', ...(json ? { Accept: 'application/json' } : {}) } });

describe('the image upload', () => {
  test('writes the image into bilder/ and answers the Markdown relative to the document', async () => {
    const response = await upload(await uploadForm(app.request));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      markdown: '![Søylediagram over nettverket](../bilder/figur-1.png)',
      message: 'Bildet er satt inn i teksten. Lagre for å beholde det.',
    });
    expect(readFileSync(path.join(repository.content, 'bilder', 'figur-1.png'))).toEqual(Buffer.from(PNG));
  });

  test('a name already taken gets a number, and nothing is overwritten', async () => {
    await upload(await uploadForm(app.request));
    const second = await upload(await uploadForm(app.request, { bytes: Uint8Array.from([...PNG, 0]) }));
    expect((await second.json()).markdown).toBe('![Søylediagram over nettverket](../bilder/figur-1-2.png)');
    expect(readFileSync(path.join(repository.content, 'bilder', 'figur-1.png'))).toEqual(Buffer.from(PNG));
  });

  test('without JavaScript the answer is a page with the line to paste and the way back', async () => {
    const response = await upload(await uploadForm(app.request), false);
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('<code>![Søylediagram over nettverket](../bilder/figur-1.png)</code>');
    expect(page).toContain('href="/dokument/measure/T-2"');
  });

  test('the text with the inserted image saves, and the model finds the image', async () => {
    const { markdown } = await (await upload(await uploadForm(app.request))).json();
    const { action, body } = submitForm(await (await app.request('/dokument/measure/T-2')).text());
    setField(body, 'body', `${body.get('body')}\r\n\r\n${markdown}\r\n`);
    const saved = await post(app, action, body);
    const page = await saved.text();
    expect(page).not.toContain('data-rule="file/missing-image"');
    expect(page).toContain('Lagret.');
    expect(readFileSync(path.join(repository.content, 'tiltak', 'T-2.md'), 'utf8')).toContain(markdown);
  });

  test('an image without a text for those who cannot see it is refused, and nothing is written', async () => {
    const response = await upload(await uploadForm(app.request, { alt: '  ' }));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'Skriv hva bildet viser. Teksten leses opp for dem som ikke ser bildet.' });
    expect(
      existsSync(path.join(repository.content, 'bilder')) && readdirSync(path.join(repository.content, 'bilder')).some((name) => name.startsWith('figur')),
    ).toBe(false);
  });
});

describe('the image’s type, name and Markdown', () => {
  test('the type comes from the bytes: PNG, JPEG and WebP; SVG, HTML and a renamed text are none', () => {
    expect(imageExtension(PNG)).toBe('.png');
    expect(imageExtension(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('.jpg');
    expect(imageExtension(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('.webp');
    expect(imageExtension(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeUndefined();
    expect(imageExtension(new TextEncoder().encode('<!doctype html><p>PNG'))).toBeUndefined();
  });

  test('a name is small ASCII letters, digits and hyphens, whatever was sent', () => {
    expect(imageStem('Skjermbilde 2026-12-05 kl. 10.15.png')).toBe('skjermbilde-2026-12-05-kl-10-15');
    expect(imageStem('../../tiltak/T-2.md')).toBe('t-2');
    expect(imageStem('..\\..\\evil.png')).toBe('evil');
    expect(imageStem('Økonomi på skolen.JPG')).toBe('okonomi-pa-skolen');
    expect(imageStem('.png')).toBe('bilde');
    expect(imageStem('../')).toBe('bilde');
  });

  test('the alt text is one line, its brackets escaped; the path is from the document’s folder', () => {
    expect(imageMarkdown('Et [viktig]\nbilde', 'bilder/a.png', 'tiltak/T-2.md')).toBe('![Et \\[viktig\\] bilde](../bilder/a.png)');
    expect(imageMarkdown('Kart', 'bilder/a.png', 'strategi.md')).toBe('![Kart](bilder/a.png)');
  });
});
