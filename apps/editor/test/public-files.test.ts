/**
 * The editor's stylesheets and scripts are linked at addresses that name their content, and answered so that a
 * browser keeps them from page to page; the pages themselves are never kept.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { commentsScript, publicFiles } from '../src/public-files.ts';
import { editorForFile, reviewStoreForFile } from './helpers.ts';
import { plantComment } from './review-comment.ts';

const store = await reviewStoreForFile('public-files');
const { app } = await editorForFile('draft', { reviews: store });
await plantComment(store, { document: 'T-1', exact: 'felles støttetjenester for personvern', text: 'Hvilke tjenester?' });

/** The addresses of the stylesheets and scripts a page links. */
const linked = (page: string) => [...page.matchAll(/<(?:link rel="stylesheet" href|script type="module" src)="([^"]+)"/g)].map((match) => match[1]!);

describe('the stylesheets and scripts', () => {
  test('a document’s page links each at its path with the start of its content’s hash, and is itself not kept', async () => {
    const response = await app.request('/dokument/measure/T-1');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const urls = linked(await response.text());
    expect(urls.sort()).toEqual(publicFiles.map((file) => file.url).sort());
    for (const file of publicFiles) expect(file.url).toBe(`${file.path}?v=${createHash('sha256').update(file.body).digest('hex').slice(0, 16)}`);
    expect(commentsScript.body).toBe(readFileSync(new URL('../public/kommentarer.js', import.meta.url), 'utf8'));
  });

  test.each(publicFiles.map((file) => [file.path, file] as const))('%s is answered for the browser to keep, with the editor’s headers', async (_, file) => {
    const response = await app.request(file.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(file.body);
    expect(response.headers.get('content-type')).toBe(file.type);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  test('a refusal at such an address is not kept', async () => {
    const response = await app.request('/ressurser/finnes-ikke.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
