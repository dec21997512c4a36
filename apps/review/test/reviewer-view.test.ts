import { csrfToken } from '@strategi/hosting';
import { databaseKinds } from '@strategi/review/testing';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { json, openApp, type TestApp } from './helpers.ts';

const page = '/versjoner/utkast/tiltak/T-1/';

describe.each(databaseKinds)('what a reviewer sees on %s', (kind) => {
  let app: TestApp;
  let clock: Date;
  beforeEach(async () => {
    clock = new Date('2026-12-01T10:00:00.000Z');
    app = await openApp(kind, { now: () => clock });
  });
  afterEach(() => app.close());

  test('an editor resolving a thread does not mark the reviewer’s comment «(endret)»; the reviewer editing it does', async () => {
    const reviewer = await app.link('KS sekretariatet', 'reviewer', new Date('2026-12-17T15:00:00.000Z'));
    const editor = await app.link('Redaksjonen', 'editor', new Date('2026-12-17T15:00:00.000Z'));
    const created = await (
      await app.request('/api/kommentarer', { ...json({ document: 'T-1', edition: 'utkast', text: 'Hva med SFO?' }), cookie: reviewer.cookie })
    ).json();
    clock = new Date('2026-12-01T11:00:00.000Z');
    const resolved = await app.request(`/_review/kommentarer/${created.number}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfToken(app.secret, 'review', editor.id), handling: 'los', utfall: 'tatt-til-folge', tilbake: page }).toString(),
      cookie: editor.cookie,
    });
    expect(resolved.status).toBe(303);
    const annotation = await (await app.request(`/api/kommentarer/${created.number}`, { cookie: reviewer.cookie })).json();
    expect([annotation.modified, annotation.resolved]).toEqual(['2026-12-01T10:00:00.000Z', { at: '2026-12-01T11:00:00.000Z', by: 'Redaksjonen' }]);
    const meta = async () => /<p class="review-meta">.*?<\/p>/.exec(await (await app.request(page, { cookie: reviewer.cookie })).text())?.[0];
    expect(await meta()).toBe(
      '<p class="review-meta">KS sekretariatet, <time datetime="2026-12-01T10:00:00.000Z">1. desember 2026 kl. 11.00 (norsk tid)</time> · <strong class="review-resolved">Løst</strong></p>',
    );
    clock = new Date('2026-12-01T12:00:00.000Z');
    await app.request(`/api/kommentarer/${created.number}`, { ...json({ text: 'Hva med SFO og AKS?' }), method: 'PATCH', cookie: reviewer.cookie });
    expect(await meta()).toContain('(norsk tid)</time> (endret) · <strong');
  });

  test('a suggestion shows as a word-level change in the thread, and a closed comment its disposition and the change that answered it', async () => {
    const reviewer = await app.link('KS sekretariatet');
    const target = { selector: [{ type: 'TextQuoteSelector', exact: 'styrker målet om kompetanse', prefix: '', suffix: '' }] };
    const body = { document: 'T-1', edition: 'utkast', text: 'Sterkere ord', target, suggestion: 'løfter målet om god kompetanse' };
    const created = await (await app.request('/api/kommentarer', { ...json(body), cookie: reviewer.cookie })).json();
    await app.store.resolveWithDisposition(created.number, {
      disposition: 'delvis-tatt-til-folge',
      reason: 'Vi tar inn «god».',
      answeredIn: { version: '2026-2', document: 'T-1' },
      by: 'Redaksjonen',
    });
    const html = await (await app.request(page, { cookie: reviewer.cookie })).text();
    const hidden = (text: string) => `<span class="review-visually-hidden">${text}</span>`;
    expect(html).toContain(
      `<p class="review-suggestion-change"><del>${hidden('[tas ut: ')}styrker${hidden(']')}</del><ins>${hidden('[settes inn: ')}løfter${hidden(']')}</ins> målet om <ins>${hidden('[settes inn: ')}god ${hidden(']')}</ins>kompetanse</p>`,
    );
    expect(html).toContain(
      '<p class="review-disposition">Utfall: <strong>Delvis tatt til følge</strong>. Vi tar inn «god». <a href="/endringer/utkast/2026-2/#T-1">Se endringen</a></p>',
    );
  });

  test('the thread says until when the reader’s link works, in Norwegian time', async () => {
    const reviewer = await app.link('KS sekretariatet', 'reviewer', new Date('2026-12-17T15:00:00.000Z'));
    const html = await (await app.request(page, { cookie: reviewer.cookie })).text();
    expect(html).toContain(
      '<p class="review-as">Du kommenterer med lenken til <strong>KS sekretariatet</strong>. Lenken din gjelder til 17. desember 2026 kl. 16.00 (norsk tid). <a href="/_review/mine">Mine kommentarer</a> · <a href="/_review/oversikt">Kommentarer per dokument</a></p>',
    );
  });
});
