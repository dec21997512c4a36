import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { changesEdition } from '../src/page-template.ts';
import { json, openApp, type TestApp } from './helpers.ts';

/** A change page as the site writes it: a document's change is a `details.doc-change` named by the document's id. */
const changePage = `<!doctype html><html lang="nb"><head><title>Endringer</title></head><body><main><h1>Endringer fra 2026-1 til utkastet</h1>
<section aria-labelledby="endret"><h2 id="endret">Endret (1)</h2><details class="ds-details doc-change" id="T-1" open><summary><span><strong>Tiltak 1</strong></span></summary>
<div class="stack"><ul class="paragraph-changes"><li data-paragraph="changed"><span class="paragraph-label">Endret avsnitt</span><p>Tiltaket <del><span class="ds-sr-only">Slettet: </span>styrker</del><ins><span class="ds-sr-only">Satt inn: </span>løfter</ins> målet.</p></li></ul></div></details>
<details class="ds-details" id="ikke-en-endring"><summary>Annet</summary></details></section></main></body></html>`;

describe('comments on a change page', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openApp('sqlite');
    mkdirSync(path.join(app.dist, 'endringer/2026-1/utkast'), { recursive: true });
    writeFileSync(path.join(app.dist, 'endringer/2026-1/utkast/index.html'), changePage);
  });
  afterEach(() => app.close());

  test('the edition a change page leads to comes from its path, and only from a change page', () => {
    expect(['/endringer/2026-1/utkast/', '/endringer/2025-2/2026-1/2/', '/versjoner/utkast/tiltak/T-1/', '/endringer/x/'].map(changesEdition)).toEqual([
      'utkast',
      '2026-1',
      undefined,
      undefined,
    ]);
  });

  test('each document’s change gets the thread of the new edition’s document after it, with its comments', async () => {
    const reader = await app.link('KS');
    await app.request('/api/kommentarer', { ...json({ document: 'T-1', edition: 'utkast', text: 'Bra endring' }), cookie: reader.cookie });
    const html = await (await app.request('/endringer/2026-1/utkast/', { cookie: reader.cookie })).text();
    expect(html).toContain(
      '</details><aside class="review-thread" id="kommentarer-T-1" aria-labelledby="kommentarer-T-1-tittel" data-dokument="T-1" data-utgave="utkast" data-endring="ja"><h2 class="review-heading" id="kommentarer-T-1-tittel">Kommentarer til den nye teksten over (1)</h2>',
    );
    expect(html).toContain('<input type="hidden" name="tilbake" value="/endringer/2026-1/utkast/">');
    expect(html.match(/<aside class="review-thread"/g)).toHaveLength(1);
  });
});
