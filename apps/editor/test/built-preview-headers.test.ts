/**
 * The built preview runs under the site's own headers (its build's `_headers`), so Pagefind's search and the site's
 * fonts work in it; the editor's pages, and the preview route's refusals, keep the editor's strict policy.
 */
import path from 'node:path';
import { localOrigins } from '@strategi/hosting';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createEditorApp } from '../src/app.ts';
import { editorConfig } from '../src/form-config.ts';
import { ContentRepository } from '../src/git.ts';
import { Workspace } from '../src/workspace.ts';
import { contentRepository, post, submitForm, TEST_ORIGIN, type TestRepository, testParseCache } from './helpers.ts';

const SITE_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

let repository: TestRepository;
let app: { request(url: string, init?: RequestInit): Promise<Response> };

/** A build writing a page, a font, and the site's `_headers` with its policy for every path. */
const build = (output: string) => `
  const fs = require('node:fs'), path = require('node:path');
  fs.mkdirSync(path.join(${JSON.stringify(output)}, 'fonts'), { recursive: true });
  fs.writeFileSync(path.join(${JSON.stringify(output)}, 'index.html'), '<!doctype html><title>Forsiden</title>');
  fs.writeFileSync(path.join(${JSON.stringify(output)}, 'fonts', 'a.woff2'), 'wOF2');
  fs.writeFileSync(path.join(${JSON.stringify(output)}, '_headers'), ${JSON.stringify(`/*\n  Content-Security-Policy: ${SITE_CSP}\n  Referrer-Policy: strict-origin-when-cross-origin\n`)});`;

beforeAll(async () => {
  repository = contentRepository('draft');
  const output = path.join(repository.root, 'bygg');
  const editor = createEditorApp({
    allowed: localOrigins(4323),
    workspace: new Workspace(repository.content, { parseCache: testParseCache }),
    config: editorConfig(),
    repository: await ContentRepository.find(repository.content, 'redigering'),
    preview: { command: process.execPath, args: ['-e', build(output)], cwd: repository.root, output },
  });
  app = { request: async (url, init) => editor.request(`${TEST_ORIGIN}${url}`, init) };
  const { body } = submitForm(await (await app.request('/frigi')).text(), undefined, '/forhandsvis');
  await post(app, '/forhandsvis', body);
  // The build runs on its own; the page links to the preview once it has finished.
  for (let tries = 0; !(await (await app.request('/frigi')).text()).includes('Åpne forhåndsvisningen'); tries++) {
    if (tries > 200) throw new Error('The preview build did not finish');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});
afterAll(() => repository.remove());

describe('headers', () => {
  test.each(['/forhandsvisning/', '/forhandsvisning/fonts/a.woff2'])('%s is served with the site’s policy, kept from indexes and caches', async (url) => {
    const response = await app.request(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(SITE_CSP);
    expect(response.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('X-Robots-Tag')).toBe('noindex, nofollow');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
  });

  test.each(['/', '/frigi', '/forhandsvisning/finnes-ikke/'])('%s keeps the editor’s policy', async (url) => {
    const response = await app.request(url);
    expect(response.headers.get('Content-Security-Policy')).toMatch(/^default-src 'none'; style-src 'self'; script-src 'self';/);
    expect(response.headers.get('Content-Security-Policy')).not.toContain('wasm-unsafe-eval');
  });
});
