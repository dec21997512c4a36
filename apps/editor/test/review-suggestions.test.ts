/**
 * A reviewer's suggested edit answered from the edit page's comments panel: «Godta» applies it through
 * `planSuggestion` (the whole draft validated like any save), writes the file through the model's writer and
 * commits that file alone as the editor, with the reviewer as `Co-authored-by:`; «Avvis» needs a reason. Refused,
 * with the reason, when the passage has moved, the result does not validate or the document has changes not yet
 * submitted; a forged or cross-site form changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { editorForFile, post, reviewStoreForFile, submitForm } from './helpers.ts';
import { plantComment } from './review-comment.ts';

const PAGE = '/dokument/measure/T-2';
const PASSAGE = 'Det er vanskeleg for ein skule';
const SUGGESTED = 'Det er krevjande for ein skule';

const store = await reviewStoreForFile('suggestions');
const { repository, app } = await editorForFile('draft', { reset: true, reviews: store });
let linkId: string;
const file = () => path.join(repository.content, 'tiltak', 'T-2.md');

beforeAll(async () => {
  linkId = (await store.createLink({ name: 'KS', role: 'reviewer', expiresAt: new Date(Date.now() + 86_400_000) })).id;
});

const suggest = async (exact: string, suggestion: string) =>
  (await plantComment(store, { linkId, document: 'T-2', exact, text: 'Enklere slik.', suggestion })).id;

/** The panel's form for `action`, sent as the browser would (with the page's CSRF token). */
const answer = async (action: string, fields: Record<string, string> = {}) => {
  const { body } = submitForm(await (await app.request(PAGE)).text(), { name: '', value: '' }, action);
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return post(app, action, body);
};

