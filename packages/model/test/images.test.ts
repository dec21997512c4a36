// Images in a body: a PNG, JPEG, WebP or SVG file in the content folder (`bilder/`, or beside the document), with
// alt text. The faults, one scenario per rule, are in rules.test.ts's table; here the valid case, how an address is
// read, the release (which freezes the images with the documents and seals them) and the rendering.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { classifyImage, releaseVersion } from '../src/index.ts';
import { renderBody } from '../src/render/index.ts';
import { load, problemLines, scenarioLines, scratch, testFileCache } from './helpers.ts';

describe('images in a body', () => {
  test('a PNG in bilder/ and an SVG beside the document, each with alt text, are valid', async () => {
    expect(await scenarioLines('image-valid')).toEqual([]);
    const corpus = await load((await scratch('image-valid')).dir);
    expect(corpus.working.images.sort()).toEqual(['bilder/figur.png', 'mal/kart.svg']);
    expect(corpus.working.byId.get('M-2')?.images.map((image) => [image.alt, image.line, image.column])).toEqual([
      ['Søylediagram over utstyret i skolene', 10, 1],
      ['Kart over fylkene', 12, 1],
    ]);
  });

  test('an image’s address is read from the document’s folder', () => {
    expect(classifyImage('../bilder/figur.png', 'tiltak/T-3.md')).toEqual({ type: 'file', path: 'bilder/figur.png', extension: '.png' });
    expect(classifyImage('bilder/figur%20ny.PNG', 'strategi.md')).toEqual({ type: 'file', path: 'bilder/figur ny.PNG', extension: '.png' });
    expect(classifyImage('../../figur.png', 'tiltak/T-3.md')).toEqual({ type: 'outside' });
    expect(classifyImage('/bilder/figur.png', 'tiltak/T-3.md')).toEqual({ type: 'outside' });
    for (const remote of ['https://eksempel.no/a.png', '//eksempel.no/a.png', 'data:image/png;base64,AAAA'])
      expect(classifyImage(remote, 'strategi.md')).toEqual({ type: 'remote' });
  });
});

describe('a released version keeps its images', () => {
  test('the release copies them and lists them in its sealed manifest; a changed image is found out', async () => {
    const copy = await scratch('image-valid');
    const released = await releaseVersion(
      copy.dir,
      { id: '2025-utkast', status: 'utkast', label: 'Utkast', date: '2025-01-10' },
      { cache: await testFileCache() },
    );
    expect(released.ok).toBe(true);
    const folder = path.join(copy.dir, 'versjoner', '2025-utkast');
    expect(await readFile(path.join(folder, 'bilder', 'figur.png'))).toEqual(await readFile(copy.file('bilder/figur.png')));
    const manifest = await readFile(path.join(folder, 'versjon.sha256'), 'utf8');
    expect(manifest).toMatch(/^[0-9a-f]{64} {2}bilder\/figur\.png$/m);
    expect(manifest).toMatch(/^[0-9a-f]{64} {2}mal\/kart\.svg$/m);
    expect(await problemLines(copy.dir)).toEqual([]);
    const corpus = await load(copy.dir);
    expect(corpus.versions.find((edition) => edition.id === '2025-utkast')?.images.sort()).toEqual(['bilder/figur.png', 'mal/kart.svg']);

    await writeFile(path.join(folder, 'mal', 'kart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
    expect((await problemLines(copy.dir)).map((line) => line.replace(/^.*?versjoner/, 'versjoner'))).toEqual([
      expect.stringMatching(/^versjoner\/2025-utkast\/mal\/kart\.svg:1:1 {2}error .*\[version\/tampered\]$/),
    ]);
  });
});

describe('rendering a body’s images', () => {
  const resolveLink = () => undefined;
  const resolveImage = (file: string) => (file === 'bilder/figur.png' ? { src: `/versjoner/v1/${file}`, width: 12, height: 8 } : undefined);

  test('an image of the version gets its address, size and lazy loading; its alt text stays', async () => {
    const html = await renderBody('![Søylediagram «A & B»](../bilder/figur.png "Tittel")', { resolveLink, resolveImage, fromPath: 'tiltak/T-2.md' });
    expect(html).toBe('<p><img src="/versjoner/v1/bilder/figur.png" alt="Søylediagram «A &#x26; B»" width="12" height="8" loading="lazy"></p>');
  });

  test('an image that does not resolve, and one from elsewhere or raw HTML, is shown as its alt text and never fetched', async () => {
    const render = (markdown: string) => renderBody(markdown, { resolveLink, resolveImage, fromPath: 'tiltak/T-2.md' });
    expect(await render('![Kart <b>x</b>](kart.svg)')).toBe('<p>Kart &#x3C;b&#x3E;x&#x3C;/b&#x3E;</p>');
    expect(await render('![Sporing](https://eksempel.no/a.png)')).toBe('<p>Sporing</p>');
    expect(await render('![Sporing](//eksempel.no/a.png)')).toBe('<p>Sporing</p>');
    expect(await render('<img src="https://eksempel.no/a.png" alt="Rå" onerror="alert(1)">')).toBe('Rå');
    expect(await render('<img src="../bilder/figur.png" alt="Rå">')).toBe('Rå');
    expect(await renderBody('![Figur](../bilder/figur.png)', { resolveLink, fromPath: 'tiltak/T-2.md' })).toBe('<p>Figur</p>');
  });
});
