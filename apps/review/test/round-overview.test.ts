import { databaseKinds } from '@strategi/review/testing';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openApp, type TestApp } from './helpers.ts';

/** The text of each table row on the page, cells separated by « | ». */
const rows = (html: string) =>
  [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1]).join(' | '));

describe.each(databaseKinds)('the editors’ overview of the rounds on %s', (kind) => {
  let app: TestApp;
  let editor: { id: string; cookie: string };
  beforeEach(async () => {
    app = await openApp(kind, { now: () => new Date('2026-12-10T10:00:00.000Z') });
    editor = await app.link('Redaksjonen', 'editor', new Date('2027-01-10T00:00:00.000Z'));
    const ks = await app.store.createLink({ name: 'KS', role: 'reviewer', expiresAt: new Date('2027-01-10T00:00:00.000Z') });
    const udir = await app.store.createLink({ name: 'Udir', role: 'reviewer', expiresAt: new Date('2027-01-10T00:00:00.000Z') });
    await app.store.createRound({
      name: 'Høring <desember>',
      edition: 'utkast',
      kind: 'foreleggelse',
      deadline: new Date('2026-12-31T22:59:00.000Z'),
      caseNumber: '26/1234',
    });
    const add = async (link: { id: string; name: string }, document: string) =>
      (await app.store.createComment({ linkId: link.id, author: link.name, document, edition: 'utkast', text: 'Hei', format: 'text' })).comment.id;
    const first = await add(ks, 'T-1');
    await add(ks, 'T-2');
    const third = await add(udir, 'T-1');
    await app.store.resolveWithDisposition(first, { disposition: 'tatt-til-folge', by: 'Redaksjonen' });
    await app.store.resolveWithDisposition(third, { disposition: 'ikke-tatt-til-folge', reason: 'Nei.', by: 'Redaksjonen' });
  });
  afterEach(() => app.close());

  test('shows per round how many comments are open, resolved and accepted, per document and per reviewer, escaped', async () => {
    const response = await app.request('/_review/runder', { cookie: editor.cookie });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(
      '<h2 id="runde-1">Høring &lt;desember&gt;</h2><p>foreleggelse om utkast, frist 31. desember 2026 kl. 23.59 (norsk tid), åpen, saksnummer 26/1234.</p>',
    );
    expect(rows(html)).toEqual([
      'Kommentarer | Åpne | Løst | Tatt til følge',
      'I alt | 1 | 2 | 1',
      'Dokument | Åpne | Løst | Tatt til følge',
      'T-1 | 0 | 2 | 1',
      'T-2 | 1 | 0 | 0',
      'Leser | Åpne | Løst | Tatt til følge',
      'KS | 1 | 1 | 1',
      'Udir | 0 | 1 | 0',
    ]);
  });

  test('filters by reviewer and state, the same numbers as strategi comments --summary', async () => {
    const html = await (await app.request('/_review/runder?leser=KS&tilstand=open', { cookie: editor.cookie })).text();
    expect(rows(html).filter((row) => /^(I alt|T-|KS|Udir)/.test(row))).toEqual(['I alt | 1 | 0 | 0', 'T-2 | 1 | 0 | 0', 'KS | 1 | 0 | 0']);
    expect(html).toContain('<input id="leser" name="leser" value="KS">');
    expect(html).toContain('<option value="open" selected>Åpne</option>');
    const none = await (await app.request('/_review/runder?runde=Ingen', { cookie: editor.cookie })).text();
    expect(none).toContain('<p class="review-empty">Ingen kommentarer passer med utvalget.</p>');
  });
});