describe('answering a suggested edit in the web editor', () => {
  test('the panel shows the suggestion as the words it changes, with «Godta» and «Avvis»', async () => {
    const id = await suggest(PASSAGE, SUGGESTED);
    const page = await (await app.request(PAGE)).text();
    expect(page).toContain('<p class="ds-paragraph forslag">Det er <del>vanskeleg</del><ins>krevjande</ins> for ein skule</p>');
    expect(page).toContain(`action="/kommentarer/${id}/godta"`);
    expect(page).toContain(`action="/kommentarer/${id}/avvis"`);
    await store.deleteComment(id);
  });

  test('«Godta» writes the suggestion and commits that file alone as the editor, with the reviewer as co-author', async () => {
    const id = await suggest(PASSAGE, SUGGESTED);
    const other = path.join(repository.content, 'tiltak', 'T-1.md');
    writeFileSync(other, `${readFileSync(other, 'utf8')}\nEi anna endring som ikkje er sendt inn.\n`);
    const response = await answer(`/kommentarer/${id}/godta`);
    expect(response.status).toBe(303);
    const commit = repository.git('rev-parse', '--short', 'redigering').trim();
    expect(response.headers.get('Location')).toBe(`${PAGE}?godtatt=${id}&commit=${commit}#kommentarer`);
    expect(readFileSync(file(), 'utf8')).toContain(`${SUGGESTED} å vite`);
    expect(repository.git('show', '--name-only', '--format=', 'redigering').trim()).toBe('content/tiltak/T-2.md');
    const message = repository.git('log', '-1', '--format=%B', 'redigering');
    expect(message).toBe(`T-2: forslaget fra Kari i KS i kommentar #${id}\n\nCo-authored-by: Kari i KS <leser-${linkId}@noreply.invalid>\n\n`);
    const stored = await store.getComment(id);
    expect([stored?.suggestion?.state, stored?.suggestion?.commit]).toEqual(['accepted', commit]);
    expect((await store.dispositions([id])).get(id)?.disposition).toBe('tatt-til-folge');
    const panel = await (await app.request(`${PAGE}?godtatt=${id}&commit=${commit}`)).text();
    expect(panel).toContain(`Forslaget er tatt inn i dokumentet og sendt inn (commit ${commit}).`);
  });

  test('a passage changed since is refused with the reason, and nothing is written', async () => {
    const id = await suggest(PASSAGE, SUGGESTED);
    writeFileSync(file(), readFileSync(file(), 'utf8').replace(PASSAGE, 'Det er uråd for ein skule'));
    repository.git('commit', '-qam', 'Anna ordlyd');
    const before = readFileSync(file(), 'utf8');
    const response = await answer(`/kommentarer/${id}/godta`);
    expect(response.status).toBe(409);
    expect(await response.text()).toContain('Teksten er endret siden forslaget ble gitt.');
    expect(readFileSync(file(), 'utf8')).toBe(before);
    expect((await store.getComment(id))?.suggestion?.state).toBe('open');
    await store.deleteComment(id);
  });

  test('a suggestion answered in the meantime is refused in the editor’s language', async () => {
    const id = await suggest(PASSAGE, SUGGESTED);
    const cookie = 'strategi_redigering_sprak=nn';
    const { body } = submitForm(await (await app.request(PAGE, { headers: { cookie } })).text(), { name: '', value: '' }, `/kommentarer/${id}/godta`);
    await store.decideSuggestion(id, { state: 'rejected', by: 'Ola i redaksjonen', reason: 'Nei.' });
    const before = readFileSync(file(), 'utf8');
    const response = await app.request(`/kommentarer/${id}/godta`, {
      method: 'POST',
      body: body.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin', cookie },
    });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain(`Forslaget i kommentar #${id} er allereie avvist av Ola i redaksjonen.`);
    expect(readFileSync(file(), 'utf8')).toBe(before);
    await store.deleteComment(id);
  });

  test('a result that does not validate is refused with its problems', async () => {
    writeFileSync(file(), `${readFileSync(file(), 'utf8')}\n## Utstyr\n\nSjå [utstyret](#utstyr).\n`);
    repository.git('commit', '-qam', 'Overskrift');
    const id = await suggest('Utstyr', 'Utstyret i skulane');
    const before = readFileSync(file(), 'utf8');
    const response = await answer(`/kommentarer/${id}/godta`);
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain('Med forslaget ville dokumentet få feil; se problemene under.');
    expect(html).toContain('[link/unknown-heading]');
    expect(readFileSync(file(), 'utf8')).toBe(before);
    await store.deleteComment(id);
  });

  test('changes to the document not yet submitted are not credited to the reviewer: refused', async () => {
    const id = await suggest(PASSAGE, SUGGESTED);
    writeFileSync(file(), `${readFileSync(file(), 'utf8')}\nRedaktøren skriv her.\n`);
    const before = readFileSync(file(), 'utf8');
    const response = await answer(`/kommentarer/${id}/godta`);
    expect(response.status).toBe(409);
    expect(await response.text()).toContain('Dokumentet har endringer som ikke er sendt inn.');
    expect(readFileSync(file(), 'utf8')).toBe(before);
    await store.deleteComment(id);
  });

  test('«Avvis» needs a reason, and records it with the comment closed as not taken into account', async () => {
    const id = await suggest(PASSAGE, SUGGESTED);
    const before = readFileSync(file(), 'utf8');
    const blank = await answer(`/kommentarer/${id}/avvis`, { begrunnelse: '  ' });
    expect(blank.status).toBe(400);
    expect(await blank.text()).toContain('Skriv hvorfor forslaget ikke tas inn.');
    expect((await store.getComment(id))?.suggestion?.state).toBe('open');
    const response = await answer(`/kommentarer/${id}/avvis`, { begrunnelse: 'Ordet står i lova.' });
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`${PAGE}?avvist=${id}#kommentarer`);
    const stored = await store.getComment(id);
    expect([stored?.suggestion?.state, stored?.suggestion?.reason]).toEqual(['rejected', 'Ordet står i lova.']);
    expect((await store.dispositions([id])).get(id)).toMatchObject({ disposition: 'ikke-tatt-til-folge', reason: 'Ordet står i lova.' });
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  test('hostile: a form without the token, from another site or for another host changes nothing', async () => {
    const id = await suggest(PASSAGE, SUGGESTED);
    const before = readFileSync(file(), 'utf8');
    for (const action of [`/kommentarer/${id}/godta`, `/kommentarer/${id}/avvis`]) {
      expect((await post(app, action, new URLSearchParams({ begrunnelse: 'x' }))).status).toBe(403);
      const { body } = submitForm(await (await app.request(PAGE)).text(), { name: '', value: '' }, action);
      body.set('begrunnelse', 'x');
      const crossSite = await app.request(action, {
        method: 'POST',
        body: body.toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'cross-site', Origin: 'https://angriper.example' },
      });
      expect(crossSite.status).toBe(403);
      const otherHost = await app.request(action, {
        method: 'POST',
        body: body.toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Host: 'angriper.example', Origin: 'http://angriper.example' },
      });
      expect(otherHost.status).toBe(421);
    }
    expect((await post(app, '/kommentarer/999999/godta', new URLSearchParams())).status).toBe(403);
    expect(readFileSync(file(), 'utf8')).toBe(before);
    expect((await store.getComment(id))?.suggestion?.state).toBe('open');
  });
});

describe('«Merk som løst» on the comments panel', () => {
  test('asks what became of the comment and records the disposition, as the review page does', async () => {
    const id = await suggest('svært mange digitale læremiddel', 'svært mange læremiddel');
    expect(await (await app.request(PAGE)).text()).toContain(`<form method="get" action="/kommentarer/${id}/utfall">`);
    const page = await (await app.request(`/kommentarer/${id}/utfall`)).text();
    expect(page).toContain('<input class="ds-input" type="radio" id="utfall-1" name="utfall" value="delvis-tatt-til-folge" required>');
    const resolve = async (fields: Record<string, string> = {}) => {
      const { body } = submitForm(page, { name: '', value: '' }, `/kommentarer/${id}/lost`);
      for (const [name, value] of Object.entries(fields)) body.set(name, value);
      return post(app, `/kommentarer/${id}/lost`, body);
    };
    const blank = await resolve();
    expect(blank.status).toBe(400);
    expect(await blank.text()).toContain('Velg hva som ble utfallet');
    const noReason = await resolve({ utfall: 'ikke-tatt-til-folge', begrunnelse: ' ' });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain('En kommentar som ikke tas til følge, må ha en begrunnelse.');
    expect((await store.getComment(id))?.resolvedAt).toBeNull();
    const done = await resolve({ utfall: 'delvis-tatt-til-folge', begrunnelse: 'Tek inn halve.' });
    expect(done.status).toBe(303);
    expect((await store.dispositions([id])).get(id)).toMatchObject({
      disposition: 'delvis-tatt-til-folge',
      reason: 'Tek inn halve.',
      decidedBy: 'Nettredigering',
    });
  });
});
